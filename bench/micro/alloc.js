// Object allocation: many small {x, y} objects, most short-lived, a few kept in a ring.
var N = 4500000;
var RING = 1024;
var ring = [];
for (var k = 0; k < RING; k++) ring.push({ x: 0, y: 0 });
var sum = 0;
for (var i = 0; i < N; i++) {
  var p = { x: i, y: i & 255 };
  var q = { x: p.y, y: p.x };
  sum = (sum + q.x + (q.y & 7)) | 0;
  if ((i & 7) === 0) ring[i & (RING - 1)] = p;
}
for (var m = 0; m < RING; m++) sum = (sum + ring[m].x) | 0;
console.log(sum);
