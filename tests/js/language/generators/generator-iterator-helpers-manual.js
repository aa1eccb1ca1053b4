function* chunk(arr, n) { for (let i = 0; i < arr.length; i += n) yield arr.slice(i, i + n); }
console.log([...chunk([1, 2, 3, 4, 5, 6, 7], 3)]);
function* flatten(a, depth = Infinity) { for (const x of a) { if (Array.isArray(x) && depth > 0) yield* flatten(x, depth - 1); else yield x; } }
console.log([...flatten([1, [2, [3, [4]]]])], [...flatten([1, [2, [3, [4]]]], 1)]);
function* enumerate(it) { let i = 0; for (const x of it) yield [i++, x]; }
for (const [i, c] of enumerate('xyz')) console.log(i, c);
function* permutations(a) { if (a.length <= 1) { yield a; return; } for (let i = 0; i < a.length; i++) for (const p of permutations([...a.slice(0, i), ...a.slice(i + 1)])) yield [a[i], ...p]; }
console.log([...permutations([1, 2, 3])].map(p => p.join('')).join(' '));
function* entries(o) { for (const k of Object.keys(o)) yield [k, o[k]]; }
console.log(Object.fromEntries(entries({ a: 1, b: 2 })));
const obj = { from: 1, to: 4, *[Symbol.iterator]() { for (let v = this.from; v <= this.to; v++) yield v; } };
console.log([...obj], Array.from(obj, x => x * 2));
function* powerset(a) { if (!a.length) { yield []; return; } for (const s of powerset(a.slice(1))) { yield s; yield [a[0], ...s]; } }
console.log([...powerset(['a', 'b', 'c'])].map(s => s.join('') || '-').join(','));
