'use strict';
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + ' makes a sound'; }
  get kind() { return 'animal'; }
  static create(n) { return new this(n); }
}
class Dog extends Animal {
  constructor(name) { super(name); this.dog = true; }
  speak() { return super.speak() + ' (woof)'; }
  get kind() { return 'dog/' + super.kind; }
}
const d = new Dog('Rex');
console.log(d.speak());
console.log(d.kind);
console.log(d instanceof Dog, d instanceof Animal);
console.log(Object.getPrototypeOf(Dog) === Animal);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
const d2 = Dog.create('Fido');
console.log(d2 instanceof Dog, d2.name, d2.dog);
class Puppy extends Dog {}
const p = new Puppy('Bit');
console.log(p.speak(), p.kind, p.dog);
console.log(Puppy.length, Dog.length, Animal.length);
class A { constructor(...args) { this.args = args; } }
class B extends A {}
console.log(new B(1, 2, 3).args);
class C extends A { constructor() { super(...[4, 5]); } }
console.log(new C().args);
function F(x) { this.x = x; }
F.prototype.getX = function () { return this.x; };
class G extends F { constructor() { super(7); } }
console.log(new G().getX());
class R extends Object { constructor() { return { replaced: true }; } }
console.log(new R());
class R2 extends A { constructor() { super(); return 1; } }
try { console.log(new R2()); } catch (e) { console.log(e.constructor.name, e.message); }
class R3 { constructor() { return 1; } }
console.log(new R3() instanceof R3);
class R4 extends A { constructor() { return undefined; } }
try { new R4(); } catch (e) { console.log(e.constructor.name, e.message); }
class E extends Array {}
const e = new E();
e.push(1, 2);
console.log(e.length, e instanceof E, Array.isArray(e));
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const me = new MyErr('boom');
console.log(me.message, me instanceof Error, String(me));
