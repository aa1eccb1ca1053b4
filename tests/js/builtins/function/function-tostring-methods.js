var o = { method(a) { return a; }, get g() { return 1; }, set s(v) {}, ['comp' + 1]() {} };
console.log(o.method.toString());
console.log(Object.getOwnPropertyDescriptor(o, 'g').get.toString());
console.log(Object.getOwnPropertyDescriptor(o, 's').set.toString());
console.log(o.comp1.toString());
class C { static sm() {} m(x) { return x; } }
console.log(C.sm.toString(), C.prototype.m.toString());
