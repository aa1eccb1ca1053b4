// petrel: no-gc-stress (deep recursion: a full collection per call under stress is quadratic)
async function f(n) { if (n === 0) return 0; return 1 + await f(n - 1); }
f(3000).then(v => console.log('deep async', v));
let p = Promise.resolve(0);
for (let i = 0; i < 100000; i++) p = p.then(v => v + 1);
p.then(v => console.log('long chain', v));
function* rec(n) { if (n > 0) yield* rec(n - 1); yield n; }
let c = 0; for (const x of rec(500)) c++;
console.log('yield* depth', c);
(async () => { let s = 0; for (let i = 0; i < 100000; i++) s += await i; console.log('many awaits', s); })();
async function* ag(n) { for (let i = 0; i < n; i++) yield i; }
(async () => { let s = 0; for await (const x of ag(20000)) s += x; console.log('async gen sum', s); })();
// resolve chain nesting
let q = Promise.resolve('deep');
for (let i = 0; i < 1000; i++) { const prev = q; q = new Promise(r => r(prev)); }
q.then(v => console.log('nested resolve', v));
