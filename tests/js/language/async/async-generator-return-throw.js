async function* g() {
  try { yield 1; yield 2; }
  catch (e) { console.log('caught in gen', e); yield 'after catch'; }
  finally { console.log('finally'); }
}
(async () => {
  let it = g();
  console.log(await it.next());
  console.log(await it.return('R'));
  console.log(await it.next());
  it = g();
  console.log(await it.return('before start'));
  it = g();
  await it.next();
  console.log(await it.throw('E'));
  console.log(await it.next());
  it = g();
  try { await it.throw(new Error('unstarted')); } catch (e) { console.log('rejected', e.message); }
  console.log(await it.next());
  it = g();
  console.log(await it.return(Promise.resolve('awaited return value')));
  it = g();
  try { await it.return(Promise.reject('rejected return')); } catch (e) { console.log('return rejected', e); }
  async function* rejectYield() { yield Promise.reject('yielded rejection'); yield 'never'; }
  it = rejectYield();
  try { await it.next(); } catch (e) { console.log('next rejected', e); }
  console.log(await it.next());
})();
