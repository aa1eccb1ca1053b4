function* g1() { yield 1; throw new Error('gen error'); }
const it = g1();
console.log(it.next().value);
try { it.next(); } catch (e) { console.log('caught', e.message); }
console.log(it.next());
function* g2() { try { yield 1; } finally { yield 'from finally'; } }
const it2 = g2();
it2.next();
console.log(it2.return('r'), it2.next(), it2.next());
function* g3() { yield 1; }
const it3 = g3();
try { it3.throw(new Error('before start')); } catch (e) { console.log('thrown before start', e.message); }
console.log(it3.next());
function* g4() { try { yield 1; } catch (e) { console.log('inside catch', e); } return 'end'; }
const it4 = g4();
it4.next();
console.log(it4.throw('x'));
const it5 = (function* () { const x = yield; console.log('got', x); })();
it5.next(); it5.next('value');
function* g6() { try { yield 1; } finally { throw new Error('finally throws'); } }
const it6 = g6(); it6.next();
try { it6.return(); } catch (e) { console.log(e.message); }
function* running() { try { it7.next(); } catch (e) { yield e.constructor.name; } }
const it7 = running();
console.log(it7.next().value);
const closed = [];
function* counted() { try { yield 1; yield 2; } finally { closed.push('closed'); } }
for (const v of counted()) { if (v === 1) break; }
try { for (const v of counted()) { throw 'loop err'; } } catch (e) { closed.push(e); }
const [first] = counted();
console.log(closed, first);
