function first(e) { return String(e.stack).split('\n')[0]; }
console.log(first(new Error('hello')));
console.log(first(new TypeError('bad type')));
console.log(first(new RangeError()));
try { null.prop; } catch (e) { console.log(e.name); }
class Custom extends Error {}
console.log(first(new Custom('c')));
var e = new Error('multi\nline');
console.log(first(e));
console.log(String(new Error('x').stack).indexOf('Error: x') === 0);
console.log(Object.getOwnPropertyDescriptor(new Error('d'), 'stack') ? 'own' : 'inherited');
