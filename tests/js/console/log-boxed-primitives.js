console.log(new Number(5), new String('str'), new Boolean(false), Object(Symbol('s')));
console.log([new Number(-0)], { s: new String('x') });
var ns = new String('ab');
ns.extra = 1;
console.log(ns);
console.log(new Number(NaN), new Boolean(true), Object(1.5), Object('q'));
console.log(new String(''));
