// Strict and loose equality, relational operators against BigInts, Numbers and Strings.
const pairs = [
  [1n, 1n], [1n, 2n], [1n, 1], [1n, 1.5], [2n ** 53n + 1n, 2 ** 53], [2n ** 53n, 2 ** 53],
  [1n, "1"], ["1", 1n], [1n, " 1 "], [1n, "0x1"], [1n, "1.0"], [1n, "x"], [0n, ""], [1n, true],
  [0n, false], [0n, null], [0n, undefined], [1n, NaN], [1n, Infinity], [-1n, -Infinity],
  [-(2n ** 64n), -(2 ** 64)], [2n ** 1100n, Number.MAX_VALUE], [0n, -0], [1n, Object(1n)],
  [Object(1n), Object(1n)], [1n, { valueOf() { return 1n; } }], [1n, [1]], [-1n, 0.5], [3n, 2.9999999],
];
for (const [a, b] of pairs) {
  console.log(typeof a, typeof b, a === b, a == b, a != b, a < b, a <= b, a > b, a >= b);
}
console.log(10n > 9, 10 > 9n, "10" > 9n, 9n < "10", "abc" < 1n, 1n < "abc", 1n <= "abc");
console.log(Object.is(1n, 1n), Object.is(0n, -0n), [1n, 2n].includes(2n), [1n, 2n].indexOf(2n));
console.log(2n ** 64n === 2n ** 64n, 2n ** 64n !== 2n ** 64n + 0n, 2n ** 64n == "18446744073709551616");
try { Symbol() < 1n; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Symbol() == 1n, 1n == Symbol.iterator);
switch (3n) {
  case 3: console.log("number case"); break;
  case 3n: console.log("bigint case"); break;
}
const sorted = [3n, -1n, 2, 10n, 1.5, -20n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
console.log(sorted);
