const out = [];
outer: for (let i = 0; i < 3; i++) {
  let j = 0;
  inner: while (true) {
    j++;
    if (j > 2) continue outer;
    if (i === 1) continue inner;
    out.push(`${i}.${j}`);
  }
}
console.log(out.join(' '));
let n = 0;
dw: do {
  n++;
  for (const x of [1, 2]) { if (x === 2) continue dw; }
} while (n < 3);
console.log(n);
const forInOut = [];
objs: for (const k in { a: 1, b: 2, c: 3 }) {
  for (const v of [1, 2]) { if (k === 'b') continue objs; forInOut.push(k + v); }
}
console.log(forInOut.join(','));
let fin = [];
lp: for (let i = 0; i < 3; i++) {
  try { if (i === 1) continue lp; fin.push('body' + i); } finally { fin.push('fin' + i); }
}
console.log(fin.join(','));
let sw = [];
sl: for (let i = 0; i < 3; i++) {
  switch (i) { case 1: continue sl; case 2: break sl; }
  sw.push(i);
}
console.log(sw);
const arrowInLoop = [];
al: for (let i = 0; i < 3; i++) {
  const f = () => { for (let z = 0; z < 5; z++) { if (z === 1) return z; } };
  arrowInLoop.push(f() + i);
  if (i === 1) break al;
}
console.log(arrowInLoop);
let gen = [];
function* g() { lab: for (let i = 0; i < 4; i++) { if (i === 2) continue lab; yield i; } }
for (const v of g()) gen.push(v);
console.log(gen);
let deepCount = 0;
a: for (let i = 0; i < 3; i++) b: for (let j = 0; j < 3; j++) c: for (let k = 0; k < 3; k++) { if (k === 1) continue b; if (j === 2) continue a; deepCount++; }
console.log(deepCount);
