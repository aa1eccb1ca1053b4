const o = { a: { b: { c() { return this === o.a.b; } } }, f: null, g: undefined, arr: [() => 'arr fn'] };
console.log(o?.a?.b?.c?.(), o.f?.(), o.g?.(), o.missing?.x.y.z, o.arr?.[0]?.());
console.log(o.a.b.c?.call?.(o.a.b), o.a.nope?.());
let n = null;
console.log(n?.x, n?.[0], n?.(), n?.x.y.z(), typeof n?.x);
let count = 0;
const side = () => { count++; return 'k'; };
n?.[side()];
console.log(count);
const fnObj = { m() { return this; } };
console.log(fnObj?.m() === fnObj, fnObj.m?.() === fnObj);
try { o.a.nope(); } catch (e) { console.log(e instanceof TypeError); }
try { o.f?.x.y; console.log('no throw null chain'); } catch (e) { console.log('threw'); }
try { (o.f?.x).y; } catch (e) { console.log('parens break chain', e instanceof TypeError); }
console.log(o?.['a']?.['b'] !== undefined, 0?.toString(), ''?.length, false?.valueOf());
const deep = { l1: { l2: { l3: { l4: 'deep' } } } };
console.log(deep?.l1?.l2?.l3?.l4, deep?.l1?.lx?.l3?.l4);
const calls = [];
const chain = { step(n) { calls.push(n); return n < 3 ? chain : null; } };
chain.step(1)?.step(2)?.step(3)?.step(4)?.step(5);
console.log(calls);
console.log(delete o?.f, "f" in o);
class K { #p = 'priv'; static get(k) { return k?.#p; } }
console.log(K.get(new K()), K.get(null));
const tag = null;
console.log(o.a?.b.c.name, o.a?.b['c'].length);
