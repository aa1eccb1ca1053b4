(async () => {
  const t = `a${await 'b'}c${await Promise.resolve('d')}`;
  console.log(t);
  let calls = 0;
  const sideEffect = async () => { calls++; return true; };
  const r1 = false && await sideEffect();
  const r2 = true || await sideEffect();
  const r3 = null ?? await sideEffect();
  console.log(r1, r2, r3, 'calls', calls);
  console.log((await 1) ? await 'yes' : await 'no');
  const arr = [await 1, ...(await [2, 3]), await 4];
  console.log(arr);
  const { a = await 'default-a', b } = { b: await 'bee' };
  console.log(a, b);
  const fn = x => x * 3;
  console.log(fn(await 5), Math.max(await 1, await 9));
  const obj = { v: 1 };
  obj.v += await 41;
  console.log(obj.v);
  let i = 0;
  const arr2 = [];
  arr2[await i++] = await 'x';
  console.log(arr2, i);
  console.log(typeof await undefined, void await 1, !await false);
  console.log(await new Promise(r => r('constructed')));
  class K { constructor(v) { this.v = v; } }
  console.log(new K(await 'k').v);
  console.log([1, 2].includes(await 2), 'abc'[await 1]);
})();
