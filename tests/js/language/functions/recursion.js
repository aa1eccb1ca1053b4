// petrel: no-gc-stress (thousands of nested calls, each a full collection under stress)
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(10), fact(20), fact(170), fact(171));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(77));
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
console.log(ack(2, 3));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
function flatten(a) { return a.reduce((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : x), []); }
console.log(flatten([1, [2, [3, [4, [5]]]]]));
var nfe = function self(n) { return n ? self(n - 1) + 1 : 0; };
console.log(nfe(10));
function hanoi(n, from, to, via, moves) { if (n === 0) return moves; hanoi(n - 1, from, via, to, moves); moves.push(from + to); hanoi(n - 1, via, to, from, moves); return moves; }
console.log(hanoi(3, "A", "C", "B", []).join(" "));
function inf() { return inf(); }
try { inf(); } catch (e) { console.log(e instanceof RangeError, e.message); }
function infNew() { return new infNew(); }
try { infNew(); } catch (e) { console.log(e instanceof RangeError, e.message); }
var o = { get x() { return this.x; } };
try { o.x; } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log(depth(100), "still works after overflow");
var perm = a => a.length <= 1 ? [a] : a.flatMap((x, i) => perm([...a.slice(0, i), ...a.slice(i + 1)]).map(p => [x, ...p]));
console.log(perm([1, 2, 3]).map(p => p.join("")).join());
