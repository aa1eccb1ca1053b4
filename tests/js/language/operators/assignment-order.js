var log = [];
function L(name, v) { log.push(name); return v; }
var o = {};
L("obj", o)[L("key", "k")] = L("val", 1);
console.log(log.join(), o.k); log = [];
var a, b, c;
a = b = c = L("rhs", 5);
console.log(a, b, c, log.join()); log = [];
var x = 1;
x += (x = 10, 5);
console.log(x);
var y = 1;
y = y + (y = 3) + y;
console.log(y);
var arr = [0, 0];
var i = 0;
arr[i++] = i;
console.log(arr, i);
var obj = { get p() { log.push("get"); return 1; }, set p(v) { log.push("set " + v); } };
obj.p += L("rhs", 2);
console.log(log.join()); log = [];
try { L("base", null)[L("prop", "p")] = L("rhs", 1); } catch (e) { console.log(e instanceof TypeError, e.message, log.join()); }
log = [];
try { undefinedRef.p = L("rhs", 1); } catch (e) { console.log(e instanceof ReferenceError, e.message, log.join()); }
var s = "str"; s.prop = 1; console.log(s.prop);
var n = 5; n.x = 1; console.log(n.x);
var swapA = 1, swapB = 2;
[swapA, swapB] = [swapB, swapA];
console.log(swapA, swapB);
var q = { v: 1 }; var r = q; q.v = q = { v: 2 };
console.log(r.v.v, q.v);
