'use strict';
const log = [];
class A {
  static x = 1;
  static { log.push('block1 x=' + this.x); this.y = this.x + 1; }
  static z = this.y * 10;
  static { log.push('block2 z=' + A.z); }
  static #priv = 'secret';
  static { log.push('priv=' + A.#priv); }
}
console.log(log.join('\n'));
console.log(A.y, A.z);
let getter;
class B {
  #v = 42;
  static { getter = (o) => o.#v; }
}
console.log(getter(new B()));
class C {
  static {
    var local = 'local';
    this.fromVar = local;
  }
}
console.log(C.fromVar, typeof local);
class D extends A {
  static { log.length = 0; log.push('super.x=' + super.x); }
}
console.log(log.join(','));
try {
  class E { static { throw new Error('in block'); } }
} catch (e) { console.log(e.constructor.name, e.message); }
class F { static { const r = []; for (const i of [1, 2]) r.push(i); this.r = r; } }
console.log(F.r);
