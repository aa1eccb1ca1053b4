function* g() { const r = yield 1; yield r; }
const a = g(), b = g();
console.log(a === b, a.next === b.next, Object.getPrototypeOf(a) === Object.getPrototypeOf(b));
a.next(); b.next();
console.log(a.next('for a').value, b.next('for b').value);
const res1 = a.next(), res2 = a.next();
console.log(res1 === res2, res1, Object.keys(res1));
const it = g();
const r = it.next();
console.log(Object.getPrototypeOf(r) === Object.prototype, Object.getOwnPropertyDescriptor(r, 'value'));
a.foo = 'own prop';
console.log(Object.keys(a), a.foo);
console.log(a instanceof g);
const arr = [g(), g(), g()];
console.log(arr.map(x => x.next().value));
