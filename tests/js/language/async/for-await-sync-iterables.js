(async () => {
  for await (const x of [1, Promise.resolve(2), 3]) console.log('arr', x);
  for await (const c of 'ab') console.log('str', c);
  function* g() { yield Promise.resolve('g1'); yield 'g2'; }
  for await (const v of g()) console.log('gen', v);
  try { for await (const v of [Promise.reject(new Error('rej'))]) console.log('no'); } catch (e) { console.log('caught', e.message); }
  let i = 0;
  for await (const { a, b = 'def' } of [{ a: 1 }, Promise.resolve({ a: 2, b: 3 })]) console.log(a, b);
  let target;
  for await (target of [10, 20]) {}
  console.log('target', target);
  const obj = {};
  for await (obj.prop of ['p']) {}
  console.log(obj);
  label: for await (const x of [1, 2, 3]) { for (const y of [1, 2]) { if (y === 2) continue label; console.log(x, y); } }
})();
const order = [];
(async () => { for await (const x of [1, 2, 3]) order.push('F' + x); })();
(async () => { for (const x of [1, 2, 3]) { await x; order.push('A' + x); } })();
Promise.resolve().then(() => 0).then(() => 0).then(() => 0).then(() => 0).then(() => 0).then(() => 0).then(() => 0).then(() => console.log(order.join(' ')));
