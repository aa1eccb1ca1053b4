// & | ^ ~ << >> on two's complement of any width; >>> throws.
const values = [0n, 1n, -1n, 5n, -5n, 255n, -256n, 2n ** 32n, -(2n ** 32n), 2n ** 70n - 1n, -(2n ** 70n) + 3n];
for (const a of values) {
  const row = [~a];
  for (const b of values) row.push(a & b, a | b, a ^ b);
  console.log(row.join(" "));
}
for (const a of [1n, -1n, 5n, -5n, 2n ** 64n + 1n, -(2n ** 64n) - 1n]) {
  const row = [];
  for (const s of [0n, 1n, 3n, 31n, 32n, 33n, 64n, 100n, -1n, -3n, -64n, -200n]) row.push(a << s, a >> s);
  console.log(row.join(" "));
}
console.log(-1n >> 1000n, 1n >> 1000n, -7n >> 1n, -8n >> 1n, -9n >> 1n, 0n << 100000n);
try { 1n >>> 0n; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { let x = 8n; x >>>= 1n; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { 1n << (2n ** 40n); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
let v = 6n;
v &= 3n; console.log(v);
v |= 8n; console.log(v);
v ^= 15n; console.log(v);
v <<= 70n; console.log(v);
v >>= 69n; console.log(v);
