function f(a, b, c) { return [this && this.tag, a, b, c]; }
var b = f.bind({ tag: 'T' }, 1);
console.log(b(2, 3), b.length, b.name);
var b2 = b.bind({ tag: 'ignored' }, 2);
console.log(b2(3), b2.length, b2.name);
console.log(f.bind().length, f.bind(null, 1, 2, 3, 4).length);
function Point(x, y) { this.x = x; this.y = y; }
var P = Point.bind({ ignored: true }, 10);
var p = new P(20);
console.log(p.x, p.y, p instanceof Point, P.prototype);
var anon = (function () {}).bind();
console.log(anon.name === 'bound ', typeof anon);
console.log((() => 1).bind().name, Object.getOwnPropertyDescriptor(b, 'name'));
console.log(Object.getOwnPropertyDescriptor(b, 'length'));
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof TypeError); }
}
check('bind non-callable', function () { Function.prototype.bind.call({}); });
var arrow = () => this;
console.log(arrow.bind({ x: 1 })() === arrow());
console.log(f.call({ tag: 'C' }, 1, 2, 3), f.apply({ tag: 'A' }, [4, 5]));
console.log(f.call.length, f.apply.length, f.bind.length, f.length, f.name);
function g() { return arguments.length; }
console.log(g.apply(null, { length: 3 }), g.apply(null, [1, , 3]), g.call());
var fnLen = function (a, b = 1, c) {};
console.log(fnLen.length, (function (...r) {}).length, (function (a, ...r) {}).length);
