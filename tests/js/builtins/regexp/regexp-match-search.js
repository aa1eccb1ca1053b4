// match, matchAll, search and their Symbol methods.
console.log("a1b22c333".match(/\d+/g), "abc".match(/\d/g), "abc".match(/b/), "abc".match("b."), "a.c".match("."));
console.log("abc".match(), "abc".match(undefined), "abc".match(null), "a+b".match("\\+").index);
console.log("xAbab".search(/ab/i), "xyz".search(/q/), "a.b".search("."), "ab".search());
const g = /b/g;
g.lastIndex = 2;
console.log("abab".search(g), g.lastIndex);
const it = "a1b2c3".matchAll(/[a-z](\d)/g);
console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
for (const m of it) console.log(m[0], m[1], m.index);
console.log(it.next());
console.log([..."aaa".matchAll(/(?:)/g)].map((m) => m.index));
console.log([..."abc".matchAll("b")].map((m) => m.index), [..."a.c".matchAll(".")].length);
try { "abc".matchAll(/b/); } catch (e) { console.log(e.constructor.name, e.message); }
const start = /a/g;
start.lastIndex = 2;
console.log([..."aaaa".matchAll(start)].map((m) => m.index), start.lastIndex);
console.log("abc".match({ [Symbol.match](s) { return `matched ${s}`; } }));
console.log("abc".search({ [Symbol.search](s) { return 99; } }));
// A RegExp with its exec replaced: every method goes through it.
const custom = /x/g;
let calls = 0;
custom.exec = function (s) {
  calls++;
  if (calls > 3) return null;
  return { 0: "b", index: calls, length: 1 };
};
console.log("abcd".replace(custom, "_"), calls);
calls = 0;
console.log("abcd".match(custom), calls);
calls = 0;
console.log(custom.test("zzz"), calls);
// Symbol.match false marks an object as not a RegExp.
const notRe = /a/;
notRe[Symbol.match] = false;
console.log("/a/".startsWith(notRe), "x/a/".endsWith(notRe), "q/a/q".includes(notRe));
for (const name of ["startsWith", "endsWith", "includes"]) {
  try { "abc"[name](/b/); } catch (e) { console.log(e.constructor.name, e.message); }
}
const fake = { [Symbol.match]: true, toString() { return "x"; } };
try { "x".includes(fake); } catch (e) { console.log(e.message); }
