// Map and Set compare BigInt keys by value (SameValueZero).
const m = new Map([[1n, "one"], [2n ** 70n, "huge"], [-5n, "negative"]]);
console.log(m.get(1n), m.get(2n ** 70n), m.get(-5n), m.has(5n), m.get(0n));
m.set(BigInt(1), "replaced");
console.log(m.size, m.get(1n), [...m.keys()]);
const s = new Set([0n, -0n, 1n, 1, "1"]);
console.log(s.size, s.has(0n), s.has(1n), s.has(1));
