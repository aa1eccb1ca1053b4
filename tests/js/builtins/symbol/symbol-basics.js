var s = Symbol('desc');
console.log(typeof s, s.description, s.toString(), String(s));
console.log(Symbol().description, Symbol().toString(), Symbol('').description === '', Symbol(undefined).description);
console.log(Symbol(123).description, Symbol(null).description, Symbol({}).toString());
console.log(Symbol('a') === Symbol('a'), Symbol.for('a') === Symbol.for('a'), Symbol.for('a') === Symbol('a'));
console.log(Symbol.keyFor(Symbol.for('k')), Symbol.keyFor(Symbol('k')), Symbol.for().description);
console.log(Symbol.iterator.toString(), Symbol.iterator.description, typeof Symbol.hasInstance, Symbol.toStringTag.toString());
console.log(Symbol.keyFor(Symbol.iterator));
var o = {};
o[s] = 1;
o.x = 2;
console.log(Object.keys(o), Object.getOwnPropertySymbols(o).length, o[s]);
console.log(Object(s) == s, typeof Object(s), Object(s).description, Object(s).valueOf() === s);
console.log(Object.prototype.toString.call(s), s[Symbol.toStringTag]);
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof TypeError); }
}
check('new Symbol', function () { new Symbol(); });
check('sym + str', function () { return s + ''; });
check('sym to num', function () { return +s; });
check('keyFor non-sym', function () { Symbol.keyFor('x'); });
console.log(Symbol.prototype[Symbol.toPrimitive].call(s) === s);
console.log(Symbol.name, Symbol.for.length);
console.log(!!s, s ? 'truthy' : 'falsy', [s].length);
