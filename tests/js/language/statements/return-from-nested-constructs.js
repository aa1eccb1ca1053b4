function fromSwitch(x) { switch (x) { case 1: { for (;;) { return 'switch-loop'; } } default: return 'default'; } }
console.log(fromSwitch(1), fromSwitch(2));
function fromLabeled() { outer: { inner: { return 'labeled'; } } }
console.log(fromLabeled());
function fromForOf() { for (const x of [1, 2, 3]) { if (x === 2) return 'for-of ' + x; } }
console.log(fromForOf());
function fromForIn() { for (const k in { a: 1, b: 2 }) { if (k === 'b') return 'for-in ' + k; } }
console.log(fromForIn());
function fromWhileTry() { let i = 0; while (true) { try { if (++i === 3) return 'while-try ' + i; } finally { } } }
console.log(fromWhileTry());
function fromCatch() { try { throw 1; } catch (e) { for (;;) return 'catch-loop ' + e; } }
console.log(fromCatch());
function implicitUndefined() { if (false) return 1; }
console.log(implicitUndefined());
function returnInDoWhile() { do { return 'do'; } while (true); }
console.log(returnInDoWhile());
const arrow = () => { { { return 'nested blocks'; } } };
console.log(arrow());
function returnAssignment() { let x; return x = 5; }
console.log(returnAssignment());
function returnComma() { return 1, 2, 3; }
console.log(returnComma());
function returnFromGenerator() { const it = (function* () { yield 1; return 'gen return'; })(); return [it.next(), it.next(), it.next()]; }
console.log(returnFromGenerator());
