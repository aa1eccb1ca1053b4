let n = 0;
for (;;) { if (++n > 3) break; }
console.log(n);
let w = 0;
do w++; while (false);
console.log(w);
for (var v = 0; v < 2; v++);
console.log(v);
const keys = [];
for (var k in null) keys.push(k);
for (var k2 in undefined) keys.push(k2);
console.log(keys.length, k, k2);
const fromStr = [];
for (const i in 'abc') fromStr.push(i);
console.log(fromStr);
const proto = { inherited: 1 };
const child = Object.create(proto); child.own = 2;
const seen = [];
for (const key in child) seen.push(key);
console.log(seen);
const shadow = Object.create({ a: 1, b: 2 });
Object.defineProperty(shadow, 'a', { value: 3, enumerable: false });
const seen2 = [];
for (const key in shadow) seen2.push(key);
console.log(seen2);
const mutate = { a: 1, b: 2, c: 3 };
const seen3 = [];
for (const key in mutate) { seen3.push(key); delete mutate.b; }
console.log(seen3);
let target = {};
for (target.prop in { x: 1 });
console.log(target);
const arr = [];
for (arr[arr.length] of 'xyz');
console.log(arr);
let count = 0;
while (count < 10) { count += 3; if (count % 2) continue; count += 100; }
console.log(count);
for (let i = 0, j = 5; i < j; i += 2, j--) console.log(i, j);
