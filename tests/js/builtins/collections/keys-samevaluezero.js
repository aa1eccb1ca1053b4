// SameValueZero keys: NaN, -0/+0, int/double, strings by content (ropes too), objects and symbols by identity.
const m = new Map();
m.set(NaN, 1); m.set(0 / 0, 2); m.set(-0, 'z'); m.set(1, 'one'); m.set(1.0, 'one again'); m.set(2 ** 31, 'big');
console.log(m.size, m.get(NaN), m.get(0), m.get(-0), m.get(1), m.get(2147483648), m.get(2 ** 31 + 0.5));
console.log(Object.is([...m.keys()][1], 0), [...m.keys()]);
let rope = ''; for (let i = 0; i < 30; i++) rope += 'ab';
m.set(rope, 'rope');
console.log(m.get('ab'.repeat(30)), m.has('ab'.repeat(29)), m.get('ab'.repeat(30) + ''));
const o1 = {}, o2 = {}, sym = Symbol('k');
m.set(o1, 'o1').set(sym, 'sym').set('1', 'string one').set(true, 't').set(null, 'n').set(undefined, 'u');
console.log(m.get(o1), m.get(o2), m.get(sym), m.get(Symbol('k')), m.get('1'), m.get(1), m.get(true), m.get(null), m.get(undefined));
const s = new Set([NaN, NaN, 0, -0, '0', 0.1 + 0.2, 0.3]);
console.log(s.size, [...s]);
const many = new Map();
for (let i = 0; i < 5000; i++) many.set('k' + i, i);
for (let i = 0; i < 5000; i += 2) many.delete('k' + i);
let sum = 0; for (const v of many.values()) sum += v;
console.log(many.size, sum, many.get('k4999'), many.get('k4998'));
many.clear(); console.log(many.size, [...many]);
