function F() { return new.target; }
console.log(F() === undefined, new F() === F);
function G() { this.nt = new.target === G; }
console.log(new G().nt, new (G.bind(null))().nt);
class A { constructor() { this.nt = new.target.name; } }
class B extends A {}
console.log(new A().nt, new B().nt);
function onlyNew() { if (!new.target) throw new TypeError("must use new"); this.ok = true; }
try { var r = onlyNew(); } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log(new onlyNew().ok);
function Abstract() { if (new.target === Abstract) throw new Error("abstract"); }
function Concrete() { Abstract.call(this); }
try { var r = new Abstract(); } catch (e) { console.log(e.message); }
console.log(typeof new Concrete());
class Base { constructor() { this.kind = new.target === Base ? "base" : "derived"; } }
class Der extends Base { constructor() { super(); } }
console.log(new Base().kind, new Der().kind);
function WithArrow() { return (() => new.target)(); }
console.log(new WithArrow() === undefined ? "undef" : "object-return");
function RetPrim() { this.a = 1; return 5; }
function RetObj() { this.a = 1; return { b: 2 }; }
console.log(new RetPrim(), new RetObj());
function RetNull() { this.a = 1; return null; }
console.log(new RetNull());
class DerRet extends Base { constructor() { super(); return { custom: true }; } }
console.log(new DerRet());
class DerBad extends Base { constructor() { return 1; } }
try { var r = new DerBad(); } catch (e) { console.log(e instanceof TypeError, e.message); }
class DerNoSuper extends Base { constructor() { } }
try { var r = new DerNoSuper(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
var obj = { m() { return new.target; } };
console.log(obj.m());
