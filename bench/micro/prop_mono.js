// Property access, monomorphic: every load and store sees objects of one shape.
var N = 7000000;
var objs = [];
for (var k = 0; k < 16; k++) objs.push({ x: k, y: k * 2, z: 0 });
var sum = 0;
for (var i = 0; i < N; i++) {
  var o = objs[i & 15];
  o.z = (o.x + o.y + i) | 0;
  sum = (sum + o.z - o.x) | 0;
}
console.log(sum);
