'use strict';
const log = [];
function key(k) { log.push(k); return k; }
const sym = Symbol('sym');
class A {
  [key('a')]() { return 'a'; }
  static [key('b')]() { return 'b'; }
  get [key('c')]() { return 'c'; }
  [key('d')] = log.push('init d');
  static [key('e')] = log.push('init e');
  [sym]() { return 'symbol method'; }
  [1 + 1]() { return 'two'; }
  ['constructor']() { return 'not ctor'; }
}
console.log(log.join(','));
const a = new A();
console.log(log.join(','));
console.log(a.a(), A.b(), a.c, a[sym](), a[2](), a.d);
console.log(Object.getOwnPropertyNames(A.prototype).join(','));
console.log(A.prototype.constructor === A, a.constructor === A);
console.log(A.prototype[sym].name, Object.getOwnPropertyDescriptor(A.prototype, 'c').get.name);
const objKey = { toString() { return 'fromToString'; } };
class B { [objKey]() { return 1; } }
console.log(Object.getOwnPropertyNames(B.prototype).join(','));
class C { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i, done: i++ >= 3 }) }; } }
console.log([...new C()]);
try { class D { [(() => { throw new Error('key error'); })()]() {} } } catch (e) { console.log(e.constructor.name, e.message); }
