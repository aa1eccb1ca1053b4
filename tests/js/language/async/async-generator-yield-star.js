async function* inner() { const x = yield 'i1'; console.log('inner got', x); yield 'i2'; return 'inner-ret'; }
async function* outer() { const r = yield* inner(); console.log('outer got', r); yield* ['s1', Promise.resolve('s2')]; }
(async () => {
  const it = outer();
  console.log(await it.next('a'));
  console.log(await it.next('b'));
  console.log(await it.next('c'));
  console.log(await it.next('d'));
  console.log(await it.next('e'));
  const log = [];
  const custom = {
    [Symbol.asyncIterator]() { return this; },
    n: 0,
    next(v) { log.push('next ' + v); return Promise.resolve({ value: 'c' + this.n++, done: this.n > 2 }); },
    return(v) { log.push('return ' + v); return { value: 'cr', done: true }; },
    throw(e) { log.push('throw ' + e); return { value: 'ct', done: false }; },
  };
  async function* del() { yield* custom; }
  const d = del();
  console.log(await d.next('1'), await d.throw('T'), await d.return('R'));
  console.log(log);
  const syncOnly = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: Promise.resolve('sync' + i), done: i++ > 1 }) }; } };
  async function* fromSync() { yield* syncOnly; }
  for await (const v of fromSync()) console.log(v);
})();
