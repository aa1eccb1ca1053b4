function makeCounter(start) {
  var n = start;
  return { inc: () => ++n, dec: () => --n, get: function () { return n; } };
}
var c1 = makeCounter(0), c2 = makeCounter(100);
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
function adder(x) { return function (y) { return function (z) { return x + y + z; }; }; }
console.log(adder(1)(2)(3), adder("a")("b")("c"));
var fns = [];
(function () { var shared = 0; fns.push(() => shared++, () => shared); })();
fns[0](); fns[0]();
console.log(fns[1]());
function once(f) { var done = false, r; return function () { if (!done) { done = true; r = f.apply(this, arguments); } return r; }; }
var calls = 0; var o1 = once(function (a) { calls++; return a * 2; });
console.log(o1(5), o1(10), calls);
function memo(f) { var cache = {}; return n => n in cache ? cache[n] : (cache[n] = f(n)); }
var fibCalls = 0;
var fib = memo(n => { fibCalls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); });
console.log(fib(50), fibCalls);
function outer() { var x = "outer"; function inner() { return x; } x = "changed"; return inner; }
console.log(outer()());
var gen = (function () { let id = 0; return () => "id" + id++; })();
console.log(gen(), gen(), gen());
function deep() { var a = 1; return () => { var b = 2; return () => { var c = 3; return () => a + b + c; }; }; }
console.log(deep()()()());
