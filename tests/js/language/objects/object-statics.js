'use strict';
const src = { a: 1, b: 2 };
console.log(Object.assign({}, src, null, undefined, { c: 3 }));
console.log(Object.entries(src), Object.values(src));
console.log(Object.fromEntries ? Object.fromEntries([['x', 1], ['y', 2]]) : 'n/a');
const c = Object.create({ inherited: true }, { own: { value: 1, enumerable: true } });
console.log(c, c.inherited, Object.getPrototypeOf(c).inherited);
try { Object.create(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.setPrototypeOf({}, 5); } catch (e) { console.log(e.constructor.name, e.message); }
const a = {}; const b = Object.create(a);
try { Object.setPrototypeOf(a, b); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'));
console.log(Object.keys('abc'), Object.entries('hi'));
try { Object.keys(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.keys(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertyNames([1, 2]));
console.log(typeof Object.getOwnPropertyDescriptors);
const descs = Object.getOwnPropertyDescriptors({ get x() { return 1; }, y: 2 });
console.log(Object.keys(descs).join(','), typeof descs.x.get, descs.y.value);
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined), Object.prototype.toString.call(1), Object.prototype.toString.call(() => {}));
console.log(Object.prototype.toString.call({ [Symbol.toStringTag]: 'Custom' }));
console.log(Object.prototype.propertyIsEnumerable.call([1], 0), Object.prototype.propertyIsEnumerable.call([1], 'length'));
console.log(Object.prototype.isPrototypeOf.call(Array.prototype, []));
console.log({}.hasOwnProperty('x'), Object.hasOwn ? Object.hasOwn({ x: 1 }, 'x') : true);
const obj = { valueOf() { return 42; }, toString() { return 'str'; } };
console.log(obj + 1, `${obj}`, String(obj), obj * 2);
console.log(Object(1) instanceof Number, typeof Object('s'), Object(null), Object(undefined));
