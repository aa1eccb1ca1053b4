// petrel: no-gc-stress (a collection per safepoint over 20000 live generators takes minutes)
function* counter(id) { let n = 0; while (true) { const cmd = yield id + ':' + n; if (cmd === 'reset') n = 0; else n++; } }
const gens = [];
for (let i = 0; i < 200; i++) { const g = counter(i); g.next(); gens.push(g); }
let out = [];
for (let round = 0; round < 3; round++) for (const g of gens) out.push(g.next().value);
console.log(out.length, out[0], out[199], out[200], out[599]);
console.log(gens[5].next('reset').value, gens[5].next().value);
for (const g of gens) g.return();
console.log(gens.every(g => g.next().done));
function* leaf(n) { yield n; }
let sum = 0;
for (let i = 0; i < 20000; i++) for (const v of leaf(i)) sum += v;
console.log(sum);
