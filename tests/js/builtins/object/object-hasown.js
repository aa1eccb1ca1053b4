var p = { inh: 1 };
var o = Object.create(p);
o.own = 1;
o.undef = undefined;
var s = Symbol('s');
o[s] = 1;
console.log(Object.hasOwn(o, 'own'), Object.hasOwn(o, 'inh'), Object.hasOwn(o, 'undef'), Object.hasOwn(o, s), Object.hasOwn(o, 'nope'));
console.log(o.hasOwnProperty('own'), o.hasOwnProperty('inh'), 'inh' in o, o.hasOwnProperty(s));
console.log(Object.hasOwn([1], 0), Object.hasOwn([1], '0'), Object.hasOwn([1], 'length'), Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'));
var n = Object.create(null);
n.x = 1;
console.log(Object.hasOwn(n, 'x'), Object.prototype.hasOwnProperty.call(n, 'x'));
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof TypeError); }
}
check('hasOwn null', function () { Object.hasOwn(null, 'x'); });
check('hasOwnProperty undefined this', function () { Object.prototype.hasOwnProperty.call(undefined, 'x'); });
console.log(Object.hasOwn(o, { toString: function () { return 'own'; } }), Object.hasOwn.length);
console.log(o.propertyIsEnumerable('own'), o.propertyIsEnumerable('inh'), [1].propertyIsEnumerable('length'), [1].propertyIsEnumerable(0));
console.log(Object.hasOwn(function () {}, 'prototype'), Object.hasOwn(() => 1, 'prototype'), Object.hasOwn(class {}, 'prototype'));
