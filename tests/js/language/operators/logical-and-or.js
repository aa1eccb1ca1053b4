console.log(1 && 2, 0 && 2, "" && "x", null && 1, 1 && null, "a" && "b" && "c");
console.log(1 || 2, 0 || 2, "" || "x", null || undefined, 0 || "" || null);
console.log(1 && 0 || 3, (1 && 0) || 3, 1 || 0 && 3, 0 && 1 || 0 && 2);
var log = [];
function t(v) { log.push(v); return v; }
t(0) && t(1); console.log(log.join()); log = [];
t(1) || t(2); console.log(log.join()); log = [];
t(1) && t(0) || t(2) && t(3); console.log(log.join()); log = [];
console.log(!!(t(null) ?? t("d")), log.join());
var o = null;
console.log(o && o.x, o || { d: 1 });
var res = [0, 1, "", "a", null, NaN, [], {}].map(v => (v && "T") || "F");
console.log(res.join(""));
console.log(typeof (function () {} || 1), true && function named() {}.name);
if (0 || null || "") console.log("no"); else console.log("all falsy");
var a = 0; var b = (a || (a = 5)); console.log(a, b);
