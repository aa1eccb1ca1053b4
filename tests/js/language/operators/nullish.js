console.log(null ?? "a", undefined ?? "b", 0 ?? "c", "" ?? "d", false ?? "e", NaN ?? "f");
console.log(null ?? undefined ?? 3);
console.log((null || undefined) ?? "x");
console.log(null ?? (0 || "y"));
var log = [];
function f(v) { log.push(v); return v; }
console.log(f(1) ?? f(2), log.join()); log = [];
console.log(f(null) ?? f(2), log.join()); log = [];
var obj = { a: { b: null } };
console.log(obj.a.b ?? "default", obj.x ?? "missing");
console.log(document_is_undefined());
function document_is_undefined() { return typeof document ?? "no"; }
var n = null;
console.log(n?.x ?? "chain");
console.log([null, undefined, 0, false, ""].map(v => v ?? "N").join("|"));
