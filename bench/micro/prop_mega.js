// Property access, megamorphic: one load site and one store site see 12 shapes (more than
// any inline cache keeps), with the property `x` at a different slot in most of them.
var N = 6000000;
function make(k) {
  var s = k % 12;
  if (s === 0) return { x: k, y: 1 };
  if (s === 1) return { a: 1, x: k, y: 1 };
  if (s === 2) return { a: 1, b: 2, x: k, y: 1 };
  if (s === 3) return { a: 1, b: 2, c: 3, x: k, y: 1 };
  if (s === 4) return { b: 1, x: k, y: 1 };
  if (s === 5) return { c: 1, x: k, y: 1 };
  if (s === 6) return { d: 1, x: k, y: 1 };
  if (s === 7) return { e: 1, f: 2, x: k, y: 1 };
  if (s === 8) return { y: 1, x: k };
  if (s === 9) return { g: 1, y: 1, x: k };
  if (s === 10) return { h: 1, i: 2, j: 3, y: 1, x: k };
  return { k: 1, l: 2, m: 3, n: 4, x: k, y: 1 };
}
var objs = [];
for (var k = 0; k < 24; k++) objs.push(make(k));
function step(o, i) {
  o.y = (o.y + i) & 1023;
  return o.x + o.y;
}
var sum = 0;
var j = 0;
for (var i = 0; i < N; i++) {
  sum = (sum + step(objs[j], i)) | 0;
  j = j + 1;
  if (j === 24) j = 0;
}
console.log(sum);
