function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* map(it, f) { for (const x of it) yield f(x); }
console.log([...take(naturals(), 5)]);
console.log([...take(filter(naturals(), x => x % 3 === 0), 4)]);
console.log([...take(map(filter(naturals(), x => x % 2), x => x * x), 6)]);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
console.log([...take(fib(), 15)]);
function* primes() {
  const found = [];
  for (let n = 2; ; n++) if (found.every(p => n % p)) { found.push(n); yield n; }
}
console.log([...take(primes(), 12)]);
let cleaned = false;
function* tracked() { try { yield* naturals(); } finally { cleaned = true; } }
for (const v of tracked()) { if (v === 3) break; }
console.log('cleaned', cleaned);
function* zip(...its) { const iters = its.map(i => i[Symbol.iterator]()); for (;;) { const rs = iters.map(i => i.next()); if (rs.some(r => r.done)) return; yield rs.map(r => r.value); } }
console.log([...zip(naturals(), 'abc', fib())]);
