const results = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i % 2) throw new Error('odd ' + i);
    results.push('ok ' + i);
  } catch (e) {
    results.push(e.message);
    if (i === 3) break;
  } finally {
    results.push('f' + i);
  }
}
console.log(results.join(', '));
function retry(times) {
  let attempts = 0;
  while (true) {
    try { attempts++; if (attempts < times) throw 'fail'; return 'success after ' + attempts; }
    catch (e) { continue; }
  }
}
console.log(retry(4));
function collect() {
  const errs = [];
  for (const f of [() => null.x, () => undefined(), () => { throw 'raw'; }, () => 'fine']) {
    try { errs.push('ok:' + f()); } catch (e) { errs.push(typeof e === 'string' ? e : e.constructor.name); }
  }
  return errs;
}
console.log(collect());
let count = 0;
for (let i = 0; i < 1000; i++) { try { throw i; } catch (e) { count += e; } }
console.log(count);
let nested = [];
for (let i = 0; i < 2; i++) {
  try { for (let j = 0; j < 2; j++) { try { if (j) throw j; nested.push(`${i}${j}`); } finally { nested.push('in'); } } }
  catch (e) { nested.push('caught' + e); }
}
console.log(nested.join(' '));
function loopReturnFinally() {
  const l = [];
  for (const x of [1, 2, 3]) { try { if (x === 2) return l; } finally { l.push(x); } }
}
console.log(loopReturnFinally());
