// petrel: no-gc-stress (deep recursion: a full collection per call under stress is quadratic)
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(10000));
function depth(n) { if (n === 0) return 0; const r = depth(n - 1); return r + 1; }
console.log(depth(10000));
const arrowDepth = (n) => (n === 0 ? 'bottom' : arrowDepth(n - 1));
console.log(arrowDepth(10000));
function withLocals(n, a, b, c) { const x = a + 1, y = b + 1, z = c + 1; return n === 0 ? x + y + z : withLocals(n - 1, x, y, z) ; }
console.log(withLocals(3000, 0, 0, 0));
const obj = { m(n) { return n === 0 ? this.tag : this.m(n - 1); }, tag: 'method' };
console.log(obj.m(10000));
function tryDepth(n) { try { return n === 0 ? 'try bottom' : tryDepth(n - 1); } finally { } }
console.log(tryDepth(3000));
class Node { constructor(next) { this.next = next; } }
let list = null;
for (let i = 0; i < 10000; i++) list = new Node(list);
function len(l) { return l === null ? 0 : 1 + len(l.next); }
console.log(len(list));
function mutualA(n) { return n === 0 ? 'A' : mutualB(n - 1); }
function mutualB(n) { return n === 0 ? 'B' : mutualA(n - 1); }
console.log(mutualA(10000), mutualA(9999));
function callsApply(n) { return n === 0 ? 'apply' : callsApply.apply(null, [n - 1]); }
console.log(callsApply(3000));
function viaCall(n) { return n === 0 ? 'call' : viaCall.call(null, n - 1); }
console.log(viaCall(3000));
