function f(x) {
  switch (x) {
    default: return 'default';
    case 1: return 'one';
    case '1': return 'string one';
  }
}
console.log(f(1), f('1'), f(2), f(true));
function g(x) {
  const log = [];
  switch (x) {
    default: log.push('d');
    case 1: log.push('1');
    case 2: log.push('2'); break;
    case 3: log.push('3');
  }
  return log.join('');
}
console.log(g(1), g(2), g(3), g(9));
let evals = [];
function k(v) { evals.push(v); return v; }
switch (3) { case k(1): case k(2): case k(3): case k(4): evals.push('matched'); }
console.log(evals.join());
switch (NaN) { case NaN: console.log('NaN matched'); break; default: console.log('NaN no match'); }
switch (-0) { case 0: console.log('-0 matches 0'); }
const obj = {};
switch (obj) { case {}: console.log('wrong'); break; case obj: console.log('same object'); }
switch (1) {}
switch (1) { default: }
console.log('empty switches ok');
function noMatch(x) { switch (x) { case 1: return 'one'; } return 'fell out'; }
console.log(noMatch(2));
function nestedBreak() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    switch (i) { case 1: continue; default: out.push(i); }
    out.push('after' + i);
  }
  return out.join(',');
}
console.log(nestedBreak());
function exprCases(x) { switch (true) { case x < 0: return 'neg'; case x === 0: return 'zero'; case x > 0: return 'pos'; } return 'nan'; }
console.log(exprCases(-1), exprCases(0), exprCases(5), exprCases(NaN));
