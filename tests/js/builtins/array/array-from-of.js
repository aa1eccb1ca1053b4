console.log(Array.from('abc'));
console.log(Array.from('a😀b'));
console.log(Array.from({ length: 3 }));
console.log(Array.from({ length: 3 }, function (v, i) { return i * i; }));
console.log(Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
console.log(Array.from({ length: 2, 0: 'a', 1: 'b' }));
console.log(Array.from([1, , 3]));
var it = {};
it[Symbol.iterator] = function () {
  var n = 0;
  return { next: function () { n++; return { value: n, done: n > 3 }; } };
};
console.log(Array.from(it));
console.log(Array.from([].keys ? [5, 6].keys() : []));
console.log(Array.of(), Array.of(7), Array.of(1, 2, 3), Array.of(undefined));
console.log(Array(3).length, Array(1, 2), new Array('3'));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(Array.prototype));
function C() {}
var c = Array.of.call(C, 1, 2);
console.log(c instanceof C, c.length, c[0], c[1]);
var d = Array.from.call(C, [1, 2]);
console.log(d instanceof C, d.length);
console.log(Array.from(5), Array.from(true));
console.log(Array.from.length, Array.of.length);
