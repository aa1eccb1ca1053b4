'use strict';
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, {} instanceof A);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
try { b instanceof {}; } catch (e) { console.log(e.constructor.name, e.message); }
try { b instanceof 5; } catch (e) { console.log(e.constructor.name, e.message); }
const bound = A.bind(null);
console.log(new A() instanceof bound);
console.log(Object.create(A.prototype) instanceof A, A.prototype.isPrototypeOf(b));
console.log(1 instanceof Number, Object(1) instanceof Number);
function P() {}
P.prototype = null;
try { ({}) instanceof P; } catch (e) { console.log(e.constructor.name, e.message); }
console.log((() => {}) instanceof Function, A instanceof Function);
console.log(typeof Function.prototype[Symbol.hasInstance]);
