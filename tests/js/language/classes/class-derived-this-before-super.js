'use strict';
class A { constructor() { this.a = 1; } }
class B extends A { constructor() { this.x = 1; super(); } }
try { new B(); } catch (e) { console.log(e.constructor.name, e.message); }
class C extends A { constructor() { } }
try { new C(); } catch (e) { console.log(e.constructor.name, e.message); }
class D extends A { constructor() { super(); super(); } }
try { new D(); } catch (e) { console.log(e.constructor.name, e.message); }
class E extends A { constructor() { const f = () => this; f(); super(); } }
try { new E(); } catch (e) { console.log(e.constructor.name, e.message); }
class F extends A { constructor() { const f = () => super(); f(); this.ok = true; } }
console.log(new F());
class G extends A { constructor() { try { this.x; } catch (e) { console.log('inside', e.constructor.name); } super(); } }
console.log(new G());
class H extends A { constructor() { super.method?.(); super(); } }
try { new H(); } catch (e) { console.log(e.constructor.name, e.message); }
class I extends A { constructor(flag) { if (flag) super(); } }
try { new I(false); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new I(true).a);
class J extends A { constructor() { return {}; } }
console.log(new J());
