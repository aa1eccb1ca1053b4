var log = [];
var o = {
  _a: 0,
  get a() { log.push("get a"); return this._a; },
  set a(v) { log.push("set a=" + v); this._a = v; },
};
o.a ||= 5; console.log(o._a, log.join()); log = [];
o.a ||= 9; console.log(o._a, log.join()); log = [];
o.a &&= 7; console.log(o._a, log.join()); log = [];
o._a = 0;
o.a &&= 7; console.log(o._a, log.join()); log = [];
o._a = null;
o.a ??= 3; console.log(o._a, log.join()); log = [];
o.a ??= 4; console.log(o._a, log.join()); log = [];
var x = null; var r = (x ??= "def"); console.log(x, r);
var y = 0; r = (y ??= 1); console.log(y, r);
var z = ""; r = (z ||= "empty"); console.log(z, r);
var w = 1; r = (w &&= "yes"); console.log(w, r);
const c = 1;
try { c ||= 2; console.log('no throw, short-circuit'); } catch (e) { console.log(e instanceof TypeError, e.message); }
try { c &&= 2; } catch (e) { console.log(e instanceof TypeError, e.message); }
function side() { log.push("side"); return 10; }
log = [];
var q = 1; q ||= side(); console.log(q, log.join());
var k = 0; k &&= side(); console.log(k, log.join());
var arr = [null, 0];
var i = 0;
arr[i++] ??= "filled"; arr[i++] ??= "nope";
console.log(arr, i);
var f = function () {};
var anon; anon ??= function () {}; console.log(anon.name);
var anon2 = 0; anon2 ||= () => 1; console.log(anon2.name);
var frozen = Object.freeze({ p: 0 });
(function () { "use strict"; frozen.p &&= 1; console.log('no set for falsy'); })();
