function* g() { yield 1; return 'hidden'; }
console.log([...g()]);
for (const x of g()) console.log('for-of sees', x);
const [a, b] = g();
console.log(a, b);
function* d() { const r = yield* g(); yield 'delegate got ' + r; }
console.log([...d()]);
console.log(Array.from(g()));
const it = g();
console.log(it.next(), it.next(), it.next());
function* early() { return 'only return'; yield 'never'; }
console.log(early().next(), [...early()]);
