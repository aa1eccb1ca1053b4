'use strict';
let s = '';
for (let i = 0; i < 5; i++) { if (i === 1) continue; if (i === 4) break; s += i; }
console.log(s);
let w = 0;
while (w < 10) w += 3;
console.log(w);
let d = 0;
do { d++; } while (d < 0);
console.log(d);
let iters = 0;
for (;;) { if (++iters === 4) break; }
console.log(iters);
const r = [];
for (let i = 0, j = 10; i < j; i += 3, j -= 3) r.push(i + ':' + j);
console.log(r.join(' '));
let count = 0;
for (const x of [1, 2, 3]) for (const y of [1, 2, 3]) if (x === y) count++;
console.log(count);
let comma = 0;
for (let i = 0; i < 3; i++, comma++);
console.log(comma);
let f = 1;
for (let n = 5; n > 0; n--) f *= n;
console.log(f);
