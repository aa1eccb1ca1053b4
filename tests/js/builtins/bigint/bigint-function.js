// BigInt(value): Numbers, Strings (StringToBigInt), Booleans, objects; errors.
function show(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value, value);
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
const inputs = [0, -0, 1, -1, 2 ** 53, 2 ** 64, -(2 ** 70), 1e21, Number.MAX_VALUE, 1.5, -0.5, NaN, Infinity, -Infinity,
  "", " ", "0", "-0", "+12", "-12", "  42  ", "\n\t7\u2028", "0x1f", "0X1F", "0o17", "0b101", "-0x1", "+0b1", "0x",
  "1e3", "1.0", "1_000", "12n", "abc", "0xg", "9".repeat(40), true, false, 5n, Object(6n), [7], ["0x8"],
  { valueOf() { return 9n; } }, { toString() { return "10"; } }, { valueOf() { return 1.5; } },
  undefined, null, Symbol("s")];
for (const input of inputs) {
  show(typeof input === "string" ? JSON_like(input) : String(typeof input === "symbol" ? "symbol" : input), () => BigInt(input));
}
function JSON_like(s) {
  let out = "";
  for (const c of s) out += c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\u2028" ? "\\u2028" : c;
  return '"' + out + '"';
}
show("no argument", () => BigInt());
show("new BigInt(1)", () => new BigInt(1));
show("new BigInt()", () => new BigInt());
console.log(BigInt.length, BigInt.name, typeof BigInt, Object.getPrototypeOf(BigInt) === Function.prototype);
const desc = Object.getOwnPropertyDescriptor(BigInt, "prototype");
console.log(desc.writable, desc.enumerable, desc.configurable);
const tag = Object.getOwnPropertyDescriptor(BigInt.prototype, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
console.log(Object.getOwnPropertyNames(BigInt).sort(), Object.getOwnPropertyNames(BigInt.prototype).sort());
