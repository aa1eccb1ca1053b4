async function f1() { try { await Promise.reject(new Error('r1')); } catch (e) { return 'caught ' + e.message; } }
async function f2() { try { return await Promise.reject('r2'); } finally { console.log('f2 finally'); } }
async function f3() { try { return Promise.reject('r3'); } catch (e) { return 'not caught here'; } }
async function f4() { try { await null; throw new TypeError('t4'); } catch (e) { await null; return e.name; } finally { console.log('f4 finally'); } }
async function f5() { try { return 'try'; } finally { await null; console.log('f5 finally after await'); } }
async function f6() { try { throw 1; } finally { return 'finally wins'; } }
async function f7() { throw new RangeError('sync-looking throw'); }
async function f8() { try { await f7(); } catch (e) { return e instanceof RangeError; } }
async function f9() { for (const x of [1, 2, 3]) { try { if (x === 2) continue; await x; console.log('f9 x', x); } finally { console.log('f9 fin', x); } } }
(async () => {
  console.log(await f1());
  try { await f2(); } catch (e) { console.log('f2 rejected', e); }
  try { await f3(); console.log('f3 resolved'); } catch (e) { console.log('f3 rejected', e); }
  console.log(await f4());
  console.log(await f5());
  console.log(await f6());
  const p = f7();
  console.log('f7 returned promise', p instanceof Promise);
  try { await p; } catch (e) { console.log('f7', e.message); }
  console.log(await f8());
  await f9();
  console.log('done');
})();
