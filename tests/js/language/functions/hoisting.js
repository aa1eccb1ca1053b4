console.log(typeof hoisted, hoisted());
function hoisted() { return "hoisted fn"; }
console.log(v);
var v = 1;
console.log(typeof fexpr);
var fexpr = function () {};
try { letVar; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
let letVar = 1;
try { constVar; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
const constVar = 2;
try { new Cls(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
class Cls {}
function redecl() { return 1; }
function redecl() { return 2; }
console.log(redecl());
var dup = "var"; function dup() {}
console.log(typeof dup);
function inner() {
  console.log(typeof x, x);
  if (false) { var x = 5; }
  return typeof x;
}
console.log(inner());
function blockFn() {
  var before = typeof bf;
  { function bf() { return "block"; } }
  return [before, typeof bf];
}
console.log(blockFn());
function strictBlock() {
  "use strict";
  { function sbf() {} }
  return typeof sbf;
}
console.log(strictBlock());
function shadow() { var r = []; r.push(typeof s); var s = 1; { let s = 2; r.push(s); } r.push(s); return r; }
console.log(shadow());
function tdzInFn() { try { return tt; } catch (e) { return e.message; } let tt; }
console.log(tdzInFn());
function closureBeforeInit() { var f = () => late; try { f(); } catch (e) { console.log(e.message); } let late = "ok"; return f(); }
console.log(closureBeforeInit());
function paramAndVar(a) { var a; return a; }
console.log(paramAndVar(3));
function paramAndFn(a) { function a() {} return typeof a; }
console.log(paramAndFn(3));
try { (function () { x2 = 1; let x2; })(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
try { (function () { typeof x3; const x3 = 1; })(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
for (var loopVar = 0; loopVar < 2; loopVar++) {}
console.log(loopVar);
console.log(typeof catchParam);
try { throw 1; } catch (catchParam) { var catchParam = 2; }
console.log(catchParam);
