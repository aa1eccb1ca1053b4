// JSON.stringify's TypeErrors: V8's circular-structure message (start, path, ellipsis,
// closing key, constructor names), errors thrown by toJSON, getters and replacers.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => { const a = {}; a.a = a; return JSON.stringify(a); });
t(() => { const a = { x: { y: [] } }; a.x.y.push(a); return JSON.stringify(a); });
t(() => { const a = []; a.push({ b: a }); return JSON.stringify(a); });
t(() => { class Foo {} const a = new Foo(); a.self = { z: a }; return JSON.stringify(a); });
t(() => { const a = Object.create(null); a.q = { r: a }; return JSON.stringify(a); });
t(() => { const a = {}; a.x = {}; a.x.y = {}; a.x.y.z = a.x; return JSON.stringify(a); });
t(() => { const a = {}; a.x = {}; a.x.y = {}; a.x.y.z = {}; a.x.y.z.w = a.x; return JSON.stringify(a); });
t(() => { const a = {}; a.x = {}; a.x.y = {}; a.x.y.z = {}; a.x.y.z.w = {}; a.x.y.z.w.v = a.x; return JSON.stringify(a); });
t(() => { const a = [[[[[]]]]]; a[0][0][0][0].push(a); return JSON.stringify(a); });
t(() => { const a = {}; a['1'] = {}; a['1']['x y'] = a; return JSON.stringify(a); });
t(() => { const a = {}; a.x = a; return JSON.stringify([a]); });
t(() => { const F = function Bar() {}; const a = new F(); a.x = a; return JSON.stringify(a); });
t(() => { const a = { constructor: 5 }; a.x = a; return JSON.stringify(a); });
t(() => { const a = {}; a.x = a; return JSON.stringify(a, null, 2); });
t(() => { const a = {}; a.x = a; return JSON.stringify(a, (k, v) => v); });
t(() => { const a = {}; a[''] = a; return JSON.stringify(a); });
t(() => { const a = {}; return JSON.stringify({ p: a, q: a, r: [a, a] }); });
t(() => { const a = { toJSON() { return a; } }; return JSON.stringify({ p: a }); });
t(() => { const a = {}; const b = { toJSON() { return { back: a }; } }; a.b = b; return JSON.stringify(a); });
t(() => JSON.stringify({ a: { toJSON() { throw new RangeError('toJSON threw'); } } }));
t(() => JSON.stringify({ get a() { throw new Error('getter threw'); } }));
t(() => JSON.stringify({ a: 1 }, () => { throw new SyntaxError('replacer threw'); }));
t(() => JSON.stringify({ a: new Number(1) }, null, { valueOf() { throw new Error('space'); } }));
