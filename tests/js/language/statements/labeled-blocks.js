outer: {
  console.log('in block');
  if (true) break outer;
  console.log('not reached');
}
console.log('after block');
a: b: c: { console.log('multi'); break b; }
function f() {
  let log = [];
  found: {
    for (const x of [1, 2, 3]) {
      if (x === 2) { log.push('found ' + x); break found; }
    }
    log.push('not found');
  }
  return log;
}
console.log(f());
lbl: if (true) { console.log('labeled if'); break lbl; }
lbl2: try { console.log('labeled try'); break lbl2; } finally { console.log('finally in labeled'); }
outer2: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer2;
    if (i === 2) break outer2;
    console.log(i, j);
  }
}
x: { y: { break x; } console.log('skipped'); }
console.log('end');
let n = 0;
loop: while (true) { n++; switch (n) { case 3: break loop; default: continue loop; } }
console.log(n);
blk: { const inner = () => 'closure in labeled'; console.log(inner()); }
lbl3: function labeledFn() {}
console.log(typeof labeledFn);
let count = 0;
d: do { count++; if (count < 5) continue d; } while (count < 3);
console.log(count);
