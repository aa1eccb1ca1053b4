console.log(Symbol('a'), Symbol(), Symbol.iterator, Symbol.for('reg'));
console.log([Symbol('x')], { s: Symbol('y') });
var k = Symbol('key');
var o = { normal: 1 };
o[k] = 'v';
o[Symbol()] = 'empty';
console.log(o);
console.log(Symbol('with space'), Symbol(''), Symbol('quote\'s'));
console.log(Object(Symbol('boxed')));
