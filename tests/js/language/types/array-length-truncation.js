const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a[3], 3 in a);
a.length = 5;
console.log(a, 4 in a);
a.length = 0;
console.log(a, a[0]);
const b = [1, 2, 3];
b.length = '2';
console.log(b);
try { b.length = -1; } catch (e) { console.log(e instanceof RangeError, e.message); }
try { b.length = 1.5; } catch (e) { console.log(e instanceof RangeError); }
try { b.length = 2 ** 32; } catch (e) { console.log(e instanceof RangeError); }
b.length = { valueOf() { return 1; } };
console.log(b);
const c = [1, 2, 3];
Object.defineProperty(c, 1, { value: 'fixed', configurable: false });
c.length = 0;
console.log(c, c.length);
(function () { 'use strict'; const d = [1, 2, 3]; Object.defineProperty(d, 1, { value: 'x', configurable: false }); try { d.length = 0; } catch (e) { console.log('strict truncation', e instanceof TypeError, d.length); } })();
const e = [1, 2, 3];
Object.defineProperty(e, 'length', { writable: false });
e[5] = 'ignored';
console.log(e, e.length);
try { e.push(4); } catch (err) { console.log('push non-writable length', err instanceof TypeError); }
const f = [];
f[9] = 1;
f.length = 5;
console.log(f, f.length);
const g = [1, 2, 3];
g.length = 2.0;
console.log(g.length, Object.getOwnPropertyDescriptor(g, 'length'));
