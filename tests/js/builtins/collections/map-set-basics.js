const m = new Map();
m.set(NaN, 'nan').set(-0, 'zero').set('a', 1).set(1.5, 'x');
console.log(m.get(NaN), m.get(0), m.get(+0), m.has(-0), [...m.keys()], Object.is([...m.keys()][1], -0));
const s = new Set([1, 2, 3, 2, 1]);
console.log(s, s.size);
// live iteration
const it = s.values();
console.log(it.next());
s.delete(2); s.add(4);
console.log([...it]);
const s2 = new Set([1,2,3]);
const out = [];
for (const x of s2) { out.push(x); if (x === 1) { s2.clear(); s2.add(10); s2.add(11); } }
console.log(out);
// growth during iteration
const big = new Set([0]); let n = 0;
for (const x of big) { if (x < 100) big.add(x + 1); n++; if (x % 3 == 0) big.delete(x); }
console.log(n, big.size);
const m2 = new Map(); for (let i = 0; i < 1000; i++) m2.set('k' + i, i);
for (let i = 0; i < 990; i++) m2.delete('k' + i);
console.log(m2.size, [...m2.values()]);
const o = {}; const m3 = new Map([[o, 1], ['s' + 'tr', 2]]);
console.log(m3.get(o), m3.get('str'), m3.get({}));
m3.forEach(function (v, k, map) { console.log(v, k, map === m3, this.t) }, {t: 9});
const wm = new WeakMap(); const k1 = {}; const sym = Symbol('s');
wm.set(k1, 'v1').set(sym, 'v2');
console.log(wm.get(k1), wm.has(sym), wm.get(sym), wm.delete(k1), wm.has(k1), wm.get(1), wm.has(1), wm.delete(1));
try { wm.set(Symbol.for('r'), 1) } catch (e) { console.log(e.message) }
const ws = new WeakSet([k1]); console.log(ws.has(k1), ws.has({}));
console.log(new Map([[1, new Set(['a'])]]).entries(), new Set([1,2]).entries());
console.log(Object.getOwnPropertyNames(Map.prototype).filter(k => !k.startsWith("getOrInsert")));
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Set.prototype.keys === Set.prototype.values, Map[Symbol.species] === Map);
console.log(Map.length, Set.length, Map.prototype.forEach.length, Map.name, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name);
class M2 extends Map { constructor(x) { super(x); this.extra = 1 } }
const mm = new M2([[1,2]]); console.log(mm, mm instanceof Map, mm.get(1));
