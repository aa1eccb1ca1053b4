// Function calls: small functions of 0 to 3 arguments called from a loop and from each
// other, plus a recursive one.
var N = 4000000;
var counter = 0;
function tick() { counter = (counter + 1) | 0; return counter; }
function add(a, b) { return (a + b) | 0; }
function mix(a, b, c) { return add(add(a, b), c ^ 7); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var sum = 0;
for (var i = 0; i < N; i++) {
  sum = mix(sum, i, tick());
}
sum = (sum + fib(20)) | 0;
console.log(sum);
