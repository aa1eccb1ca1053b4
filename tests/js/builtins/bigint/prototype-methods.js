// BigInt.prototype.toString(radix), valueOf, toLocaleString, and their this checks.
const values = [0n, 1n, -1n, 35n, -36n, 255n, 2n ** 64n - 1n, -(2n ** 64n), 10n ** 30n + 7n, -(3n ** 80n)];
for (let radix = 2; radix <= 36; radix++) {
  console.log(radix, values.map((v) => v.toString(radix)).join(" "));
}
console.log((10n).toString(undefined), (10n).toString(), (10n).toString(10.9), (10n).toString("16"), (10n).toString(2.5));
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
show("radix 1", () => (10n).toString(1));
show("radix 37", () => (10n).toString(37));
show("radix 0", () => (10n).toString(0));
show("radix Infinity", () => (10n).toString(Infinity));
show("radix 1n", () => (10n).toString(1n));
show("radix symbol", () => (10n).toString(Symbol()));
show("toString on 1", () => BigInt.prototype.toString.call(1));
show("toString on {}", () => BigInt.prototype.toString.call({}));
show("valueOf on '1'", () => BigInt.prototype.valueOf.call("1"));
show("valueOf on Object(1n)", () => BigInt.prototype.valueOf.call(Object(1n)));
show("toLocaleString on null", () => BigInt.prototype.toLocaleString.call(null));
console.log((1234567n).toLocaleString(), (-1234567890123n).toLocaleString(), (12n).toLocaleString(), (0n).toLocaleString(), (-123n).toLocaleString(), (1000n).toLocaleString());
console.log(Object(12n).toString(3), BigInt.prototype.toString.length, BigInt.prototype.valueOf.length, BigInt.prototype.toLocaleString.length);
console.log(BigInt.prototype.toString.name, Object.prototype.hasOwnProperty.call(BigInt.prototype, "constructor"));
