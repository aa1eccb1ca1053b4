(async () => {
  const r = await Promise.allSettled([1, Promise.reject('no'), Promise.resolve('yes'), { then(_, rej) { rej(new Error('thenable')); } }]);
  for (const x of r) console.log(x.status, x.value, x.reason instanceof Error ? x.reason.message : x.reason, Object.keys(x));
  console.log(await Promise.allSettled([]));
  console.log(await Promise.allSettled('hi'));
  try { await Promise.allSettled(null); } catch (e) { console.log(e.constructor.name); }
  console.log(Promise.allSettled.length, Promise.allSettled.name);
})();
