// WeakMap / WeakSet / WeakRef / FinalizationRegistry behaviour that does not depend on a collection.
const keys = [];
const wm = new WeakMap();
for (let i = 0; i < 2000; i++) { const k = { i }; keys.push(k); wm.set(k, { value: i }); }
let ok = true; for (let i = 0; i < 2000; i++) ok = ok && wm.get(keys[i]).value === i;
console.log(ok, wm.has({}), wm.delete(keys[5]), wm.has(keys[5]), wm.get(keys[5]));
// chains: each value is the next key (ephemeron chains)
const chain = new WeakMap(); const root = {}; let cur = root;
for (let i = 0; i < 100; i++) { const next = { i }; chain.set(cur, next); cur = next; }
let n = 0; for (let k = root; chain.has(k); k = chain.get(k)) n++;
console.log(n);
const sym = Symbol('weak');
const ws = new WeakSet([keys[0], sym]);
console.log(ws.has(keys[0]), ws.has(sym), ws.delete(sym), ws.has(sym), ws.has(1), ws.delete('x'));
for (const bad of [1, 'str', null, undefined, Symbol.for('registered'), true]) {
  try { new WeakSet().add(bad); } catch (e) { console.log(e.constructor.name, e.message); }
  try { new WeakMap([[bad, 1]]); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(new WeakMap([[keys[1], 'x']]).get(keys[1]), wm, ws);
const target = { t: 1 };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref, Object.prototype.toString.call(ref), new WeakRef(Symbol('s')).deref().toString());
const fr = new FinalizationRegistry(held => console.log('cleanup', held));
const token = {};
console.log(fr.register(target, 'held', token), fr.unregister(token), fr.unregister(token), fr.unregister({}));
fr.register(keys[2], 'held2');
console.log(fr, typeof fr.cleanupSome);
Promise.resolve().then(() => console.log('job', ref.deref() === target));
