function f(...a) { return a.length + ":" + a.join(","); }
console.log(f(...[]), f(...[1, 2]), f(0, ...[1], 2, ...[3, 4]), f(..."abc"), f(...[, 1]));
console.log(Math.max(...[1, 9, 3]), Math.min(...[], 5));
var o = { m(...x) { return this === o && x.length; } };
console.log(o.m(...[1, 2, 3]));
var log = [];
var it = { [Symbol.iterator]() { var i = 0; return { next() { log.push("next"); return { done: i >= 2, value: i++ }; } }; } };
console.log(f(...it), log.join());
function P(a, b) { this.s = a + b; }
console.log(new P(...[1, 2]).s);
console.log([..."hi", ...[1], ...new Array(2)]);
