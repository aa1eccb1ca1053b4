// int32 arithmetic: a xorshift generator and an LCG-style hash, every value kept in int32.
var N = 6000000;
var x = 123456789;
var h = 0;
for (var i = 0; i < N; i++) {
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  h = ((h * 31) + (x & 0xffff) - (i >>> 3)) | 0;
  h = h ^ (h >>> 11);
}
console.log(h + ' ' + x);
