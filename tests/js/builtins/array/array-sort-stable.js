console.log([3, 1, 2].sort());
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort(function (a, b) { return a - b; }));
console.log([10, 9, 1, 100, 25].sort(function (a, b) { return b - a; }));
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort());
console.log([3, undefined, 1, undefined, 2].sort());
console.log([3, undefined, 1, , 2].sort());
var h = [3, , undefined, 1];
h.sort();
console.log(h, h.length, 2 in h, 3 in h);
console.log([3, undefined, 1].sort(function (a, b) { return b - a; }));
var people = [
  { n: 'a', k: 2 }, { n: 'b', k: 1 }, { n: 'c', k: 2 }, { n: 'd', k: 1 },
  { n: 'e', k: 3 }, { n: 'f', k: 2 }, { n: 'g', k: 1 }, { n: 'h', k: 3 },
  { n: 'i', k: 1 }, { n: 'j', k: 2 }, { n: 'k', k: 3 }, { n: 'l', k: 1 },
];
people.sort(function (x, y) { return x.k - y.k; });
console.log(people.map(function (p) { return p.n; }).join(''));
var big = [];
for (var i = 0; i < 200; i++) big.push({ k: i % 7, i: i });
big.sort(function (x, y) { return x.k - y.k; });
var ok = true;
for (var j = 1; j < big.length; j++) {
  if (big[j - 1].k === big[j].k && big[j - 1].i > big[j].i) ok = false;
  if (big[j - 1].k > big[j].k) ok = false;
}
console.log('stable 200', ok);
console.log([true, false, null, 'null', 1, '1'].sort());
console.log([5, 1, 4].sort(function () { return 0; }));
console.log([-0, 0, -1, 1].sort(function (a, b) { return a - b; }));
var arr = [2, 1];
console.log(arr.sort() === arr);
console.log([1, 2].sort(undefined));
var o = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
console.log(Array.prototype.sort.call(o));
console.log(['é', 'e', 'z', 'a'].sort());
