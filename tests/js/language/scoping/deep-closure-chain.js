let f = () => 0;
for (let i = 1; i <= 3000; i++) { const prev = f; const n = i; f = () => prev() + n; }
console.log(f());
function makeNested(depth) { let v = depth; if (depth === 0) return () => v; const inner = makeNested(depth - 1); return () => inner() + v; }
console.log(makeNested(2000)());
let scopes = [];
for (let i = 0; i < 1000; i++) { let captured = i * 2; scopes.push(() => captured); }
console.log(scopes[0](), scopes[999](), scopes.reduce((s, g) => s + g(), 0));
function counterChain(n) { let c = 0; const fns = []; for (let i = 0; i < n; i++) fns.push(() => ++c); fns.forEach((g) => g()); return c; }
console.log(counterChain(5000));
const compose = (...fns) => (x) => fns.reduceRight((acc, fn) => fn(acc), x);
const inc = (x) => x + 1;
console.log(compose(...Array(1000).fill(inc))(0));
