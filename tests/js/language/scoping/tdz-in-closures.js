function make() {
  const read = () => value;
  const write = (v) => { value = v; };
  let r1, r2;
  try { read(); r1 = 'no error'; } catch (e) { r1 = e.constructor.name; }
  try { write(3); r2 = 'no error'; } catch (e) { r2 = e.constructor.name; }
  let value = 1;
  return [r1, r2, read(), (write(5), read())];
}
console.log(make());
function typeofTdz() { try { return typeof t; } catch (e) { return e.constructor.name; } let t; }
console.log(typeofTdz());
const fns = [];
{
  fns.push(() => inner);
  try { fns[0](); } catch (e) { console.log('block tdz', e instanceof ReferenceError); }
  let inner = 'inner ready';
}
console.log(fns[0]());
function paramScope(a = () => b) { let b = 2; try { return a(); } catch (e) { return e.constructor.name; } }
console.log(paramScope());
function nested() {
  function outerUse() { return deep(); }
  function deep() { return late; }
  let r;
  try { r = outerUse(); } catch (e) { r = 'TDZ:' + (e instanceof ReferenceError); }
  const late = 'late';
  return [r, outerUse()];
}
console.log(nested());
let counter = 0;
function incr() { counter++; return counter; }
console.log(incr(), incr());
class Later {}
function useClass() { return typeof Later; }
console.log(useClass());
try { (function () { x1 = 1; let x1; })(); } catch (e) { console.log('assign before let', e instanceof ReferenceError); }
try { (function () { const c = (() => c)(); })(); } catch (e) { console.log('const self ref', e instanceof ReferenceError); }
