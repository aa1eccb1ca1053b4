function decl(a, b) { return a + b; }
console.log(decl.toString());
console.log(String(function () {}));
console.log((function named ( x ,y ) { /* c */ }).toString());
console.log(((a) => a * 2).toString());
console.log((async => async).toString());
var o = { method(x) { return x; }, get g() { return 1; }, ["comp"]() {} };
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(Object));
console.log("" + function () { return "x"; });
try { Function.prototype.toString.call({}); } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log(`${(x, y) => { return x; }}`);
console.log((function () {
  // multi-line
  return 1;
}).toString());
