// Array push/pop: an array used as a stack, grown and drained repeatedly.
var ROUNDS = 1200;
var SIZE = 5000;
var stack = [];
var sum = 0;
for (var r = 0; r < ROUNDS; r++) {
  for (var i = 0; i < SIZE; i++) stack.push(i ^ r);
  for (var j = 0; j < SIZE / 2; j++) sum = (sum + stack.pop()) | 0;
  while (stack.length > 0) sum = (sum ^ stack.pop()) | 0;
}
console.log(sum + ' ' + stack.length);
