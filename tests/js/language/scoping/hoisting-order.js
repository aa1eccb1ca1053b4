console.log(typeof a, typeof b, typeof c);
var a = 1;
function b() {}
var c = function () {};
console.log(typeof a, typeof b, typeof c);
function x() { return 'first'; }
var x;
console.log(typeof x, x());
var y = 'value';
function y() {}
console.log(typeof y);
function order() {
  const out = [];
  out.push(typeof f1, typeof f2);
  function f1() {}
  var f2 = function () {};
  out.push(typeof f1, typeof f2);
  return out;
}
console.log(order());
function paramsAndFns(p) { function p() {} return typeof p; }
console.log(paramsAndFns(1));
function argumentsFn() { function arguments() {} return typeof arguments; }
console.log(argumentsFn());
function nestedHoist() { return inner(); function inner() { return deeper(); function deeper() { return 'deep'; } } }
console.log(nestedHoist());
function lateReturn() { return f(); function f() { return 'f after return'; } }
console.log(lateReturn());
function conditionalVar(flag) { if (flag) { var v = 'set'; } return v; }
console.log(conditionalVar(true), conditionalVar(false));
function loopVar() { for (var i = 0; i < 2; i++) { var inLoop = i; } return [i, inLoop]; }
console.log(loopVar());
function tryVar() { try { var t = 'try'; throw 0; } catch (e) { var c = 'catch'; } finally { var f = 'finally'; } return [t, c, f]; }
console.log(tryVar());
console.log(typeof hoistedLater, hoistedLater && hoistedLater());
function hoistedLater() { return 'called before defined'; }
