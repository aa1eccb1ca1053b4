var s = Symbol('s');
var o = { a: 1, get g() { return 1; }, set st(v) {} };
o[s] = 'sym';
Object.defineProperty(o, 'h', { value: 2 });
var ds = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(ds), ds.a, ds.h, ds[s]);
console.log(typeof ds.g.get, ds.g.set, ds.g.enumerable, ds.g.configurable);
console.log(typeof ds.st.set, ds.st.get);
console.log(Object.getOwnPropertyDescriptors([1]));
console.log(Object.getOwnPropertyDescriptors('x'));
var clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(o));
console.log(Object.getOwnPropertyNames(clone), clone.h, Object.getOwnPropertyDescriptor(clone, 'h').enumerable);
function f(a, b) {}
var fd = Object.getOwnPropertyDescriptor(f, 'length');
console.log(fd, Object.getOwnPropertyDescriptor(f, 'name'));
console.log(Object.getOwnPropertyDescriptor(f, 'prototype'));
console.log(Object.getOwnPropertyDescriptor(Object.prototype, 'toString').enumerable);
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'));
