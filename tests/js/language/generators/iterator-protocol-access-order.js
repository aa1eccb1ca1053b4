const log = [];
function mkResult(v, d) {
  return { get value() { log.push('get value ' + v); return v; }, get done() { log.push('get done ' + v); return d; } };
}
const iterable = {
  [Symbol.iterator]() {
    log.push('@@iterator');
    let i = 0;
    return { get next() { log.push('get next'); return () => { log.push('call next'); return mkResult(i, i++ >= 2); }; } };
  },
};
function* g() { const r = yield* iterable; log.push('result ' + r); }
for (const x of g()) log.push('body ' + x);
console.log(log.join('\n'));
log.length = 0;
for (const x of iterable) log.push('forof ' + x);
console.log(log.join('\n'));
log.length = 0;
const [a, b] = iterable;
console.log(a, b, log.join('\n'));
log.length = 0;
(async () => {
  for await (const x of iterable) log.push('forawait ' + x);
  console.log(log.join('\n'));
  log.length = 0;
  const ai = { [Symbol.asyncIterator]() { log.push('@@asyncIterator'); let i = 0; return { get next() { log.push('get next'); return () => { log.push('call next'); return Promise.resolve(mkResult(i, i++ >= 2)); }; } }; } };
  async function* ag() { const r = yield* ai; log.push('result ' + r); }
  for await (const x of ag()) log.push('body ' + x);
  console.log(log.join('\n'));
})();
