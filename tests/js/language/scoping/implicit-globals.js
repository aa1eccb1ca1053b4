function makeGlobal() { implicitG = 'created'; }
makeGlobal();
console.log(implicitG, globalThis.implicitG, 'implicitG' in globalThis);
console.log(delete globalThis.implicitG, typeof implicitG);
function strictAssign() { 'use strict'; undeclaredStrict = 1; }
try { strictAssign(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
console.log(typeof undeclaredStrict);
globalThis.viaGlobalThis = 42;
console.log(viaGlobalThis);
var declaredVar = 1;
console.log(declaredVar, typeof globalThis.declaredVar);
function chain() { a1 = b1 = 'chained'; }
chain();
console.log(a1, b1);
function inner() { var local = 1; leaked = local + 1; }
inner();
console.log(typeof local, leaked);
