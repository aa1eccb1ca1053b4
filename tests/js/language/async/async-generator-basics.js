async function* ag() { yield 1; yield Promise.resolve(2); const x = yield 3; console.log('received', x); return 'ret'; }
const it = ag();
console.log(typeof it.next, it[Symbol.asyncIterator]() === it, typeof it[Symbol.iterator]);
(async () => {
  const p = it.next();
  console.log(p instanceof Promise);
  console.log(await p);
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next('sent'));
  console.log(await it.next());
  const out = [];
  for await (const v of ag()) out.push(v);
  console.log(out);
  async function* awaitInside() { const a = await Promise.resolve('aw'); yield a; yield await 'b'; }
  for await (const v of awaitInside()) console.log(v);
  console.log(Object.prototype.toString.call(it));
})();
