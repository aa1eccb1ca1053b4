// JSON.stringify: primitives, wrappers, toJSON (own, inherited, on prototypes), replacer
// functions and arrays (deduplicated, numbers and wrappers as keys), space (numbers clamped
// to 10, strings cut to 10, wrapper objects), skipped values, well-formed strings, key order.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
for (const v of [null, true, false, 0, -0, 1.5, -1e21, 1e21, 1e-7, NaN, Infinity, -Infinity, '', 'a"b\\c', '\b\f\n\r\t\u0001\u001f\u007f',
  '\ud800', '\udc00', '\ud83d\ude00', '\ude00\ud83d', 'h\u00e9llo \u4e16', undefined, Symbol('x'), function () {}, [], {},
  new Number(3), new String('s'), new Boolean(false), Object(Symbol('q'))]) {
  t(() => JSON.stringify(v));
}
t(() => JSON.stringify({ a: undefined, b: function () {}, c: Symbol(), d: 1, [Symbol('k')]: 2 }));
t(() => JSON.stringify([undefined, function () {}, Symbol(), 1]));
t(() => JSON.stringify({ b: 1, 2: 2, a: 3, 1: 4, '-1': 5 }));
t(() => JSON.stringify(Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false })));
t(() => JSON.stringify({ get g() { return 'getter'; }, x: 1 }));
t(() => JSON.stringify({ toJSON(key) { return 'toJSON:' + key; } }));
t(() => JSON.stringify({ p: { toJSON(key) { return 'key=' + key; } }, q: [{ toJSON(key) { return typeof key + key; } }] }));
class Point { constructor(x) { this.x = x; } toJSON() { return { px: this.x }; } }
t(() => JSON.stringify([new Point(1), { nested: new Point(2) }]));
t(() => { Object.prototype.toJSON = function () { return 'proto'; }; try { return JSON.stringify({ a: 1 }); } finally { delete Object.prototype.toJSON; } });
t(() => { Array.prototype.toJSON = function () { return 'arr'; }; try { return JSON.stringify({ a: [1] }); } finally { delete Array.prototype.toJSON; } });
t(() => { Number.prototype.toJSON = function () { return 'num'; }; try { return JSON.stringify([1, new Number(2)]); } finally { delete Number.prototype.toJSON; } });
t(() => { String.prototype.toJSON = function () { return 'str'; }; try { return JSON.stringify(['a']); } finally { delete String.prototype.toJSON; } });
t(() => JSON.stringify({ toJSON: 5, a: 1 }));
t(() => JSON.stringify({ a: 1, b: [1, 2], c: { d: 'x' } }, function (k, v) { return typeof v === 'number' ? v + 100 : v; }));
t(() => { const seen = []; JSON.stringify({ a: { b: 1 } }, function (k, v) { seen.push([k, this === undefined ? 'u' : Object.keys(this).join('|')]); return v; }); return JSON.stringify(seen); });
t(() => JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 }, 1: 'one' }, ['a', 'c', 'a', 1, new String('b'), new Number(1), {}, true]));
t(() => JSON.stringify([{ a: 1, b: 2 }], ['b']));
t(() => JSON.stringify({ a: 1 }, 'not a replacer'));
t(() => JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
t(() => JSON.stringify({ a: [1, { b: 2 }], e: [], o: {} }, null, 4));
t(() => JSON.stringify([1, [2, [3]]], null, 100));
t(() => JSON.stringify({ a: 1 }, null, 1.9));
t(() => JSON.stringify({ a: 1 }, null, -5));
t(() => JSON.stringify({ a: 1 }, null, new Number(2)));
t(() => JSON.stringify({ a: 1 }, null, new String('\t')));
t(() => JSON.stringify({ a: 1 }, null, true));
t(() => JSON.stringify({ a: 1 }, null, ''));
t(() => JSON.stringify({ a: [] }, null, 2));
t(() => JSON.stringify({ a: {} }, ['x'], 2));
t(() => JSON.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
t(() => JSON.stringify(Object.create(null)));
t(() => { const a = [1, 2, 3]; a.extra = 4; return JSON.stringify(a); });
t(() => { const a = [1, , 3]; return JSON.stringify(a); });
t(() => { const a = [1, 2]; Array.prototype[1] = 'from proto'; try { return JSON.stringify([0, , 2]); } finally { delete Array.prototype[1]; } });
t(() => JSON.stringify({ '\ud800key': 1, 'a\nb': 2 }));
t(() => JSON.stringify('x'.repeat(20) + '\u2028\u2029'));
t(() => { let n = 0; const o = { get a() { n++; return n; } }; return JSON.stringify([o, o]); });
t(() => JSON.stringify({ a: new Boolean(true), b: new String('w'), c: new Number(-0) }));
t(() => { const s = new String('boxed'); s.toString = () => 'custom'; return JSON.stringify([s]); });
t(() => { const n = new Number(1); n.valueOf = () => 42; return JSON.stringify({ n }); });
t(() => JSON.stringify({ a: 1 }, (k, v) => (k === '' ? [v, v] : v)));
t(() => JSON.stringify(1, (k, v) => (k === '' ? { key: k, v } : v)));
t(() => typeof JSON.stringify(undefined) + ' ' + typeof JSON.stringify(() => 1) + ' ' + typeof JSON.stringify(Symbol()));
t(() => JSON.stringify(-0) + ' ' + JSON.stringify([-0, 0.1 + 0.2, 1e300 * 10, 123e-20]));
t(() => JSON.stringify(function () {}, (k, v) => 'replaced'));
t(() => JSON.stringify({ arguments: (function () { return arguments; })(1, 2) }));
