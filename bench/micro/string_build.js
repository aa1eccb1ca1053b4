// String building: concatenation in a loop (pieces, numbers and single characters), then
// the length of each result.
var ROUNDS = 6000;
var PIECES = 1000;
var total = 0;
var last = '';
for (var r = 0; r < ROUNDS; r++) {
  var s = '';
  for (var i = 0; i < PIECES; i++) {
    s = s + 'ab' + i;
    if ((i & 15) === 0) s += '-';
  }
  total = total + s.length;
  last = s;
}
console.log(total + ' ' + last.length);
