// with statements: names check the object first (HasProperty, @@unscopables), calls get it as this.
var o = { x: 1, f() { return this === o; } };
var x = "outer";
with (o) {
  console.log(x, f());
  x = 2;
  var y = 5;
  (function () { console.log("inner", x); x = 3; })();
}
console.log(o.x, x, y, o.y);
with ({ x: "w", [Symbol.unscopables]: { x: true } }) console.log(x);
function g() { with (arguments) return length; }
console.log(g(1, 2, 3));
with (o) { delete x; }
console.log("x" in o, typeof x);
try { with (null) {} } catch (e) { console.log(e.message); }
label: for (var i = 0; i < 3; i++) { with (o) { if (i == 1) continue label; if (i == 2) break; } }
console.log(i);
