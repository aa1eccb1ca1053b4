const log = [];
const o = {
  _x: 10,
  get x() { log.push('get'); return this._x; },
  set x(v) { log.push('set ' + v); this._x = v; },
};
o.x += 5; console.log(log.join(', '), o._x); log.length = 0;
o.x *= 2; console.log(log.join(', '), o._x); log.length = 0;
o.x **= 2; console.log(log.join(', '), o._x); log.length = 0;
o.x -= 1; o.x /= 2; console.log(o._x); log.length = 0;
o.x %= 7; o.x <<= 2; o.x >>= 1; o.x >>>= 0; o.x |= 1; o.x &= 0xff; o.x ^= 3;
console.log(o._x, log.filter((l) => l === 'get').length, log.filter((l) => l.startsWith('set')).length); log.length = 0;
o.x ||= 'no'; console.log(log.join(', ')); log.length = 0;
o.x &&= 'yes'; console.log(log.join(', '), o._x); log.length = 0;
o.x ??= 'nullish'; console.log(log.join(', ')); log.length = 0;
o._x = null; o.x ??= 'filled'; console.log(log.join(', '), o._x); log.length = 0;
o._x = 0; o.x ||= 'or filled'; console.log(log.join(', '), o._x); log.length = 0;
o._x = 1; o['x'] += 1;
console.log(o._x);
const str = { get s() { return 'ab'; }, set s(v) { this.result = v; } };
str.s += 'c';
console.log(str.result);
const arr = [1, 2, 3];
let i = 0;
arr[i++] += 10;
console.log(arr, i);
const nested = { a: { b: { c: 1 } } };
nested.a.b.c += nested.a.b.c;
console.log(nested.a.b.c);
let called = 0;
const getObj = () => { called++; return o; };
o._x = 5; getObj().x += 1;
console.log(called, o._x);
