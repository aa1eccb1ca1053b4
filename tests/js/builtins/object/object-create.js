var proto = { greet: function () { return 'hi ' + this.name; } };
var o = Object.create(proto);
o.name = 'x';
console.log(o.greet(), Object.getPrototypeOf(o) === proto, proto.isPrototypeOf(o), o.hasOwnProperty('greet'));
var n = Object.create(null);
console.log(Object.getPrototypeOf(n), typeof n.toString, 'toString' in n);
n.k = 1;
console.log(Object.keys(n), n.k);
var d = Object.create(proto, { a: { value: 1, enumerable: true }, b: { value: 2 } });
console.log(Object.keys(d), d.b, Object.getOwnPropertyDescriptor(d, 'b'));
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof TypeError); }
}
check('create(1)', function () { Object.create(1); });
check('create()', function () { Object.create(); });
check('create(undefined)', function () { Object.create(undefined); });
check('setPrototypeOf cycle', function () { var a = {}; var b = Object.create(a); Object.setPrototypeOf(a, b); });
check('setPrototypeOf nonext', function () { Object.setPrototypeOf(Object.preventExtensions({}), {}); });
var x = {};
console.log(Object.setPrototypeOf(x, proto) === x, Object.getPrototypeOf(x) === proto);
console.log(Object.setPrototypeOf(5, null), Object.getPrototypeOf('s') === String.prototype);
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(Function.prototype) === Object.prototype);
var q = { __proto__: proto };
console.log(Object.getPrototypeOf(q) === proto, q.__proto__ === proto, Object.keys(q));
var z = { ['__proto__']: 1 };
console.log(Object.keys(z), Object.getPrototypeOf(z) === Object.prototype);
