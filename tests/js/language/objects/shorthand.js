'use strict';
const a = 1, b = 'two';
const c = [3];
const o = { a, b, c };
console.log(o);
console.log(Object.keys(o).join(','));
function f(x, y) { return { x, y, sum: x + y }; }
console.log(f(2, 3));
let get = 'g', set = 's', async = 'a', of = 'o', let_ = 'l';
console.log({ get, set, async, of });
const fnShort = { m() { return 1; }, get() { return 'get method'; }, set() { return 'set method'; }, static() { return 'static'; } };
console.log(fnShort.get(), fnShort.set(), fnShort.static());
const arrowName = () => {};
const z = { arrowName };
console.log(z.arrowName.name);
const nested = { o, inner: { a } };
console.log(nested);
console.log({ undefined, NaN, Infinity });
