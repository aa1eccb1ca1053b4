// petrel: no-gc-stress
// Deep nesting. JSON.parse keeps its own stack, so depth is bounded by memory, not by the C
// stack (as in V8). JSON.stringify of nesting deeper than its C fast path takes (1000) runs
// the spec path. (Walking the results collects at every step under --gc-stress, hence
// no-gc-stress.)
let d;
const depth = 100000;
const deep = JSON.parse('['.repeat(depth) + ']'.repeat(depth));
d = 0;
for (let x = deep; Array.isArray(x) && x.length; x = x[0]) d++;
console.log('deep arrays', d + 1);
const deepObj = JSON.parse('{"a":'.repeat(depth) + 'null' + '}'.repeat(depth));
d = 0;
for (let x = deepObj; x !== null; x = x.a) d++;
console.log('deep objects', d);
let arr = [];
for (let i = 0; i < 1500; i++) arr = [arr];
console.log(JSON.stringify(arr).length, JSON.stringify(arr, null, 1).length);
let obj = {};
for (let i = 0; i < 1500; i++) obj = { a: obj, b: i };
console.log(JSON.stringify(obj).length, JSON.stringify(obj, (k, v) => v).length);
