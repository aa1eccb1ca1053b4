(async () => {
  const fns = [];
  for (let i = 0; i < 3; i++) { await null; fns.push(() => i); }
  console.log(fns.map(f => f()));
  const results = [];
  for (const x of ['a', 'b']) { const v = await Promise.resolve(x.toUpperCase()); results.push(v); }
  console.log(results);
  let total = 0;
  for (let i = 0; i < 5; i++) { if (i % 2) continue; total += await i; }
  console.log(total);
  let w = 0;
  while (await Promise.resolve(w < 3)) w++;
  console.log('while', w);
  const o = { a: 1, b: 2 };
  for (const k in o) { o[k] = await (o[k] * 10); }
  console.log(o);
  const mapped = await Promise.all([1, 2, 3].map(async x => { await null; return x * x; }));
  console.log(mapped);
  const seq = [];
  await [1, 2, 3].reduce(async (prev, x) => { await prev; seq.push(x); }, Promise.resolve());
  console.log(seq);
  label: for (const a of [1, 2]) { for (const b of [1, 2]) { await null; if (b === 2) continue label; console.log('pair', a, b); } }
  switch (await 'x') { case 'x': console.log('switch matched'); }
  console.log(await (async () => { try { return await 'from try'; } finally { await null; } })());
})();
