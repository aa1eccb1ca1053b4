console.log(true ? "a" : "b", 0 ? "a" : "b", "" ? 1 : 2, "0" ? 1 : 2, [] ? 1 : 2, NaN ? 1 : 2);
var x = 5;
console.log(x > 3 ? x > 4 ? "big" : "mid" : "small");
console.log(x < 3 ? "a" : x < 6 ? "b" : "c");
var log = [];
function f(v) { log.push(v); return v; }
f(true) ? f("t") : f("f"); console.log(log.join()); log = [];
f(0) ? f("t") : f("f"); console.log(log.join());
var v = null ? 1 : undefined ? 2 : 3; console.log(v);
var a = 1, b = 2;
var r = a ? b = 10 : b = 20; console.log(r, b);
console.log(typeof (1 ? function () {} : 0));
console.log(document0 => document0 ? 1 : 0);
console.log((x => x ? "yes" : "no")(1));
var obj = { a: 1 };
console.log(obj.a ? obj?.a : 0);
console.log(Symbol() ? "sym truthy" : "no", {} ? 1 : 0, -0 ? 1 : 0);
