'use strict';
let counter = 0;
function next() { return ++counter; }
class A {
  a = 1;
  b = this.a + 1;
  c;
  ['comp' + 'uted'] = 'yes';
  id = next();
  arrow = () => this.a;
  'quoted key' = 'q';
  42 = 'num';
}
const x = new A();
console.log(x.a, x.b, x.c, x.computed, x.id, x['quoted key'], x[42]);
console.log(Object.keys(x).join(','));
console.log(new A().id, new A().id);
const f = x.arrow;
console.log(f());
const d = Object.getOwnPropertyDescriptor(x, 'a');
console.log(d.writable, d.enumerable, d.configurable);
console.log('c' in x, x.hasOwnProperty('c'));
class B extends A {
  z = this.a * 100;
  constructor() { super(); this.after = this.z; }
}
const b = new B();
console.log(b.z, b.after);
console.log(Object.keys(b).join(','));
class Order {
  constructor() { console.log('ctor sees', this.f); }
  f = 'field';
}
new Order();
class Base { constructor() { console.log('base sees', this.g); } }
class Derived extends Base { g = 'derived field'; constructor() { super(); console.log('derived sees', this.g); } }
new Derived();
class Shadow { x = 1; get y() { return 'getter'; } }
class Shadow2 extends Shadow { y = 'field'; }
console.log(new Shadow2().y);
class NameF { fn = function () {}; arr = () => {}; cls = class {}; }
const n = new NameF();
console.log(n.fn.name, n.arr.name, n.cls.name);
class Static { static fn = function () {}; }
console.log(Static.fn.name);
let key = 'k1';
class KeyOnce { [key] = 1; }
key = 'k2';
console.log(Object.keys(new KeyOnce()).join(','));
class Args { x = typeof this; }
console.log(new Args().x);
