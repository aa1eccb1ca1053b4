var o = {};
Object.defineProperty(o, 'a', { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, 'a'));

console.log(o.a, Object.keys(o));
Object.defineProperty(o, 'b', { value: 1, writable: true, enumerable: true, configurable: true });
console.log(Object.getOwnPropertyDescriptor(o, 'b'));
Object.defineProperty(o, 'b', { get: function () { return 'got'; } });
console.log(Object.getOwnPropertyDescriptor(o, 'b'), o.b);
var d = Object.getOwnPropertyDescriptor(o, 'b');
console.log(typeof d.get, d.set, 'value' in d, 'writable' in d);
Object.defineProperty(o, 'c', { set: function (v) { this._c = v; }, configurable: true });
o.c = 5;
console.log(o._c, o.c);
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof TypeError); }
}
check('redefine nonconfig value', function () { Object.defineProperty(o, 'a', { value: 9 }); });
check('same value ok', function () { Object.defineProperty(o, 'a', { value: 1 }); });
check('make enumerable', function () { Object.defineProperty(o, 'a', { enumerable: true }); });
check('get+value', function () { Object.defineProperty({}, 'x', { get: function () {}, value: 1 }); });
check('get not fn', function () { Object.defineProperty({}, 'x', { get: 5 }); });
check('non-object target', function () { Object.defineProperty(1, 'x', { value: 1 }); });
check('non-object desc', function () { Object.defineProperty({}, 'x', 1); });
check('non-extensible add', function () { Object.defineProperty(Object.preventExtensions({}), 'x', { value: 1 }); });
var w = {};
Object.defineProperty(w, 'k', { value: 1, writable: true });
check('writable->nonwritable', function () { Object.defineProperty(w, 'k', { writable: false }); });
check('nonwritable->writable', function () { Object.defineProperty(w, 'k', { writable: true }); });
console.log(Object.getOwnPropertyDescriptor(w, 'k'));
var r = Object.defineProperties({}, { p: { value: 1, enumerable: true }, q: { get: function () { return 2; }, enumerable: true } });
console.log(r, r.q);
var arr = [];
Object.defineProperty(arr, '0', { value: 'x', enumerable: true, writable: true, configurable: true });
console.log(arr, arr.length);
var sym = Symbol('k');
Object.defineProperty(o, sym, { value: 'symv' });
console.log(o[sym], Object.defineProperty(o, 'z', {}) === o, Object.getOwnPropertyDescriptor(o, 'z'));
console.log(Object.getOwnPropertyDescriptor(o, 'missing'), Object.getOwnPropertyDescriptor('abc', 'length'));
