function* level3() { try { yield 'l3'; } catch (e) { console.log('l3 caught', e); throw e + '+l3'; } }
function* level2() { try { yield* level3(); } catch (e) { console.log('l2 caught', e); yield 'l2 recovered'; } }
function* level1() { yield* level2(); yield 'l1 continues'; }
const it = level1();
console.log(it.next());
console.log(it.throw('ERR'));
console.log(it.next());
console.log(it.next());
function* thrower() { yield 1; null.x; }
const t = thrower();
t.next();
try { t.next(); } catch (e) { console.log(e.constructor.name); }
console.log(t.next());
function* consumer() { try { for (const x of thrower()) yield x; } catch (e) { yield 'consumer caught ' + e.constructor.name; } }
console.log([...consumer()]);
function* rethrowFromFinally() { try { yield 1; } finally { console.log('cleanup runs'); } }
const r = rethrowFromFinally(); r.next();
try { r.throw(new RangeError('r')); } catch (e) { console.log(e.name); }
