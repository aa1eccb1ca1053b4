const thrower = (msg) => ({ valueOf() { throw new Error(msg); }, toString() { throw new Error(msg + ' (str)'); } });
const ops = {
  add: (x) => x + 1, sub: (x) => x - 1, mul: (x) => x * 2, lt: (x) => x < 1, eq: (x) => x == 1,
  tpl: (x) => `${x}`, str: (x) => String(x), num: (x) => Number(x), key: (x) => ({})[x], neg: (x) => -x, bit: (x) => x | 0,
  inc: (x) => { let y = x; y++; return y; }, idx: (x) => [1, 2][x], concat: (x) => 'a' + x, join: (x) => [x].join(),
};
for (const [name, fn] of Object.entries(ops)) {
  try { fn(thrower(name)); console.log(name, 'no throw'); } catch (e) { console.log(name, e.message); }
}
const order = [];
const a = { valueOf() { order.push('a'); return 1; } };
const b = { valueOf() { order.push('b'); return 2; } };
a + b; a < b; a > b; a * b;
console.log(order.join(''));
const c = { valueOf() { order.length = 0; order.push('c'); throw 'stop'; } };
try { c + b; } catch (e) { console.log(e, order.join('')); }
