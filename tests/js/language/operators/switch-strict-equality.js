function sw(v) {
  switch (v) {
    case 1: return "one";
    case "1": return "string one";
    case null: return "null";
    case undefined: return "undefined";
    case NaN: return "nan";
    case 0: return "zero";
    default: return "default";
  }
}
console.log(sw(1), sw("1"), sw(null), sw(undefined), sw(NaN), sw(-0), sw(true), sw([1]));
var log = [];
function c(v) { log.push("case " + v); return v; }
switch (3) { case c(1): case c(2): log.push("hit12"); case c(3): log.push("hit3"); case c(4): log.push("fall4"); break; case c(5): log.push("no"); }
console.log(log.join()); log = [];
switch (9) { default: log.push("def"); case 1: log.push("one"); break; case 2: log.push("two"); }
console.log(log.join()); log = [];
switch (2) { default: log.push("def"); case 1: log.push("one"); break; case 2: log.push("two"); }
console.log(log.join()); log = [];
var o = {};
switch (o) { case {}: log.push("other obj"); break; case o: log.push("same obj"); }
console.log(log.join());
function scoped(x) { switch (x) { case 0: let v = "zero"; return v; case 1: v = "one"; return v; } }
console.log(scoped(0));
try { scoped(1); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
var s = Symbol("s");
switch (s) { case Symbol("s"): console.log("wrong"); break; case s: console.log("symbol match"); }
switch ("a") { }
console.log("empty switch ok");
for (var i = 0; i < 3; i++) { switch (i) { case 1: continue; } log.push(i); }
console.log(log.join());
