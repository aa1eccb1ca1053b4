function f(a, b = a + 1, c = a * b) { return [a, b, c]; }
console.log(f(1), f(1, 5), f(2, undefined, 0), f(3, null));
console.log(f.length);
function g(a = 1, b) { return [a, b]; }
console.log(g.length, g(), g(undefined, 2));
var cnt = 0;
function lazy(x = ++cnt) { return x; }
lazy(); lazy(5); lazy();
console.log(cnt);
try { (function (a = b, b = 1) { return a; })(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
try { (function (a = a) { return a; })(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
console.log((function (a = b, b = 1) { return a; })(7));
var x = "outer";
function scope(a = x) { var x = "inner"; return a; }
console.log(scope());
function scope2(a = () => x) { var x = "body"; return a(); }
console.log(scope2());
function scope3(a, f = () => a) { a = "changed"; return f(); }
console.log(scope3("orig"));
function scope4(a, f = () => a) { var a = "var"; return [a, f()]; }
console.log(scope4("param"));
function obj({ p = 1, q = 2 } = {}) { return p + q; }
console.log(obj(), obj({ p: 10 }), obj.length);
function arr([a, b = "B"] = []) { return a + b; }
console.log(arr(), arr(["A"]));
var arrow = (a, b = a) => [a, b];
console.log(arrow(3));
function fnName(f = function () {}, g = () => {}) { return [f.name, g.name]; }
console.log(fnName());
function thisDefault(a = this) { return a === o; }
var o = { thisDefault };
console.log(o.thisDefault());
function argsDefault(a = arguments.length) { return a; }
console.log(argsDefault(), argsDefault(undefined, 2, 3));
function selfRef(f = selfRef) { return f === selfRef; }
console.log(selfRef());
try { (function (a = (() => { throw new Error("in default"); })()) {})(); } catch (e) { console.log(e.message); }
