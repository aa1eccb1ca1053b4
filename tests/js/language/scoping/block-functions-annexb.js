console.log(typeof blockFn1);
{
  function blockFn1() { return 'b1'; }
}
console.log(typeof blockFn1, blockFn1());
function test1() {
  var before = typeof inner;
  if (true) { function inner() { return 1; } }
  return [before, typeof inner];
}
console.log(test1());
function test2() {
  if (false) { function never() {} }
  return typeof never;
}
console.log(test2());
function test3() {
  var r = [];
  {
    r.push(typeof f);
    function f() { return 'first'; }
    r.push(f());
  }
  r.push(f());
  return r;
}
console.log(test3());
function test4() {
  var res = [];
  for (var i = 0; i < 2; i++) {
    function loopFn() { return i; }
    res.push(loopFn());
  }
  return [res, typeof loopFn];
}
console.log(test4());
function test5() {
  'use strict';
  {
    function s() { return 'strict block'; }
    var inside = s();
  }
  return [inside, typeof s];
}
console.log(test5());
function test6() {
  let r = [];
  { function dup() { return 'one'; } }
  r.push(dup());
  { function dup() { return 'two'; } }
  r.push(dup());
  return r;
}
console.log(test6());
function test7() {
  try { throw 1; } catch (e) { function fromCatch() { return 'catch fn'; } }
  return fromCatch();
}
console.log(test7());
function test8() {
  {
    function g() { return 'block g'; }
    g = 5;
  }
  return typeof g;
}
console.log(test8());
