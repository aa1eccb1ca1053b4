const o = {};
Object.defineProperty(o, 'ro', { value: 1, writable: false, enumerable: true, configurable: true });
o.ro = 2;
console.log(o.ro);
(function () { 'use strict'; try { o.ro = 3; } catch (e) { console.log(e instanceof TypeError); } })();
console.log(o.ro);
Object.defineProperty(o, 'ro', { writable: true });
o.ro = 4;
console.log(o.ro);
const child = Object.create(o);
Object.defineProperty(o, 'inheritedRO', { value: 'proto', writable: false });
child.inheritedRO = 'shadow?';
console.log(child.inheritedRO, Object.prototype.hasOwnProperty.call(child, 'inheritedRO'));
(function () { 'use strict'; try { child.inheritedRO = 'x'; } catch (e) { console.log('inherited ro strict', e instanceof TypeError); } })();
Object.defineProperty(child, 'inheritedRO', { value: 'own via define', writable: true });
console.log(child.inheritedRO, o.inheritedRO);
const nc = {};
Object.defineProperty(nc, 'fixed', { value: 1, configurable: false, writable: true });
console.log(delete nc.fixed, nc.fixed);
(function () { 'use strict'; try { delete nc.fixed; } catch (e) { console.log('strict delete', e instanceof TypeError); } })();
try { Object.defineProperty(nc, 'fixed', { get() {} }); } catch (e) { console.log('redefine', e instanceof TypeError); }
Object.defineProperty(nc, 'fixed', { writable: false });
try { Object.defineProperty(nc, 'fixed', { writable: true }); } catch (e) { console.log('re-writable', e instanceof TypeError); }
Object.defineProperty(nc, 'fixed', { value: 1 });
console.log('same value ok');
const ne = {};
Object.defineProperty(ne, 'hidden', { value: 'h', enumerable: false });
ne.visible = 'v';
console.log(Object.keys(ne), ne.hidden, ne, JSON_ish(Object.getOwnPropertyDescriptor(ne, 'hidden')));
function JSON_ish(d) { return Object.keys(d).map((k) => k + '=' + d[k]).join(','); }
const defaults = Object.defineProperty({}, 'd', {});
console.log(JSON_ish(Object.getOwnPropertyDescriptor(defaults, 'd')));
const acc = {};
Object.defineProperty(acc, 'g', { get() { return 'only getter'; }, configurable: true });
acc.g = 'ignored';
console.log(acc.g);
(function () { 'use strict'; try { acc.g = 'x'; } catch (e) { console.log('no setter strict', e instanceof TypeError); } })();
