// JSON.parse's reviver (InternalizeJSONProperty): order of calls, this, deleting with
// undefined, replacing values, the root holder, modifications seen by later calls.
const log = [];
const r = JSON.parse('{"a":[1,2,{"b":3}],"c":{"d":4},"e":5}', function (key, value) {
  log.push(JSON.stringify(key) + ' ' + JSON.stringify(value) + ' this=' + (Array.isArray(this) ? 'array' : typeof this));
  if (key === 'e') return undefined;
  if (typeof value === 'number') return value * 10;
  return value;
});
console.log(log.join('\n'));
console.log(JSON.stringify(r));
let root;
JSON.parse('1', function (k, v) { root = this; return v; });
console.log(Object.keys(root), Object.getPrototypeOf(root) === Object.prototype, root[''], Object.getOwnPropertyDescriptor(root, ''));
console.log(JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)));
console.log(JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === 'a') { delete this.b; this.z = 9; } return v; }));
console.log(JSON.parse('[1,2]', function (k, v) { if (k === '0') this[1] = { q: 1 }; return v; }));
console.log(JSON.parse('{"x":1}', function (k, v) { return k === '' ? 'root replaced' : v; }));
console.log(JSON.parse('{"x":1}', 'not callable'));
console.log(JSON.parse('[1]', (k, v) => { if (Array.isArray(v)) Object.freeze(v); return k === '0' ? 5 : v; }));
try { JSON.parse('[1]', () => { throw new RangeError('from reviver'); }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const sym = JSON.parse('{"a":1}', function (k, v) { if (k === '') Object.defineProperty(v, Symbol.iterator, { value: 1, enumerable: true }); return v; });
console.log(Object.getOwnPropertySymbols(sym).length);
