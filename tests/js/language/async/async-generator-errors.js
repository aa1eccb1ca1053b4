async function* boom() { yield 1; throw new Error('boom inside'); }
async function* rejects() { yield 1; await Promise.reject(new RangeError('rejected await')); }
(async () => {
  try { for await (const x of boom()) console.log('boom yielded', x); } catch (e) { console.log('caught', e.message); }
  try { for await (const x of rejects()) console.log('rejects yielded', x); } catch (e) { console.log('caught', e.name); }
  const it = boom();
  await it.next();
  await it.next().catch(e => console.log('next rejected', e.message));
  console.log('after error', await it.next());
  async function* gen() { yield 1; }
  const g2 = gen();
  const results = await Promise.allSettled([g2.next(), g2.throw(new Error('queued throw')), g2.next()]);
  console.log(results.map(r => r.status + ':' + (r.status === 'fulfilled' ? String(r.value.value) + '|' + r.value.done : r.reason.message)));
})();
