// JSON.parse values: numbers (exact rounding, -0, huge and tiny), escapes, surrogates,
// duplicate keys (last wins, first position), __proto__ as a plain own property, array-index
// keys, whitespace.
const show = (text) => {
  const v = JSON.parse(text);
  console.log(JSON.stringify(text), '->', typeof v, JSON.stringify(v));
  return v;
};
for (const t of ['0', '-0', '1', '-1', '123456789', '1234567890', '-2147483648', '2147483648', '9007199254740993',
  '1.5', '-1.25e-3', '1e400', '-1e400', '1e-400', '0.1', '0.30000000000000004', '2.2250738585072011e-308',
  '5e-324', '1.7976931348623157e308', '123.456e+2', '1E2', '0e0', '[0.0,-0.0]']) {
  show(t);
}
console.log(Object.is(JSON.parse('-0'), -0), Object.is(JSON.parse('[-0]')[0], -0), Object.is(JSON.parse('-0.0'), -0));
for (const t of ['"plain"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u4e2d"', '"\\ud83d\\ude00"', '"\\ud800"',
  '"\\udc00x"', '"h\u00e9llo \u4e16\u754c"', '"\ud83d\ude00"', '""', ' \t\r\n "ws" \t\r\n ']) {
  const v = show(t);
  console.log(v.length, [...v].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
const dup = JSON.parse('{"a":1,"b":2,"a":3}');
console.log(Object.keys(dup), dup.a);
const proto = JSON.parse('{"__proto__":{"x":1},"y":2}');
console.log(Object.getPrototypeOf(proto) === Object.prototype, Object.keys(proto), proto.x, JSON.stringify(proto.__proto__));
console.log(Object.getOwnPropertyDescriptor(proto, '__proto__'));
const idx = JSON.parse('{"b":1,"2":2,"1":3,"a":4,"-1":5,"01":6}');
console.log(Object.keys(idx), JSON.stringify(idx));
const nested = JSON.parse('{"a":[1,[2,[3,{"b":{"c":[]}}]]],"d":{}}');
console.log(JSON.stringify(nested), Array.isArray(nested.a), nested.d.constructor === Object);
const big = JSON.parse(JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, name: 'n' + i, tags: ['x', i % 7] }))));
console.log(big.length, big[299].name, big[123].tags[1]);
console.log(JSON.parse(new String('[1]'))[0], JSON.parse({ toString() { return '"obj"'; } }), JSON.parse(12), JSON.parse(null), JSON.parse(true));
try { JSON.parse(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { JSON.parse(Symbol('s')); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
