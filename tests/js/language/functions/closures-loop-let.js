var fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()));
fs = [];
for (var j = 0; j < 3; j++) fs.push(() => j);
console.log(fs.map(f => f()));
fs = [];
for (let i = 0; i < 3; i++) { fs.push(() => i); i++; }
console.log(fs.map(f => f()));
fs = [];
for (const k in { a: 1, b: 2 }) fs.push(() => k);
console.log(fs.map(f => f()));
fs = [];
for (const v of [10, 20]) fs.push(() => v);
console.log(fs.map(f => f()));
fs = [];
let w = 0;
while (w < 3) { let copy = w; fs.push(() => copy); w++; }
console.log(fs.map(f => f()));
fs = [];
for (let i = 0; i < 3; i++) { fs.push(() => i); if (i === 1) break; }
console.log(fs.map(f => f()));
fs = [];
for (let i = 0; i < 4; i++) { if (i % 2) continue; fs.push(() => i); }
console.log(fs.map(f => f()));
fs = [];
for (let [a, b] of [[1, 2], [3, 4]]) fs.push(() => a + b);
console.log(fs.map(f => f()));
fs = [];
for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) fs.push(() => "" + i + j);
console.log(fs.map(f => f()).join());
fs = [];
for (let i = 0; fs.push(() => i), i < 2; i++);
console.log(fs.map(f => f()));
try { for (let x = x; ;) break; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
