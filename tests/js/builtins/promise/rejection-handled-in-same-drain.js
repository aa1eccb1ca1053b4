const rejected = [];
for (let i = 0; i < 5; i++) rejected.push(Promise.reject('r' + i));
let chain = Promise.resolve();
for (let i = 0; i < 20; i++) chain = chain.then(() => {});
chain.then(() => Promise.allSettled(rejected)).then(rs => console.log(rs.map(r => r.reason).join(',')));
async function lazyHandler(p) { for (let i = 0; i < 10; i++) await null; try { await p; } catch (e) { console.log('lazy handled', e); } }
lazyHandler(Promise.reject('lazy'));
const a = Promise.reject('a');
const b = a.then(() => 'never');
b.catch(e => console.log('derived promise handled', e));
