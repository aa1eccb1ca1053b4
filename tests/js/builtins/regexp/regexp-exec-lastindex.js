// exec and test: lastIndex with and without g and y, match arrays, failures resetting lastIndex.
const g = /o/g;
const s = "foo boo";
let m;
while ((m = g.exec(s)) !== null) console.log(m[0], m.index, g.lastIndex);
console.log("after loop", g.lastIndex);

const plain = /o/;
plain.lastIndex = 5;
console.log(plain.exec(s).index, plain.lastIndex);

const y = /o/y;
console.log(y.test("foo"), y.lastIndex);
y.lastIndex = 1;
console.log(y.test("foo"), y.lastIndex, y.test("foo"), y.lastIndex, y.test("foo"), y.lastIndex);

const gy = /a/gy;
console.log("aab".replace(gy, "x"), "baa".replace(gy, "x"));

const past = /a/g;
past.lastIndex = 10;
console.log(past.exec("aaa"), past.lastIndex);

past.lastIndex = "1";
console.log(past.exec("aaa").index, past.lastIndex);
past.lastIndex = { valueOf() { console.log("valueOf"); return 2; } };
console.log(past.exec("aaa").index, past.lastIndex);

console.log(/(a)|(b)/.exec("b"));
console.log(/x/.exec("abc"));
console.log(/^$/.exec(""));
console.log(/a/.test({ toString() { return "cat"; } }));
console.log(RegExp.prototype.exec.length, RegExp.prototype.test.length, RegExp.length);

const frozen = Object.freeze(/a/g);
try { frozen.exec("a"); } catch (e) { console.log(e.constructor.name, frozen.lastIndex); }
const frozenPlain = Object.freeze(/a/);
console.log(frozenPlain.exec("ba").index);

try { RegExp.prototype.exec.call({}, "x"); } catch (e) { console.log(e.constructor.name, e.message); }
try { RegExp.prototype.test.call(1, "x"); } catch (e) { console.log(e.constructor.name); }

const re = /b/g;
console.log(Object.getOwnPropertyDescriptor(re, "lastIndex"));
console.log(Object.keys(re), Object.getOwnPropertyNames(re));
// A literal gives a new object each evaluation.
const make = () => /x/g;
console.log(make() === make(), make().lastIndex);
// Unicode mode steps over surrogate pairs.
const u = /./gu;
console.log(u.exec("😀a")[0].length, u.lastIndex);
const nu = /./g;
console.log(nu.exec("😀a")[0].length, nu.lastIndex);
console.log("😀😀".match(/(?:)/gu).length, "😀😀".match(/(?:)/g).length);
console.log("😀x".split(/(?:)/u), "😀x".split(/(?:)/).length);
