// BigInt.asIntN / BigInt.asUintN at the edges: 0, 1, 63, 64, 65 bits, huge bit counts, ToIndex.
const values = [0n, 1n, -1n, 2n, -2n, 127n, 128n, -128n, -129n, 255n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n),
  -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n), 2n ** 65n + 5n, -(2n ** 100n) + 1n];
for (const bits of [0, 1, 2, 7, 8, 32, 63, 64, 65, 128]) {
  console.log(bits, values.map((v) => BigInt.asIntN(bits, v)).join(" "));
  console.log(bits, values.map((v) => BigInt.asUintN(bits, v)).join(" "));
}
console.log(BigInt.asIntN(2 ** 53 - 1, -5n), BigInt.asUintN(2 ** 53 - 1, 5n), BigInt.asIntN(1e9, 2n ** 70n));
console.log(BigInt.asUintN(200, -1n));
console.log(BigInt.asIntN("8", "255"), BigInt.asUintN(8.9, true), BigInt.asIntN(undefined, 5n), BigInt.asIntN(null, 5n));
console.log(BigInt.asUintN({ valueOf() { return 4; } }, { valueOf() { return 31n; } }), BigInt.asIntN(NaN, 1n), BigInt.asIntN(-0.5, 3n));
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
show("bits -1", () => BigInt.asIntN(-1, 1n));
show("bits 2**53", () => BigInt.asUintN(2 ** 53, 1n));
show("bits Infinity", () => BigInt.asIntN(Infinity, 1n));
show("value 1", () => BigInt.asIntN(8, 1));
show("value undefined", () => BigInt.asUintN(8));
show("value 'x'", () => BigInt.asUintN(8, "x"));
show("huge unsigned of negative", () => BigInt.asUintN(2 ** 53 - 1, -1n));
show("bits symbol", () => BigInt.asIntN(Symbol(), 1n));
show("bits bigint", () => BigInt.asIntN(1n, 1n));
console.log(BigInt.asIntN.length, BigInt.asUintN.length, BigInt.asIntN.name, BigInt.asUintN.name);
