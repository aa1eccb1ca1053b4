function tag(strings, ...vals) {
  return JSON_like(strings) + " | raw=" + strings.raw.join("#") + " | vals=" + vals.join(",");
}
function JSON_like(a) { return "[" + a.map(s => '"' + s + '"').join(",") + "]"; }
console.log(tag`a${1}b${2}c`);
console.log(tag`${1}${2}`);
console.log(tag``);
console.log(tag`\n\t${"x"}\u0041`);
function raw(s) { return s.raw[0]; }
console.log(raw`\n\u0041\x41\\`);
function bad(s) { return [s[0], s.raw[0]]; }
console.log(bad`\unicode`);
console.log(bad`\x`);
console.log(bad`\01`);
var sites = [];
function keep(s) { sites.push(s); return s; }
for (var i = 0; i < 3; i++) keep`same${i}site`;
keep`same${0}site`;
function twice() { return keep`x`; }
var s = sites[0];
console.log(Object.isFrozen(s), Object.isFrozen(s.raw), Array.isArray(s), Array.isArray(s.raw), s.length);
console.log(Object.getOwnPropertyDescriptor(s, "raw").enumerable, Object.getOwnPropertyDescriptor(s, "raw").writable);
var obj = { m(s, v) { return this === obj && v; } };
console.log(obj.m`a${"member"}b`);
console.log((function () { return this; })`x` === undefined ? "undef" : typeof (function () { return this; })`x`);
function f(s) { return function (s2) { return s[0] + s2[0]; }; }
console.log(f`A``B`);
console.log(new.target === undefined);
