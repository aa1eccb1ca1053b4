'use strict';
function f1() { try { return 'try'; } finally { console.log('finally runs'); } }
console.log(f1());
function f2() { try { return 'try'; } finally { return 'finally'; } }
console.log(f2());
function f3() { try { throw new Error('lost'); } finally { return 'finally overrides throw'; } }
console.log(f3());
function f4() { for (let i = 0; i < 3; i++) { try { return 'ret ' + i; } finally { if (i < 2) continue; } } return 'after loop'; }
console.log(f4());
function f5() { while (true) { try { return 'never'; } finally { break; } } return 'broke out'; }
console.log(f5());
function f6() { let x = 1; try { return x; } finally { x = 2; } }
console.log(f6());
function f7() { const o = { v: 1 }; try { return o; } finally { o.v = 2; } }
console.log(f7());
function f8() { try { try { throw new Error('inner'); } finally { console.log('inner finally'); } } catch (e) { return 'caught ' + e.message; } }
console.log(f8());
function f9() { try { try { return 'inner try'; } finally { throw new Error('finally throws'); } } catch (e) { return e.message; } }
console.log(f9());
function f10() { const log = []; for (const x of [1, 2, 3]) { try { if (x === 2) continue; log.push('body' + x); } finally { log.push('fin' + x); } } return log.join(','); }
console.log(f10());
function f11() { const log = []; try { log.push('try'); } catch (e) { log.push('catch'); } finally { log.push('finally'); } return log.join(','); }
console.log(f11());
function f12() { try { throw 1; } catch (e) { return 'catch ' + e; } finally { console.log('f12 finally'); } }
console.log(f12());
function f13() { try { throw 1; } catch (e) { throw 2; } finally { return 'finally wins over catch throw'; } }
console.log(f13());
function f14() { let i = 0; do { try { i++; if (i < 3) continue; break; } finally { console.log('iter', i); } } while (true); return i; }
console.log(f14());
function f15() { lbl: try { break lbl; } finally { console.log('f15 finally'); } return 'after label'; }
console.log(f15());
function f16() { try { return (() => { throw new Error('in expr'); })(); } catch (e) { return 'caught ' + e.message; } finally { console.log('f16 fin'); } }
console.log(f16());
function f17() { try { } finally { } return 'empty'; }
console.log(f17());
function f18() { try { return 'a'; } finally { try { return 'b'; } finally { console.log('nested fin'); } } }
console.log(f18());
