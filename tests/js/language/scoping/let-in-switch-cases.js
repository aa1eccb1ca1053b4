function f(n) {
  switch (n) {
    case 1: { let x = 'one'; return x; }
    case 2: let y = 'two'; return y;
    case 3: return typeof z;
    default: { let x = 'default'; return x; }
  }
}
console.log(f(1), f(2), f(4));
try { console.log(f(3)); } catch (e) { console.log('case3', e.constructor.name); }
function g(n) {
  switch (n) {
    case 'a': let shared = 'from a';
    case 'b': try { return shared; } catch (e) { return 'tdz in b: ' + e.constructor.name; }
  }
}
console.log(g('a'));
console.log(g('b'));
function h(n) {
  let out = [];
  switch (n) {
    case 0: var v = 'var hoisted';
    case 1: out.push(typeof v, v);
  }
  return out;
}
console.log(h(0), h(1));
function k() {
  let x = 'outer';
  switch (1) { case 1: let x = 'inner'; console.log(x); }
  return x;
}
console.log(k());
function fnInSwitch(n) {
  switch (n) {
    case 1: function inner() { return 'inner fn'; } return inner();
    case 2: return typeof inner;
  }
}
console.log(fnInSwitch(1), fnInSwitch(2));
const closures = [];
for (let i = 0; i < 3; i++) {
  switch (i) { case 0: case 1: case 2: { let c = i * 10; closures.push(() => c); } }
}
console.log(closures.map((f) => f()));
