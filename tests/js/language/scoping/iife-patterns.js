(function () { console.log('classic iife'); })();
(function () { console.log('crockford iife'); }());
(() => console.log('arrow iife'))();
!function () { console.log('bang iife'); }();
void function () { console.log('void iife'); }();
+function () { console.log('plus iife'); }();
console.log((function (a, b) { return a + b; })(2, 3));
const mod = (function () {
  let priv = 0;
  function inc() { return ++priv; }
  return { inc, get value() { return priv; } };
})();
mod.inc(); mod.inc();
console.log(mod.value, typeof priv);
const named = (function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); })(5);
console.log(named, typeof fact);
const res = (function () { return this; }).call('ctx');
console.log(typeof res, String(res));
const strictRes = (function () { 'use strict'; return this; })();
console.log(strictRes);
new function () { console.log('new iife', typeof this); }();
const arrowRes = (() => ({ obj: true }))();
console.log(arrowRes);
console.log(((x) => (y) => x + y)(1)(2));
const counter = ((n) => () => n++)(10);
console.log(counter(), counter(), counter());
let loopVals = [];
for (var i = 0; i < 3; i++) (function (j) { loopVals.push(() => j); })(i);
console.log(loopVals.map((f) => f()));
