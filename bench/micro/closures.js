// Closures: counter closures created (each capturing its own variables) and called.
var N = 1200000;
function makeCounter(start, step) {
  var n = start;
  return function () {
    n = (n + step) | 0;
    return n;
  };
}
var sum = 0;
var keep = [];
for (var i = 0; i < N; i++) {
  var c = makeCounter(i, (i & 7) + 1);
  sum = (sum + c() + c() + c()) | 0;
  if ((i & 1023) === 0) keep.push(c);
}
for (var r = 0; r < 3000; r++) {
  for (var k = 0; k < keep.length; k++) sum = (sum ^ keep[k]()) | 0;
}
console.log(sum);
