function check(name, fn, Ctor) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof Ctor, e.constructor === Ctor); }
}
check('flatMap no fn', function () { [1].flatMap(); }, TypeError);
check('Array(-1)', function () { Array(-1); }, RangeError);
check('Array(1.5)', function () { Array(1.5); }, RangeError);
check('from(null)', function () { Array.from(null); }, TypeError);
check('from notfn', function () { Array.from([1], 'notfn'); }, TypeError);
check('join symbol', function () { [Symbol('x')].join(); }, TypeError);
check('reduce empty', function () { [].reduce(function () {}); }, TypeError);
check('reduceRight empty', function () { [].reduceRight(function () {}); }, TypeError);
check('map null', function () { [1].map(null); }, TypeError);
check('forEach undefined', function () { [1].forEach(); }, TypeError);
check('push frozen', function () { Object.freeze([1, 2]).push(3); }, TypeError);
check('pop frozen', function () { Object.freeze([1, 2]).pop(); }, TypeError);
check('sort bad cmp', function () { [1, 2].sort('nope'); }, TypeError);
check('find on null', function () { Array.prototype.find.call(null, function () {}); }, TypeError);
