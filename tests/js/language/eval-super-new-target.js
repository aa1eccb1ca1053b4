// Direct eval inherits new.target, super and the class-field rules of its calling function.
class A { m() { return "A.m"; } }
class B extends A {
  constructor() { eval("super()"); this.t = eval("new.target === B"); }
  m() { return eval("super.m()") + "+B"; }
  static s() { return (() => eval("super.name"))(); }
}
const b = new B();
console.log(b.m(), b.t, B.s());
const o = { __proto__: { x: 1 }, f() { return eval("super.x"); } };
console.log(o.f());
function F() { return eval("new.target"); }
console.log(new F() === undefined, F());
try { eval("new.target"); } catch (e) { console.log(e.name); }
try { (function () { eval("super.x"); })(); } catch (e) { console.log(e.name); }
class C { x = eval("typeof this"); y = (() => { try { eval("arguments"); } catch (e) { return e.name; } })(); }
console.log(new C().x, new C().y);
