function f(a, ...rest) { return [a, rest, Array.isArray(rest), rest.length]; }
console.log(f(), f(1), f(1, 2, 3));
console.log(f.length);
function g(...all) { return all; }
console.log(g.length, g(), g(undefined, null));
var arrow = (x, y, ...z) => z;
console.log(arrow(1, 2, 3, 4), arrow.length);
function destr(...[a, b]) { return a + b; }
console.log(destr(1, 2, 3));
function destrObj(...{ length }) { return length; }
console.log(destrObj(1, 2, 3));
function withArgs(a, ...r) { return arguments.length + ":" + r.length; }
console.log(withArgs(1, 2, 3));
var o = { m(...args) { return args.join("|"); } };
console.log(o.m("a", "b"));
class C { constructor(...xs) { this.xs = xs; } }
console.log(new C(1, 2).xs);
console.log(g(...[1, 2], 3, ...[4]));
console.log(g(..."hi"));
function defaultsAndRest(a = 10, ...r) { return [a, r]; }
console.log(defaultsAndRest(), defaultsAndRest(undefined, 1));
console.log(defaultsAndRest.length);
var r1 = g(1), r2 = g(1);
console.log(r1 !== r2);
