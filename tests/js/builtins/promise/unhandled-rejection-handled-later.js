const p = Promise.reject(new Error('late'));
console.log('sync');
let chain = Promise.resolve();
for (let i = 0; i < 5; i++) chain = chain.then(() => console.log('tick', i));
chain.then(() => p.catch(e => console.log('handled later', e.message)));
const q = Promise.reject('q');
queueMicrotask(() => queueMicrotask(() => q.then(null, v => console.log('q handled', v))));
async function f() { throw 'from async'; }
const r = f();
(async () => { await null; await null; try { await r; } catch (e) { console.log('awaited', e); } })();
