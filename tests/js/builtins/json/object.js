// The JSON object itself (its inspect form, tag, property attributes, function lengths and
// names), and the C fast path agreeing with the spec path (forced by a replacer) on plain data.
console.log(JSON);
console.log(Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag]);
console.log(Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'JSON').enumerable, Object.getPrototypeOf(JSON) === Object.prototype);
for (const name of ['parse', 'stringify']) {
  const d = Object.getOwnPropertyDescriptor(JSON, name);
  console.log(name, d.writable, d.enumerable, d.configurable, JSON[name].length, JSON[name].name);
  try { new JSON[name]('1'); } catch (e) { console.log(e.constructor.name); }
}
const docs = [
  { a: 1, b: 'two', c: [true, false, null], d: { e: 1.5, f: -0, g: [] }, h: {} },
  [1, 'x', [2, [3, [4]]], { '': 0, ' ': 1, '\n': 2 }],
  { 10: 'ten', 2: 'two', z: 'z', a: 'a', [Symbol('s')]: 1, u: undefined, fn() {} },
  'string with "quotes" and \\ and \u0000 and \ud800',
  [NaN, Infinity, -Infinity, 1e21, 1e-7, 123456789.125],
  Object.assign(Object.create(null), { nullProto: true }),
  Array.from({ length: 50 }, (_, i) => ({ i, s: 'v' + i, n: i % 3 ? null : [i] })),
];
for (const doc of docs) {
  for (const space of [undefined, 2, '--']) {
    const fast = JSON.stringify(doc, null, space);
    const slow = JSON.stringify(doc, (k, v) => v, space);
    console.log(fast === slow, fast.length);
  }
}
console.log(JSON.stringify(docs[0], null, 2));
