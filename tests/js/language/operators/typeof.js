console.log(typeof undefined, typeof null, typeof true, typeof 1, typeof NaN);
console.log(typeof "", typeof Symbol(), typeof {}, typeof [], typeof function () {});
console.log(typeof (() => 1), typeof class {}, typeof Math, typeof Object, typeof Symbol.iterator);
console.log(typeof undeclaredVariable);
console.log(typeof typeof 1);
console.log(typeof new Number(1), typeof new String("x"), typeof new Boolean(false));
console.log(typeof Object(Symbol()));
console.log(typeof Math.max, typeof console.log, typeof globalThis);
console.log(typeof Function.prototype);
console.log(typeof Object.prototype.toString.call.bind(Object.prototype.toString));
try { typeof tdz; let tdz = 1; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
console.log(typeof (1, undefined));
var o = { get f() { return 1; } };
console.log(typeof o.f, typeof o.missing);
console.log(typeof -"3", typeof +"x", typeof !0, typeof void 0);
