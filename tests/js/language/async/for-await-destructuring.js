async function* pairs() { yield ['a', 1]; yield ['b', 2]; }
async function* objs() { yield { id: 1, tags: ['x'] }; yield { id: 2 }; }
(async () => {
  for await (const [k, v] of pairs()) console.log(k, v);
  for await (const { id, tags: [first = 'none'] = [] } of objs()) console.log(id, first);
  let a, b;
  for await ([a, b] of pairs()) console.log('assign', a, b);
  const o = {};
  for await ({ id: o.last } of objs());
  console.log(o);
  for await (const [i, [k]] of (async function* () { let i = 0; for await (const p of pairs()) yield [i++, p]; })()) console.log(i, k);
  for await (var hoistedVar of ['v']);
  console.log(hoistedVar);
  for await (const x of [Promise.resolve(1), 2]) { const x2 = x * 2; console.log(x2); }
})();
