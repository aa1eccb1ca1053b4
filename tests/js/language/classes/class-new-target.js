'use strict';
class A { constructor() { this.nt = new.target === A ? 'A' : new.target.name; } }
class B extends A {}
console.log(new A().nt, new B().nt);
function F() { return new.target === undefined ? 'called' : 'constructed'; }
console.log(F(), new F());
function G() { const arrow = () => new.target; return arrow(); }
console.log(new G() instanceof G, G());
class Abstract { constructor() { if (new.target === Abstract) throw new TypeError('abstract!'); } }
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.message); }
console.log(new Concrete() instanceof Abstract);
class S { static make() { return new this(); } }
class S2 extends S {}
console.log(S2.make() instanceof S2);
