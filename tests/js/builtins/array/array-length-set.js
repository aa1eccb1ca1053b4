function check(name, fn, Ctor) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof Ctor); }
}
var b = [1, 2, 3, 4];
check('len -1', function () { b.length = -1; }, RangeError);
check('len 1.5', function () { b.length = 1.5; }, RangeError);
check('len 2^32', function () { b.length = 4294967296; }, RangeError);
b.length = '2';
console.log(b.length, b);
b.length = { valueOf: function () { return 1; } };
console.log(b.length, b);
var d = [1, 2, 3];
Object.defineProperty(d, 'length', { writable: false });
check('push nonwritable length', function () { d.push(4); }, TypeError);
console.log(d.length, d);
