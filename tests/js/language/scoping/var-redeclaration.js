var a = 1;
var a;
console.log(a);
var a = 2;
console.log(a);
function f() {
  var x = 1;
  { var x = 2; }
  return x;
}
console.log(f());
function g(p) {
  var p;
  return p;
}
console.log(g('param kept'));
function h(p) {
  var p = 'overwritten';
  return p;
}
console.log(h('param'));
function i() {
  var fn = 'string';
  function fn() {}
  return typeof fn;
}
console.log(i());
function j() {
  function fn() {}
  var fn;
  return typeof fn;
}
console.log(j());
function k() {
  for (var n = 0; n < 3; n++) {}
  for (var n = 10; n < 11; n++) {}
  return n;
}
console.log(k());
function l() {
  try { throw 'e'; } catch (err) { var err = 'in catch'; var other = err; }
  return [typeof err, other];
}
console.log(l());
function m(arguments) { var arguments; return arguments; }
console.log(m('arg'));
var q = 'outer';
function shadow() { var q = 'inner'; return q; }
console.log(shadow(), q);
