// double arithmetic: a polynomial and a damped recurrence in floating point.
var N = 4500000;
var a = 0.5;
var b = 1.25;
var acc = 0;
for (var i = 0; i < N; i++) {
  var t = i * 0.001;
  a = a * 0.999 + b * 0.001 + 0.1;
  b = b * 0.998 - a * 0.002 + t * 1e-6;
  acc = acc + (t * t * 0.5 - t * 3.25 + 1.5) / (a + 2.75);
}
console.log(acc + ' ' + a + ' ' + b);
