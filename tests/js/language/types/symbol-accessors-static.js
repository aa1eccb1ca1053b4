const sym = Symbol('acc');
const o = { _v: 1, get [sym]() { return this._v * 10; }, set [sym](v) { this._v = v; } };
console.log(o[sym]);
o[sym] = 5;
console.log(o[sym], o._v);
const d = Object.getOwnPropertyDescriptor(o, sym);
console.log(typeof d.get, typeof d.set, d.enumerable, d.get.name, d.set.name);
class C {
  static #count = 0;
  static get count() { return C.#count; }
  static set count(v) { C.#count = v * 2; }
  static get [sym]() { return 'static sym getter'; }
}
C.count = 3;
console.log(C.count, C[sym]);
const sd = Object.getOwnPropertyDescriptor(C, 'count');
console.log(sd.enumerable, sd.configurable, sd.get.name);
class Sub extends C {}
console.log(Sub.count, Sub[sym]);
const named = { get ['computed' + 1]() { return 1; } };
console.log(Object.getOwnPropertyDescriptor(named, 'computed1').get.name);
const noDesc = Symbol();
const o2 = { get [noDesc]() { return 1; } };
console.log(JSON_str(Object.getOwnPropertyDescriptor(o2, noDesc).get.name));
function JSON_str(s) { return '"' + s + '"'; }
