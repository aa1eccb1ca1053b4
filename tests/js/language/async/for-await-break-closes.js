async function* g(name) { try { yield 1; yield 2; yield 3; } finally { console.log('finally', name); } }
const customLog = [];
const custom = {
  [Symbol.asyncIterator]() { let i = 0; return { next() { return Promise.resolve({ value: i++, done: false }); }, return() { customLog.push('custom return'); return Promise.resolve({ done: true }); } }; },
};
(async () => {
  for await (const x of g('break')) { if (x === 2) break; console.log('x', x); }
  try { for await (const x of g('throw')) throw new Error('body'); } catch (e) { console.log(e.message); }
  async function f() { for await (const x of g('return')) return 'returned ' + x; }
  console.log(await f());
  for await (const x of custom) { if (x > 1) break; }
  console.log(customLog);
  const syncIt = { [Symbol.iterator]() { return { i: 0, next() { return { value: this.i++, done: false }; }, return() { console.log('sync return called'); return {}; } }; } };
  for await (const x of syncIt) break;
  const badReturn = { [Symbol.asyncIterator]() { return { next: () => ({ value: 1, done: false }), return: () => 5 }; } };
  try { for await (const x of badReturn) break; } catch (e) { console.log('bad return', e.constructor.name); }
  for await (const x of g('complete')) {}
  console.log('end');
})();
