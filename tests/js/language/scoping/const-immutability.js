const a = 1;
try { a = 2; } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log(a);
try { a += 1; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { a++; } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log(a);
const o = { n: 1 };
o.n = 2; o.m = 3;
console.log(o);
function f() { const c = 'c'; try { c = 'd'; } catch (e) { return 'caught ' + e.constructor.name; } }
console.log(f());
for (const k of [1, 2]) console.log(k);
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log(e instanceof TypeError, e.message); }
const arr = [];
arr.push(1);
console.log(arr);
function late() { try { cc = 5; } catch (e) { return e.constructor.name; } }
const cc = 1;
console.log(late(), cc);
let counter = 0;
const side = () => { counter++; return 1; };
const lhs = 10;
try { lhs = side(); } catch (e) { console.log('rhs evaluated', counter); }
const nf = function named() { try { named = 1; } catch (e) { return 'no error sloppy?'; } return typeof named; };
console.log(nf());
const nfs = function named2() { 'use strict'; try { named2 = 1; } catch (e) { return e.constructor.name; } return 'no error'; };
console.log(nfs());
