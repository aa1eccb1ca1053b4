'use strict';
function keys(o) { const r = []; for (const k in o) r.push(k); return r.join(','); }
console.log(keys({ b: 1, a: 2, 10: 3, 2: 4, '-1': 5 }));
const proto = { p1: 1, shared: 'proto' };
const child = Object.create(proto);
child.c1 = 1; child.shared = 'own';
console.log(keys(child));
const hidden = Object.create(proto);
Object.defineProperty(hidden, 'p1', { value: 'nonenum', enumerable: false });
console.log(keys(hidden));
const del = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in del) { seen.push(k); if (k === 'a') delete del.b; }
console.log(seen.join(','));
const add = { a: 1 };
const seenAdd = [];
for (const k in add) { seenAdd.push(k); add.z = 1; }
console.log(seenAdd.join(','));
console.log(keys([5, 6, 7]));
console.log(keys('str'));
console.log(keys(null), keys(undefined), keys(5));
const sym = { [Symbol('s')]: 1, v: 2 };
console.log(keys(sym));
const arr = [1, 2];
arr.extra = 'e';
Array.prototype.polluted = 1;
console.log(keys(arr));
delete Array.prototype.polluted;
let lastK;
for (lastK in { x: 1, y: 2 });
console.log(lastK);
const obj = {};
for (obj.k in { first: 1, second: 2 });
console.log(obj.k);
class C { constructor() { this.inst = 1; } method() {} }
console.log(keys(new C()));
const fnList = [];
for (const k in { a: 1, b: 2 }) fnList.push(() => k);
console.log(fnList.map((f) => f()).join(','));
const deep = Object.create(Object.create({ g: 1 }));
deep.o = 1;
console.log(keys(deep));
