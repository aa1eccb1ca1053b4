// Reflect: every function, its argument checks (V8's messages), receivers for get/set,
// newTarget for construct, and the Reflect object's own shape.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
console.log(Reflect, Object.prototype.toString.call(Reflect));
console.log(Object.getOwnPropertyNames(Reflect).map((n) => n + '/' + Reflect[n].length).join(' '));
console.log(Object.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag), typeof Reflect);
for (const m of Object.getOwnPropertyNames(Reflect)) t(() => Reflect[m](1, 'a', 2));
// apply
t(() => Reflect.apply(Math.max, undefined, [1, 5, 3]));
t(() => Reflect.apply(function () { return [this, ...arguments]; }, 'thisArg', { length: 2, 0: 'a', 1: 'b' }));
t(() => Reflect.apply(function () { 'use strict'; return this; }, undefined, []));
for (const v of [1, 'str', {}, [], null, undefined, Symbol('s'), true]) t(() => Reflect.apply(v, null, []));
t(() => Reflect.apply(function () {}, null));
t(() => Reflect.apply(function () {}, null, 'abc'));
// construct
class A { constructor(x) { this.x = x; this.nt = new.target.name; } }
class B extends A {}
function F() { this.nt = new.target; }
t(() => Reflect.construct(A, [1]));
t(() => { const o = Reflect.construct(A, [2], B); return [o instanceof B, o.nt, o.x]; });
t(() => { const o = Reflect.construct(F, [], A); return [Object.getPrototypeOf(o) === A.prototype, o.nt === A]; });
t(() => Reflect.construct(Array, [3]).length);
t(() => Reflect.construct(Object, []).constructor === Object);
t(() => { function G() {} G.prototype = 5; return Object.getPrototypeOf(Reflect.construct(F, [], G)) === Object.prototype; });
for (const v of [1, 'str', {}, null, undefined, Math.max, () => 1]) { t(() => Reflect.construct(v, [])); t(() => Reflect.construct(F, [], v)); }
t(() => Reflect.construct(F, [], undefined));
t(() => Reflect.construct(F));
// defineProperty / getOwnPropertyDescriptor / deleteProperty
const o = {};
t(() => Reflect.defineProperty(o, 'a', { value: 1 }));
t(() => Reflect.getOwnPropertyDescriptor(o, 'a'));
t(() => Reflect.defineProperty(o, 'a', { value: 2 }));
t(() => Reflect.defineProperty(o, 'a', { value: 1, writable: false }));
t(() => Reflect.defineProperty(o, 'g', { get() { return 'G'; }, enumerable: true, configurable: true }));
t(() => Reflect.getOwnPropertyDescriptor(o, 'g'));
t(() => Reflect.defineProperty(o, 'bad', { get: 1 }));
t(() => Reflect.defineProperty(o, 'bad', 1));
t(() => Reflect.defineProperty(Object.preventExtensions({}), 'x', { value: 1 }));
t(() => Reflect.defineProperty(o, { toString() { return 'key'; } }, { value: 'k' }) && o.key);
t(() => Reflect.deleteProperty(o, 'a'));
t(() => Reflect.deleteProperty(o, 'g'));
t(() => Reflect.deleteProperty(o, 'missing'));
t(() => Reflect.deleteProperty([1, 2], 'length'));
t(() => Reflect.getOwnPropertyDescriptor(o, 'missing'));
t(() => Reflect.getOwnPropertyDescriptor([1], 'length'));
t(() => Reflect.getOwnPropertyDescriptor(new String('ab'), '1'));
// get
const proto = { get who() { return this === undefined ? 'undefined' : this.name; }, plain: 'p' };
const child = Object.create(proto);
child.name = 'child';
t(() => Reflect.get(child, 'who'));
t(() => Reflect.get(child, 'who', { name: 'receiver' }));
t(() => Reflect.get(child, 'who', undefined));
t(() => Reflect.get(child, 'plain', { plain: 'ignored' }));
t(() => Reflect.get(child, 'nothing', {}));
t(() => Reflect.get([10, 20], 1));
t(() => Reflect.get(new String('xyz'), 2, {}));
t(() => Reflect.get({ [Symbol.iterator]: 's' }, Symbol.iterator));
// set
const target = { set s(v) { this.seen = v; }, ro: 1 };
Object.defineProperty(target, 'ro', { writable: false });
t(() => Reflect.set(target, 'x', 1) && target.x);
t(() => Reflect.set(target, 'ro', 2));
t(() => { const r = {}; return [Reflect.set(target, 's', 'V', r), r.seen, target.seen]; });
t(() => { const r = {}; return [Reflect.set(target, 'fresh', 'V', r), r.fresh, target.fresh]; });
t(() => { const r = Object.defineProperty({}, 'fresh2', { value: 0, writable: false, configurable: true }); return [Reflect.set({}, 'fresh2', 1, r), r.fresh2]; });
t(() => { const r = Object.defineProperty({}, 'acc', { get() {}, configurable: true }); return Reflect.set({}, 'acc', 1, r); });
t(() => { const r = { y: 1 }; Object.defineProperty(r, 'y', { enumerable: false }); Reflect.set({}, 'y', 2, r); return Object.getOwnPropertyDescriptor(r, 'y'); });
t(() => Reflect.set({}, 'p', 1, 'primitive receiver'));
t(() => Reflect.set(Object.preventExtensions({}), 'p', 1));
t(() => Reflect.set({ get only() { return 1; } }, 'only', 2));
t(() => { const a = [1, 2, 3]; return [Reflect.set(a, 'length', 1), a]; });
t(() => { const a = [1]; return [Reflect.set(a, 5, 'x'), a.length]; });
t(() => Reflect.set(Object.freeze([1]), 0, 2));
t(() => { const p = Object.create(target); return [Reflect.set(p, 'ro', 5), p.ro]; });
// has, ownKeys, prototypes, extensibility
t(() => [Reflect.has(child, 'who'), Reflect.has(child, 'name'), Reflect.has(child, 'nope'), Reflect.has([1], 0), Reflect.has([1], 'length')]);
t(() => Reflect.ownKeys({ b: 1, 1: 2, a: 3, 0: 4, [Symbol('s')]: 5 }));
t(() => Reflect.ownKeys([1, 2]));
t(() => Reflect.ownKeys(new String('ab')));
t(() => Reflect.ownKeys(function f(a, b) {}));
t(() => Reflect.getPrototypeOf(child) === proto);
t(() => Reflect.getPrototypeOf(Object.create(null)));
t(() => Reflect.setPrototypeOf({}, null));
t(() => Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
t(() => { const e = Object.preventExtensions({}); return Reflect.setPrototypeOf(e, Object.prototype); });
t(() => { const a = {}; const b = Object.create(a); return Reflect.setPrototypeOf(a, b); });
t(() => Reflect.setPrototypeOf({}, 1));
t(() => Reflect.setPrototypeOf({}));
t(() => Reflect.setPrototypeOf({}, 'str'));
t(() => { const x = {}; return [Reflect.isExtensible(x), Reflect.preventExtensions(x), Reflect.isExtensible(x), Reflect.preventExtensions(x)]; });
t(() => Reflect.isExtensible(Object.freeze({})));
t(() => Reflect.get(1, 'a'));
t(() => Reflect.has('str', 'length'));
t(() => Reflect.ownKeys(null));
