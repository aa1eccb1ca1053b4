let it;
function* g() { try { it.next(); } catch (e) { console.log(e.constructor.name); } yield 1; }
it = g();
console.log(it.next());
function* h() { try { it2.return(); } catch (e) { console.log('return', e.constructor.name); } try { it2.throw(1); } catch (e) { console.log('throw', e.constructor.name); } yield 2; }
const it2 = h();
console.log(it2.next());
const proto = Object.getPrototypeOf(g.prototype);
for (const m of ['next', 'return', 'throw']) {
  try { proto[m].call({}); } catch (e) { console.log(m, e.constructor.name); }
  try { proto[m].call(undefined); } catch (e) { console.log(m, e.constructor.name); }
}
// an exception thrown inside completes the generator
function* bad() { yield 1; throw new Error('inside'); }
const b = bad();
b.next();
try { b.next(); } catch (e) { console.log(e.message); }
console.log(b.next());
