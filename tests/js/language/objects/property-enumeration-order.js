'use strict';
const o = {};
o.b = 1; o[2] = 1; o.a = 1; o[1] = 1; o['-1'] = 1; o['01'] = 1; o[4294967294] = 1; o[4294967295] = 1; o['1.5'] = 1;
const s1 = Symbol('s1'), s2 = Symbol('s2');
o[s2] = 1; o[s1] = 1; o[0] = 1;
console.log(Object.keys(o).join(','));
console.log(Object.getOwnPropertyNames(o).join(','));
console.log(Object.getOwnPropertySymbols(o).map(String).join(','));
const r = [];
for (const k in o) r.push(k);
console.log(r.join(','));
console.log(JSONish(Object.entries({ z: 1, 10: 2, y: 3, 9: 4 })));
function JSONish(v) { return v.map((p) => p.join(':')).join(' '); }
const d = { a: 1, b: 2, c: 3 };
delete d.a;
d.a = 4;
console.log(Object.keys(d).join(','));
const arr = ['x', 'y'];
arr.extra = 1;
arr[5] = 'z';
console.log(Object.keys(arr).join(','));
const str = Object('ab');
str.foo = 1;
console.log(Object.getOwnPropertyNames(str).join(','));
function fn(a, b) {}
console.log(Object.getOwnPropertyNames(fn).sort().join(','));
class C { static s() {} m() {} }
console.log(Object.getOwnPropertyNames(C).join(','));
console.log(Object.assign({}, { b: 1, a: 2, 1: 3 }));
console.log(Object.values({ b: 'B', 1: 'one', a: 'A' }).join(','));
