(async () => {
  console.log(await Promise.race([Promise.resolve('a'), Promise.resolve('b')]));
  console.log(await Promise.race([new Promise(r => Promise.resolve().then(() => r('slow'))), 'fast']));
  try { await Promise.race([Promise.reject('rej first'), Promise.resolve('ok')]); } catch (e) { console.log('caught', e); }
  const never = Promise.race([]);
  let settled = false;
  never.then(() => { settled = true; });
  await null; await null;
  console.log('empty race settled?', settled);
  console.log(await Promise.race('xyz'));
  try { await Promise.race({}); } catch (e) { console.log(e.constructor.name); }
  console.log(Promise.race.length, Promise.race.name);
})();
