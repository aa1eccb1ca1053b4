// petrel: no-gc-stress (deep recursion: a full collection per call under stress is quadratic)
function test(name, fn) { try { console.log(name, fn()); } catch (e) { console.log(name, 'threw', e.constructor.name); } }
let deep = []; for (let i = 0; i < 100000; i++) deep = [deep];
let mid = [1]; for (let i = 0; i < 1500; i++) mid = [mid, i];
test('join moderate', () => String(mid).length);
test('flat', () => deep.flat(Infinity).length);
test('log', () => { console.log(deep); return 'ok'; });
let proto = {}; for (let i = 0; i < 5000; i++) proto = Object.create(proto);
test('proto lookup', () => proto.missing);
test('instanceof', () => proto instanceof Array);
test('in', () => 'x' in proto);
test('for-in', () => { let n = 0; for (const k in proto) n++; return n; });
test('proto set', () => { proto.newProp = 1; return proto.newProp; });
let obj = {}; for (let i = 0; i < 100000; i++) obj = { next: obj };
test('log obj', () => { console.log(obj); return 'ok'; });
const selfValueOf = { valueOf() { return +this; } };
test('valueOf recursion', () => +selfValueOf);
const getterRec = {}; Object.defineProperty(getterRec, 'x', { get() { return Object.keys(this).concat(this.x); } });
test('getter rec', () => getterRec.x);
const arr = [1, 2, 3];
test('sort rec', () => { const s = (a, b) => { arr.sort(s); return a - b; }; arr.sort(s); return arr; });
test('map rec', () => { const f = () => [1].map(f); return f(); });
test('tostring rec', () => { const o = { toString() { return `${o}`; } }; return String(o); });
test('bound chain', () => { let f = function () { return 1; }; for (let i = 0; i < 50; i++) f = f.bind(null); return f(); });
test('Array.from iter', () => { const it = { [Symbol.iterator]() { return { next: () => Array.from(it) }; } }; return Array.from(it); });
