'use strict';
function sw(v) {
  const r = [];
  switch (v) {
    case 1: r.push('one');
    case 2: r.push('two'); break;
    case '3': r.push('string three'); break;
    default: r.push('default');
    case 4: r.push('four');
  }
  return r.join(',');
}
console.log(sw(1), '|', sw(2), '|', sw('3'), '|', sw(3), '|', sw(4), '|', sw(99));
function order(v) {
  const log = [];
  const c = (x) => { log.push('case ' + x); return x; };
  switch (v) { case c(1): log.push('hit1'); break; case c(2): log.push('hit2'); break; default: log.push('def'); case c(3): log.push('hit3'); }
  return log.join(',');
}
console.log(order(2));
console.log(order(5));
console.log(order(3));
function scoping(v) {
  switch (v) { case 0: let x = 'zero'; return x; case 1: try { return x; } catch (e) { return e.constructor.name + ': ' + e.message; } }
}
console.log(scoping(0), '|', scoping(1));
switch (NaN) { case NaN: console.log('NaN matched'); break; default: console.log('NaN not matched'); }
switch (-0) { case 0: console.log('-0 matches 0'); }
switch ('x') { }
let r = '';
for (const v of [1, 2]) { switch (v) { case 1: continue; case 2: r += 'two'; } r += '!'; }
console.log(r);
function ret(v) { switch (v) { case 'a': return 'A'; default: return 'D'; case 'b': return 'B'; } }
console.log(ret('a'), ret('b'), ret('z'));
const obj = {};
switch (obj) { case {}: console.log('wrong'); break; case obj: console.log('identity'); }
