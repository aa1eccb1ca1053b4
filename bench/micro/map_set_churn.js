// Map/Set churn: keys inserted, looked up, deleted and iterated while the tables grow and
// shrink (integer, string and object keys).
var ROUNDS = 150;
var SIZE = 4000;
var objects = [];
for (var k = 0; k < 256; k++) objects.push({ id: k });
var sum = 0;
for (var r = 0; r < ROUNDS; r++) {
  var map = new Map();
  var set = new Set();
  for (var i = 0; i < SIZE; i++) {
    map.set(i * 7 + r, i);
    set.add('s' + (i & 1023));
    if ((i & 15) === 0) map.set(objects[i & 255], i);
  }
  for (var j = 0; j < SIZE; j++) {
    if (map.has(j)) sum = (sum + map.get(j)) | 0;
    if (set.has('s' + j)) sum = (sum + 1) | 0;
  }
  for (var d = 0; d < SIZE; d += 2) map.delete(d * 7 + r);
  map.forEach(function (v) { sum = (sum ^ v) | 0; });
  for (var e of set) sum = (sum + e.length) | 0;
  sum = (sum + map.size + set.size) | 0;
}
console.log(sum);
