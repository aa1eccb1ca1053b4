// + - * / % ** on BigInts: signs, truncation toward zero, limb boundaries.
const values = [0n, 1n, -1n, 7n, -7n, 2n ** 32n - 1n, 2n ** 32n, -(2n ** 32n) - 1n, 2n ** 64n + 3n, -(2n ** 95n) + 12345n];
for (const a of values) {
  const row = [];
  for (const b of values) {
    row.push(a + b, a - b, a * b);
    if (b !== 0n) row.push(a / b, a % b);
  }
  console.log(row.join(" "));
}
console.log(7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n, 7n % 2n, -7n % 2n, 7n % -2n, -7n % -2n);
console.log(2n ** 0n, 0n ** 0n, (-2n) ** 3n, (-2n) ** 4n, 1n ** 1000000n, (-1n) ** 1000001n, 0n ** 5n);
console.log(2n ** 100n, 3n ** 50n, (-5n) ** 21n);
console.log(123456789012345678901234567890n * 987654321098765432109876543210n);
console.log((10n ** 40n + 7n) / (10n ** 20n + 3n), (10n ** 40n + 7n) % (10n ** 20n + 3n));
console.log(0n * -5n, -0n, Object.is(-0n, 0n), 0n / -3n, -3n % 3n);
