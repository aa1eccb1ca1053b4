// Iterators see entries added during iteration, skip deleted ones, survive growth, shrink and clear.
const log = (...a) => console.log(...a);
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [k, v] of m) {
  seen.push(k + v);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
  if (k === 4) for (let i = 10; i < 200; i++) m.set(i, 'x'); // growth mid-iteration
  if (k === 50) for (let i = 10; i < 190; i++) m.delete(i);  // shrink mid-iteration
}
log(seen.length, seen.slice(0, 6), seen.slice(-3), m.size);
const s = new Set([1, 2, 3]);
const it1 = s.values(), it2 = s.entries();
log(it1.next().value, it2.next().value);
s.clear();
log(it1.next(), it2.next());
s.add('after');
log(it1.next(), it2.next(), it1.next());
const done = new Set([1]).values(); done.next(); done.next();
log(done.next());
const k = new Map([[1, 1]]).keys(); k.next();
log(k.next(), k.next());
const m2 = new Map(); const its = [];
for (let i = 0; i < 5; i++) { m2.set(i, i); its.push(m2.values()); }
for (let i = 0; i < 3; i++) m2.delete(i);
log(its.map(i => [...i].join(',')));
const s2 = new Set(); s2.add(1); const it3 = s2.keys(); s2.delete(1); s2.add(1);
log([...it3]);
const m3 = new Map([['x', 1]]); let calls = 0;
m3.forEach((v, key, map) => { calls++; if (calls < 5) map.set('x' + calls, calls); });
log(calls, [...m3.keys()]);
log(Object.prototype.toString.call(new Map().keys()), Object.prototype.toString.call(new Set().values()));
log(Object.getPrototypeOf(Object.getPrototypeOf(new Map().keys())) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
