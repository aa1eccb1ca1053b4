function* g() { yield 1; yield 2; return 3; }
const it = g();
console.log(typeof it.next, typeof it[Symbol.iterator]);
console.log(it[Symbol.iterator]() === it);
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
function* empty() {}
console.log(empty().next());
function* noret() { yield 'a'; }
const n = noret();
console.log(n.next(), n.next());
console.log([...g()]);
console.log(Array.from(g()));
const e = function* named() { yield named.name; };
console.log(e().next().value);
console.log(g.name, g.length, typeof g);
function* withArgs(a, b) { yield a + b; yield arguments.length; }
console.log([...withArgs(2, 3, 4)]);
console.log(Object.prototype.toString.call(it));
console.log(String(it[Symbol.toStringTag]));
