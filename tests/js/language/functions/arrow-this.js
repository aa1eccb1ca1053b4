var obj = {
  name: "obj",
  regular() { return [1].map(function () { return this; })[0]; },
  arrow() { return [1].map(() => this.name)[0]; },
  nested() { return (() => () => () => this.name)()()(); },
  later() { var f = () => this.name; return f; },
};
console.log(obj.regular() === undefined || obj.regular() === globalThis, obj.arrow(), obj.nested());
var f = obj.later(); var other = { name: "other", f };
console.log(f(), other.f(), f.call(other), f.apply(other), f.bind(other)());
function Ctor() { this.v = 1; this.get = () => this.v; }
var c = new Ctor(); var g = c.get; c.v = 2;
console.log(g());
class K { constructor() { this.x = "k"; } m() { return () => this.x; } static s() { return () => this.name; } }
console.log(new K().m()(), K.s()());
class Field { val = "field"; arrow = () => this.val; }
var fa = new Field().arrow; console.log(fa());
var a = () => 1;
try { var r = new a(); } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log(a.prototype, a.hasOwnProperty("prototype"));
var argsArrow = function () { return (() => arguments.length)(); };
console.log(argsArrow(1, 2, 3));
var ntArrow = function () { return (() => new.target)(); };
console.log(ntArrow() === undefined, new ntArrow() !== undefined);
var sup = { hi() { return "super hi"; } };
var sub = { __proto__: sup, hi() { return (() => super.hi())(); } };
console.log(sub.hi());
console.log(((a, b) => a + b)(1, 2), (x => x * 2)(4), (() => ({ obj: true }))());
var multi = (a) => { const r = a + 1; return r; };
console.log(multi(1));
var imm = (x => y => z => x + y + z)(1)(2)(3);
console.log(imm);
