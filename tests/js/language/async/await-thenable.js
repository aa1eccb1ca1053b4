const thenable = { then(res, rej) { console.log('then called', typeof res, typeof rej); res('thenable value'); } };
const rejecting = { then(_, rej) { rej(new Error('thenable rejection')); } };
const throwing = { then() { throw new Error('then threw'); } };
const throwsAfter = { then(res) { res('first'); throw new Error('ignored'); } };
const getterCount = { get then() { console.log('then getter'); return r => r('got'); } };
const nonFnThen = { then: 42 };
const nested = { then(r) { r({ then(r2) { r2('deep'); } }); } };
(async () => {
  console.log(await thenable);
  try { await rejecting; } catch (e) { console.log(e.message); }
  try { await throwing; } catch (e) { console.log(e.message); }
  console.log(await throwsAfter);
  console.log(await getterCount);
  console.log((await nonFnThen).then);
  console.log(await nested);
  const fn = function () {}; fn.then = r => r('function thenable');
  console.log(await fn);
})();
console.log('sync end');
