const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()));
const cond = [];
for (let i = 0; cond.push(() => i), i < 2; i++);
console.log(cond.map((f) => f()));
const upd = [];
for (let i = 0; i < 3; upd.push(() => i), i++);
console.log(upd.map((f) => f()));
const mut = [];
for (let i = 0; i < 6; i++) { mut.push(() => i); i++; }
console.log(mut.map((f) => f()));
const two = [];
for (let i = 0, j = 10; i < 3; i++, j--) two.push(() => [i, j]);
console.log(two.map((f) => f()));
const inner = [];
for (let i = 0; i < 2; i++) { let i2 = i * 10; inner.push(() => i2); }
console.log(inner.map((f) => f()));
const forIn = [];
for (let k in { a: 1, b: 2 }) forIn.push(() => k);
console.log(forIn.map((f) => f()));
const forOf = [];
for (const [a, b] of [[1, 2], [3, 4]]) forOf.push(() => a + b);
console.log(forOf.map((f) => f()));
const captureInInit = [];
for (let i = (captureInInit.push(() => i), 0); i < 2; i++);
console.log(captureInInit.map((f) => f()));
let outerI = 'outer';
for (let outerI = 0; outerI < 1; outerI++);
console.log(outerI);
const whileFns = [];
let w = 0;
while (w < 3) { let copy = w; whileFns.push(() => copy); w++; }
console.log(whileFns.map((f) => f()));
const nested = [];
for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) nested.push(() => `${i}${j}`);
console.log(nested.map((f) => f()).join(' '));
const breakFns = [];
for (let i = 0; ; i++) { breakFns.push(() => i); if (i === 2) break; }
console.log(breakFns.map((f) => f()));
const contFns = [];
for (let i = 0; i < 4; i++) { if (i % 2) continue; contFns.push(() => i); }
console.log(contFns.map((f) => f()));
