{
  class Inner {}
  console.log(typeof Inner);
}
console.log(typeof Inner);
class Outer { static who() { return Outer.name; } }
const Saved = Outer;
console.log(Saved.who());
const Expr = class Named { static self() { return Named; } };
console.log(Expr.self() === Expr, typeof Named);
class Reassign { static get() { return Reassign; } }
const orig = Reassign;
Reassign = 'changed';
console.log(orig.get() === orig, Reassign);
class InnerBinding { m() { try { InnerBinding = 1; } catch (e) { return e.constructor.name; } return 'no error'; } }
console.log(new InnerBinding().m());
function fnScope() { if (true) { class Scoped { v() { return 'scoped'; } } return new Scoped().v(); } }
console.log(fnScope());
const classes = [];
for (let i = 0; i < 2; i++) { class C { get i() { return i; } } classes.push(C); }
console.log(classes[0] === classes[1], new classes[0]().i, new classes[1]().i);
try { new Before(); } catch (e) { console.log('tdz class', e.constructor.name); }
class Before {}
const heritage = (() => { class Base { hi() { return 'base hi'; } } return class extends Base {}; })();
console.log(new heritage().hi());
class StaticRef { static a = 1; static b = StaticRef.a + 1; static c = this.b + 1; }
console.log(StaticRef.b, StaticRef.c);
let counter = 0;
class Computed { [`m${++counter}`]() {} [`m${++counter}`]() {} }
console.log(Object.getOwnPropertyNames(Computed.prototype), counter);
