const log = [];
function run() {
  try {
    try {
      try { log.push('t1'); throw new Error('boom'); }
      finally { log.push('f1'); }
    } finally { log.push('f2'); }
  } catch (e) { log.push('c:' + e.message); }
  finally { log.push('f3'); }
}
run();
console.log(log.join(' '));
function ret() {
  const l = [];
  const r = (() => {
    try { try { return 'inner'; } finally { l.push('a'); } } finally { l.push('b'); }
  })();
  return [r, l];
}
console.log(ret());
function loopFinally() {
  const l = [];
  for (let i = 0; i < 3; i++) {
    try { try { if (i === 1) continue; l.push('body' + i); } finally { l.push('in' + i); } } finally { l.push('out' + i); }
  }
  return l.join(',');
}
console.log(loopFinally());
function breakOuter() {
  const l = [];
  outer: for (const a of [1, 2]) {
    for (const b of [1, 2]) {
      try { if (b === 2) break outer; l.push(a + '' + b); } finally { l.push('fin' + a + b); }
    }
  }
  return l.join(',');
}
console.log(breakOuter());
function throwInFinallyReplaces() {
  try { try { throw 'first'; } finally { throw 'second'; } } catch (e) { return e; }
}
console.log(throwInFinallyReplaces());
function catchInFinally() {
  const l = [];
  try { l.push('try'); } finally { try { throw 'x'; } catch (e) { l.push('caught ' + e); } finally { l.push('inner fin'); } }
  return l;
}
console.log(catchInFinally());
function finallyCount() {
  let n = 0;
  function g() { try { return n; } finally { n++; } }
  return [g(), g(), n];
}
console.log(finallyCount());
function deepReturn(d) { try { if (d === 0) return 'bottom'; return deepReturn(d - 1); } finally { log2.push(d); } }
const log2 = [];
console.log(deepReturn(4), log2.join(''));
function generatorFinally() {
  const l = [];
  function* gen() { try { yield 1; yield 2; } finally { l.push('gen cleanup'); } }
  for (const v of gen()) { l.push(v); break; }
  return l;
}
console.log(generatorFinally());
