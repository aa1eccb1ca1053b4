// Values past 64 bits: factorial, powers, Fibonacci, exact round trips through toString.
let f = 1n;
for (let i = 1n; i <= 100n; i++) f *= i;
console.log(f);
console.log(f.toString().length, f % 1000000007n, f / 10n ** 150n);
const big = 2n ** 1000n;
console.log(big);
console.log(big.toString(16).length, big.toString(2).length, big.toString(36));
console.log(big - 1n === BigInt("0x" + "f".repeat(250)), (big >> 999n), (big - 1n) >> 990n);
let a = 0n, b = 1n;
for (let i = 0; i < 300; i++) [a, b] = [b, a + b];
console.log(a);
// Karatsuba and long division sizes.
const x = 7n ** 3000n, y = 3n ** 2000n + 1n;
const q = x / y, r = x % y;
console.log(q * y + r === x, r < y, r >= 0n, (x * y) / y === x, x.toString().length);
console.log(BigInt(x.toString()) === x, BigInt("0x" + x.toString(16)) === x, BigInt("0b" + y.toString(2)) === y);
console.log((-x).toString(7).slice(0, 40), (-x).toString(7).length);
