const o = {};
Object.defineProperty(o, 'p', { value: 1, writable: true, configurable: true, enumerable: true });
Object.defineProperty(o, 'p', { get() { return 'now accessor'; } });
let d = Object.getOwnPropertyDescriptor(o, 'p');
console.log(o.p, 'value' in d, d.enumerable, d.configurable, typeof d.set);
Object.defineProperty(o, 'p', { value: 'back to data' });
d = Object.getOwnPropertyDescriptor(o, 'p');
console.log(o.p, d.writable, d.enumerable, typeof d.get);
Object.defineProperty(o, 'q', { get() { return 1; }, configurable: true });
Object.defineProperty(o, 'q', { set(v) { this.qset = v; } });
o.q = 'via setter';
console.log(o.q, o.qset);
const lit = { get a() { return 'getter'; } };
lit.a = 'ignored';
Object.defineProperty(lit, 'a', { value: 'data now', writable: true });
lit.a = 'assigned';
console.log(lit.a);
const nc = Object.defineProperty({}, 'x', { get() { return 1; }, configurable: false });
try { Object.defineProperty(nc, 'x', { value: 2 }); } catch (e) { console.log('nc to data', e.constructor.name); }
try { Object.defineProperty(nc, 'x', { get() { return 2; } }); } catch (e) { console.log('nc new getter', e.constructor.name); }
const g = Object.getOwnPropertyDescriptor(nc, 'x').get;
Object.defineProperty(nc, 'x', { get: g });
console.log('same getter ok', nc.x);
try { Object.defineProperty(nc, 'x', { enumerable: true }); } catch (e) { console.log('nc enumerable', e.constructor.name); }
const setterOnly = Object.defineProperty({}, 's', { set(v) {}, enumerable: true });
console.log(setterOnly.s, Object.keys(setterOnly), setterOnly);
const both = {};
Object.defineProperties(both, { a: { value: 1, enumerable: true }, b: { get() { return this.a + 1; }, enumerable: true } });
console.log(both.a, both.b, Object.keys(both));
