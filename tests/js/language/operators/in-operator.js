var o = { a: 1, undef: undefined };
console.log("a" in o, "b" in o, "undef" in o, "toString" in o, "hasOwnProperty" in o);
var arr = [1, , 3];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, "length" in arr, "0" in arr);
console.log(1.0 in arr, "1.0" in [0, 1]);
var sym = Symbol("s"); var so = { [sym]: 1 };
console.log(sym in so, Symbol.iterator in [], Symbol.iterator in {});
console.log("length" in function () {}, "prototype" in (() => 1), "prototype" in function () {});
var nullProto = Object.create(null); nullProto.x = 1;
console.log("x" in nullProto, "toString" in nullProto);
try { "a" in "abc"; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { "a" in 5; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { "a" in null; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { "a" in undefined; } catch (e) { console.log(e instanceof TypeError, e.message); }
var log = [];
var key = { toString() { log.push("ts"); return "a"; } };
console.log(key in o, log.join());
console.log("length" in new String("abc"), 1 in new String("abc"), 5 in new String("abc"));
var g = { get x() { throw new Error("should not be called"); } };
console.log("x" in g);
class C { m() {} static s() {} }
console.log("m" in new C(), "s" in C, "m" in C);
console.log(!("z" in o));
for (var k in { p: 1, q: 2 }) console.log("for-in", k);
