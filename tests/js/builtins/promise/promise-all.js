(async () => {
  console.log(await Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]));
  console.log(await Promise.all([]));
  console.log(await Promise.all('abc'));
  function* g() { yield 'x'; yield Promise.resolve('y'); }
  console.log(await Promise.all(g()));
  try { await Promise.all([1, Promise.reject(new Error('first')), Promise.reject(new Error('second'))]); } catch (e) { console.log('rejected', e.message); }
  try { await Promise.all(5); } catch (e) { console.log(e.constructor.name); }
  try { await Promise.all(); } catch (e) { console.log(e.constructor.name); }
  const order = [];
  const a = new Promise(r => r()).then(() => order.push('a'));
  const b = Promise.resolve().then(() => order.push('b'));
  const res = await Promise.all([b, a]);
  console.log(res, order);
  const sparse = await Promise.all([, 1]);
  console.log(sparse, 0 in sparse);
  console.log(Promise.all.length, Promise.all.name);
})();
