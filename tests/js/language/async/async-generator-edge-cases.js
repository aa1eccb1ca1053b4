async function* g() { try { yield 1; } finally { await null; console.log('awaited in finally'); yield 'from finally'; console.log('resumed'); } }
(async () => {
  const it = g();
  await it.next();
  console.log(await it.return('R'));
  console.log(await it.next());
  console.log(await it.next());
  // throw while suspendedStart on async gen
  async function* h() { yield 1; }
  const h1 = h();
  const r1 = h1.throw(new Error('x')).catch(e => 'rej ' + e.message);
  console.log(await r1, await h1.next());
  // return on completed with thenable
  const h2 = h(); await h2.return();
  console.log(await h2.return({ then(r) { r('thenable ret'); } }));
  // yield* async from throw when inner lacks throw
  const inner = { [Symbol.asyncIterator]() { return { next() { return { value: 'v', done: false }; }, return() { console.log('inner return called'); return { done: true }; } }; } };
  async function* d() { yield* inner; }
  const di = d(); await di.next();
  try { await di.throw('E'); } catch (e) { console.log('throw w/o throw method', e.constructor.name); }
  // yield* inner return missing -> return passes through
  const inner2 = { [Symbol.asyncIterator]() { return { next() { return { value: 'v', done: false }; } }; } };
  async function* d2() { try { yield* inner2; } finally { console.log('d2 finally'); } }
  const d2i = d2(); await d2i.next();
  console.log(await d2i.return('RR'));
  // async gen yield awaits value: yield rejected promise inside try
  async function* y() { try { yield Promise.reject('boom'); } catch (e) { console.log('caught in gen', e); yield 'recovered'; } }
  const yi = y();
  console.log(await yi.next());
  console.log(await yi.next());
  // return(value) where value is rejected promise while suspended at yield inside try/catch
  async function* z() { try { yield 1; } catch (e) { console.log('z caught', e); yield 'z recovered'; } }
  const zi = z(); await zi.next();
  console.log(await zi.return(Promise.reject('rr')));
})();
