function decl(a, b) {}
console.log(decl.name, decl.length);
var anon = function () {};
var named = function inner(x) {};
console.log(anon.name, named.name, named.length);
var arrow = (a, b, c) => {};
console.log(arrow.name, arrow.length);
var o = { method() {}, ["comp" + "uted"]: function () {}, [Symbol("desc")]: () => {}, [Symbol()]: function () {}, get g() { return 1; }, set s(v) {}, 123: function () {} };
console.log(o.method.name, o.computed.name);
var syms = Object.getOwnPropertySymbols(o);
console.log(JSON_s(o[syms[0]].name), JSON_s(o[syms[1]].name));
function JSON_s(s) { return "<" + s + ">"; }
console.log(Object.getOwnPropertyDescriptor(o, "g").get.name, Object.getOwnPropertyDescriptor(o, "s").set.name, o[123].name);
class C { constructor(a) {} m() {} static sm() {} get acc() { return 1; } }
console.log(C.name, C.length, C.prototype.m.name, C.sm.name, Object.getOwnPropertyDescriptor(C.prototype, "acc").get.name);
var AC = class {};
console.log(AC.name);
var bound = decl.bind(null, 1);
console.log(bound.name, bound.length);
console.log(decl.bind().bind().name);
console.log((function (a, b = 1, c) {}).length, ((...r) => {}).length, (({ a }, [b]) => {}).length);
console.log(Object.getOwnPropertyDescriptor(decl, "name"));
console.log(Object.getOwnPropertyDescriptor(decl, "length"));
decl.name = "changed"; console.log(decl.name);
Object.defineProperty(decl, "name", { value: "redefined" }); console.log(decl.name);
var { d1 = function () {}, d2 = () => {} } = {};
console.log(d1.name, d2.name);
var [a1 = class {}] = [];
console.log(a1.name);
let assigned; assigned = function () {}; console.log(assigned.name);
console.log((function () {}).name === "", (() => {}).name === "");
console.log(Math.max.name, Math.max.length, Array.prototype.push.name, Object.defineProperty.length);
var paren = (function () {}); console.log(paren.name);
o.prop = function () {}; console.log(o.prop.name === "");
console.log(Symbol.prototype[Symbol.toPrimitive].name);
console.log(Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get.name);
