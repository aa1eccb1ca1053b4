'use strict';
const out = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    out.push(i + '' + j);
  }
}
console.log(out.join(','));
block: { out.length = 0; out.push('in block'); if (out.length) break block; out.push('not reached'); }
console.log(out.join(','));
let n = 0;
loop: while (true) { n++; do { if (n > 3) break loop; continue loop; } while (false); }
console.log(n);
const r = [];
a: b: for (const x of [1, 2, 3]) { if (x === 2) continue a; if (x === 3) break b; r.push(x); }
console.log(r);
const r2 = [];
lbl: for (const k in { p: 1, q: 2, s: 3 }) { for (;;) { if (k === 'q') continue lbl; r2.push(k); break; } }
console.log(r2);
const r3 = [];
sw: switch (1) { case 1: for (;;) { r3.push('loop'); break sw; } case 2: r3.push('fell'); }
console.log(r3);
let count = 0;
outer2: for (let i = 0; i < 3; i++) { try { for (;;) { count++; continue outer2; } } finally { count += 10; } }
console.log(count);
const fns = [];
l1: for (let i = 0; i < 3; i++) { fns.push(() => i); if (i === 1) continue l1; }
console.log(fns.map((f) => f()));
lbl2: { try { break lbl2; } finally { console.log('finally on labeled break'); } }
x: if (true) { console.log('labeled if'); break x; }
