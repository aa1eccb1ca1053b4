'use strict';
class Counter {
  static count = 0;
  static inc() { return ++Counter.count; }
  static get doubled() { return this.count * 2; }
  static set value(v) { this.count = v; }
  static ['comp' + 'uted']() { return 'computed'; }
}
console.log(Counter.inc(), Counter.inc());
console.log(Counter.doubled);
Counter.value = 10;
console.log(Counter.count, Counter.computed());
console.log(Object.getOwnPropertyNames(Counter).sort().join(','));
class Sub extends Counter {}
console.log(Sub.count, Sub.inc(), Counter.count, Sub.doubled);
console.log(Object.prototype.hasOwnProperty.call(Sub, 'count'));
class T { static name2 = this.name; static self = this; }
console.log(T.name2, T.self === T);
const d = Object.getOwnPropertyDescriptor(Counter, 'inc');
console.log(d.enumerable, d.writable, d.configurable);
const f = Object.getOwnPropertyDescriptor(Counter, 'count');
console.log(f.enumerable, f.writable, f.configurable);
class N { static name = 'custom'; }
console.log(N.name);
class L { static length = 42; }
console.log(L.length);
class P { static prototype2 = 1; static method() { return this; } }
console.log(P.method() === P);
const m = P.method;
console.log(m());
