// typeof, ToBoolean, ToString, templates, property keys, wrappers.
console.log(typeof 1n, typeof Object(1n), typeof BigInt(1), typeof BigInt.prototype);
console.log(!!0n, !!1n, !!-1n, 0n ? "t" : "f", 0n || "or", 1n && "and", !0n, 0n ?? "n");
if (2n ** 64n) console.log("big is truthy");
console.log(String(1n), String(-123n), `${2n ** 70n}`, "" + 5n, 5n + "", [1n, 2n].join(), `${-0n}`);
const o = { 1n: "one", [2n]: "two", 0x10n: "hex" };
console.log(Object.keys(o), o[1], o["2"], o[16n], 1n in o, 3n in o);
class C { 7n() { return "seven"; } static 8n = "eight"; }
console.log(new C()[7](), C[8n], new C()["7"].name);
const { 1n: destructured } = { 1: "d" };
console.log(destructured);
const a = ["zero", "one"];
console.log(a[1n], a[0n]);
console.log(Number(1n), Number(-(2n ** 64n)), Number(2n ** 53n + 1n), Number(2n ** 53n + 3n), Number(2n ** 1024n));
console.log(Number(Object(5n)), parseInt(15n), parseFloat(3n), Math.max(Number(4n), 2));
console.log(1_000n, 0b1010n, 0o777n, 0xFFn, 0XABCDEFn, 0B11n, 0O7n, 1_2_3n);
console.log(Object(1n) instanceof BigInt, Object(1n).constructor === BigInt, Object.prototype.toString.call(1n));
console.log(Object(2n).valueOf() === 2n, Object(2n) === Object(2n), Object(2n) == 2n, Object(2n) + 1n);
console.log((5n).toString(), 5n.constructor.name, (255n).toString(16), Object.getPrototypeOf(3n) === BigInt.prototype);
BigInt.prototype.twice = function () { return this * 2n; };
console.log(21n.twice(), typeof (function () { return this; }).call(1n), (function () { "use strict"; return typeof this; }).call(1n));
delete BigInt.prototype.twice;
for (const fn of [() => 1n.foo(), () => 5n[0](), () => (2n)(), () => "a" in 1n, () => null[2n ** 70n]]) {
  try { fn(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
}
