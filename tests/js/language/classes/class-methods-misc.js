'use strict';
class A {
  'string key'() { return 'sk'; }
  123() { return 'num'; }
  static 'static str'() { return 'ss'; }
  get [Symbol.toStringTag]() { return 'Tagged'; }
  toString() { return 'A instance'; }
  valueOf() { return 10; }
}
const a = new A();
console.log(a['string key'](), a[123](), A['static str']());
console.log(Object.prototype.toString.call(a));
console.log(`${a}`, a + 1, a * 2);
console.log(A.prototype['string key'].name, A.prototype[123].name);
class Chain { constructor() { this.v = 0; } add(n) { this.v += n; return this; } }
console.log(new Chain().add(1).add(2).v);
const methods = Object.getOwnPropertyNames(A.prototype);
console.log(methods.join(','));
console.log(A.prototype.toString.length, typeof A.prototype.valueOf.prototype);
class Gen { m(a, b = 1, ...c) {} }
console.log(Gen.prototype.m.length);
class Redef { m() { return 1; } m() { return 2; } }
console.log(new Redef().m(), Object.getOwnPropertyNames(Redef.prototype).length);
class AccessorThenMethod { get x() { return 'g'; } x() { return 'm'; } }
console.log(typeof Object.getOwnPropertyDescriptor(AccessorThenMethod.prototype, 'x').value);
const C = class { static m() { return C.name; } };
console.log(C.m());
class Str { static toString() { return 'custom static toString'; } }
console.log(String(Str));
class WithArrowField { handler = () => this.constructor.name; }
const { handler } = new WithArrowField();
console.log(handler());
