const countdown = {
  from: 3,
  [Symbol.asyncIterator]() {
    let n = this.from;
    return { next: async () => n > 0 ? { value: n--, done: false } : { value: 'ignored', done: true } };
  },
};
const both = {
  [Symbol.iterator]() { return ['sync'][Symbol.iterator](); },
  async *[Symbol.asyncIterator]() { yield 'async wins'; },
};
const nonPromiseNext = { [Symbol.asyncIterator]() { let i = 0; return { next() { return { value: 'plain' + i, done: i++ >= 2 }; } }; } };
(async () => {
  for await (const n of countdown) console.log('countdown', n);
  for await (const v of both) console.log(v);
  for await (const v of nonPromiseNext) console.log(v);
  const valuePromise = { [Symbol.asyncIterator]() { let d = false; return { next() { const r = { value: Promise.resolve('not unwrapped'), done: d }; d = true; return r; } }; } };
  for await (const v of valuePromise) console.log(v instanceof Promise);
  try { for await (const v of 5) {} } catch (e) { console.log('non-iterable', e.constructor.name); }
  try { for await (const v of { [Symbol.asyncIterator]() { return { next() { return 1; } }; } }) {} } catch (e) { console.log('non-object result', e.constructor.name); }
  try { for await (const v of { [Symbol.asyncIterator]: () => 5 }) {} } catch (e) { console.log('non-object iterator', e.constructor.name); }
})();
