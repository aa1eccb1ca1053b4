function* g(tag) { try { yield 1; yield 2; yield 3; } finally { console.log('closed', tag); } }
try { Array.from(g('Array.from mapper throws'), x => { if (x === 2) throw new Error('map'); return x; }); } catch (e) { console.log(e.message); }
try { const [a = (() => { throw new Error('default init'); })()] = (function* () { try { yield undefined; } finally { console.log('closed destructuring default'); } })(); } catch (e) { console.log(e.message); }
const [x] = g('destructure one');
console.log(x);
const [...all] = g('rest consumes all');
console.log(all);
Promise.all(g('Promise.all')).then(v => console.log('Promise.all', v));
console.log(Object.fromEntries((function* () { try { yield ['k', 'v']; } finally { console.log('closed fromEntries'); } })()));
try { Object.fromEntries(g('fromEntries bad entry')); } catch (e) { console.log(e.constructor.name); }
function f(a, b) { return a + b; }
console.log(f(...g('spread call')));
try { for (const [k] of g('for-of destructure non-iterable')) {} } catch (e) { console.log(e.constructor.name); }
