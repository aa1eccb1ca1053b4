// Property access, polymorphic: one load site and one store site see 4 shapes, with the
// property `x` at a different slot in each.
var N = 6000000;
function make(k) {
  var s = k & 3;
  if (s === 0) return { x: k, y: 1 };
  if (s === 1) return { a: 1, x: k, y: 1 };
  if (s === 2) return { a: 1, b: 2, x: k, y: 1 };
  return { a: 1, b: 2, c: 3, x: k, y: 1 };
}
var objs = [];
for (var k = 0; k < 16; k++) objs.push(make(k));
function step(o, i) {
  o.y = (o.y + i) & 1023;
  return o.x + o.y;
}
var sum = 0;
for (var i = 0; i < N; i++) sum = (sum + step(objs[i & 15], i)) | 0;
console.log(sum);
