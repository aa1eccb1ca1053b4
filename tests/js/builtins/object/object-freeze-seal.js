var o = { a: 1, nested: { b: 2 } };
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
Object.freeze(o);
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
console.log(Object.getOwnPropertyDescriptor(o, 'a'));
o.nested.b = 3;
console.log(o.nested.b, Object.isFrozen(o.nested));
var s = { x: 1 };
Object.seal(s);
s.x = 2;
console.log(s.x, Object.isSealed(s), Object.isFrozen(s), Object.getOwnPropertyDescriptor(s, 'x'));
var p = { y: 1 };
Object.preventExtensions(p);
console.log(Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
delete p.y;
console.log(p, Object.isSealed(p), Object.isFrozen(p));
console.log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.preventExtensions({})));
console.log(Object.freeze(5), Object.isFrozen(5), Object.isSealed('x'), Object.isExtensible(1), Object.seal(null));
var a = Object.freeze([1, 2, 3]);
console.log(Object.isFrozen(a), a);
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof TypeError); }
}
check('strict write frozen', function () { 'use strict'; o.a = 5; });
check('strict add sealed', function () { 'use strict'; s.z = 1; });
check('strict delete sealed', function () { 'use strict'; delete s.x; });
check('strict add nonext', function () { 'use strict'; p.q = 1; });
console.log(o.a, s.z, s.x, p.q);
var withAcc = Object.freeze({ get v() { return 1; } });
console.log(Object.getOwnPropertyDescriptor(withAcc, 'v').configurable, typeof Object.getOwnPropertyDescriptor(withAcc, 'v').get);
var proto = {};
var child = Object.create(proto);
Object.freeze(proto);
check('strict shadow frozen proto prop', function () { 'use strict'; Object.defineProperty(proto, 'k', { value: 1 }); });
