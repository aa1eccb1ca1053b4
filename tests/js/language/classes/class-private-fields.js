'use strict';
class Counter {
  #count = 0;
  #step;
  constructor(step) { this.#step = step; }
  inc() { this.#count += this.#step; return this.#count; }
  static read(o) { return o.#count; }
  equals(other) { return this.#count === other.#count; }
  has(o) { return #count in o; }
}
const c = new Counter(2);
console.log(c.inc(), c.inc());
console.log(Counter.read(c));
console.log(Object.keys(c).length, Object.getOwnPropertyNames(c).length);
console.log(c.equals(new Counter(1)));
try { Counter.read({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { c.equals({}); } catch (e) { console.log(e.constructor.name, e.message); }
class P { #x = 1; setOn(o) { o.#x = 5; } }
try { new P().setOn({}); } catch (e) { console.log(e.constructor.name, e.message); }
class Same { #a = 'one'; static get(o) { return o.#a; } }
class Same2 { #a = 'two'; }
try { Same.get(new Same2()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Same.get(new Same()));
class Upd {
  #n = 1;
  run() {
    const r = [];
    r.push(this.#n++);
    r.push(++this.#n);
    this.#n **= 2;
    r.push(this.#n);
    this.#n ??= 7;
    r.push(this.#n);
    return r;
  }
}
console.log(new Upd().run());
class Opt { #v = 'v'; static get(o) { return o?.#v; } }
console.log(Opt.get(null), Opt.get(new Opt()));
class Inner {
  #secret = 'outer';
  test() {
    const self = this;
    class Nested { read() { return self.#secret; } }
    return new Nested().read();
  }
}
console.log(new Inner().test());
class StaticPriv { static #count = 3; static get() { return StaticPriv.#count; } static getThis() { return this.#count; } }
console.log(StaticPriv.get());
class SubSP extends StaticPriv {}
try { SubSP.getThis(); } catch (e) { console.log(e.constructor.name, e.message); }
class Destr { #a = 1; get() { const o = {}; ({ x: this.#a } = { x: 9 }); return this.#a; } }
console.log(new Destr().get());
console.log(new Counter(1));
