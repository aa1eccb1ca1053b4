const o = { a: 1, b: 2, c: 3, d: 4 };
const seen = [];
for (const k in o) { seen.push(k); if (k === 'a') delete o.c; }
console.log(seen);
const arr = [1, 2, 3, 4];
const seenArr = [];
for (const i in arr) { seenArr.push(i); if (i === '0') arr.length = 2; }
console.log(seenArr);
const proto = { p1: 1 };
const child = Object.create(proto); child.c1 = 1;
const seenProto = [];
for (const k in child) { seenProto.push(k); if (k === 'c1') delete proto.p1; }
console.log(seenProto);
const shadowLater = Object.create({ x: 1 });
shadowLater.y = 1;
const seen2 = [];
for (const k in shadowLater) seen2.push(k);
console.log(seen2);
const nums = {};
for (let i = 0; i < 5; i++) nums[i] = i;
let sum = 0;
for (const k in nums) { sum += nums[k]; nums[k] = 0; }
console.log(sum, Object.values(nums));
let count = 0;
const growing = { a: 1 };
for (const k in growing) { count++; if (count > 10) break; }
console.log(count);
const strObj = new String('ab'); strObj.extra = 1;
const strKeys = [];
for (const k in strObj) strKeys.push(k);
console.log(strKeys);
