const log = [];
async function* g() {
  const a = await Promise.resolve('awaited');
  log.push(a);
  const b = yield a;
  log.push('b=' + b);
  const c = yield await Promise.resolve('yield await');
  log.push('c=' + c);
  yield* (async function* () { yield 'inner1'; yield await 'inner2'; })();
  yield Promise.resolve('yield promise unwraps');
  for await (const x of [Promise.resolve('fa1'), 'fa2']) yield x;
}
(async () => {
  const it = g();
  let r, i = 0;
  while (!(r = await it.next('v' + i++)).done) console.log(r.value);
  console.log(log);
})();
