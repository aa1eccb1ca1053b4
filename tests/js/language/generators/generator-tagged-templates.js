function tag(strings, ...vals) { return strings.raw.join('|') + ' :: ' + vals.join(','); }
function* g() { const r = tag`a${yield 1}b${yield 2}c`; yield r; }
const it = g();
console.log(it.next(), it.next('X'), it.next('Y'), it.next());
function* s() { yield `${yield 'inner'}-outer`; }
const i2 = s();
console.log(i2.next(), i2.next('val'), i2.next());
function* calls() { console.log('called with', yield 'arg1', yield 'arg2'); }
const i3 = calls(); i3.next(); i3.next('A'); i3.next('B');
function* member() { const o = { a: { b: 'deep' } }; yield o[yield 'key1'][yield 'key2']; }
const i4 = member(); i4.next(); i4.next('a'); console.log(i4.next('b'));
function* newExpr() { class P { constructor(x) { this.x = x; } } yield new P(yield 'ctor arg').x; }
const i5 = newExpr(); i5.next(); console.log(i5.next('built'));
