// A sloppy direct eval's vars and functions join the calling function's variable environment.
function g(p = eval("var x = 1")) { return x }
console.log(g());
var x = "global";
function f() { eval("var x = 'local'; function h() { return x; }"); return [x, h(), typeof x]; }
console.log(f(), x);
function outer() { var y = "outer"; function inner() { eval("var y = 'inner'"); return y; } return [inner(), y]; }
console.log(outer());
function del() { eval("var z = 1"); const before = z; delete z; return [before, typeof z]; }
console.log(del());
function conflict() { let q; { try { eval("var q"); } catch (e) { return e.name; } } }
console.log(conflict());
function arrow() { return (() => { eval("var w = 3"); return w; })(); }
console.log(arrow(), typeof w);
function nested() { eval("var n = 1"); return (function () { return n; })(); }
console.log(nested());
