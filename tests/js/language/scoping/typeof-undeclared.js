console.log(typeof notDeclaredAnywhere);
console.log(typeof notDeclaredAnywhere === 'undefined');
try { typeof notDeclared.prop; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
try { notDeclared; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
try { notDeclared(); } catch (e) { console.log(e instanceof ReferenceError, e.message); }
console.log(typeof typeof notDeclared);
console.log(typeof (notDeclared2 => 1));
console.log((function () { 'use strict'; return typeof undeclaredInStrict; })());
console.log(typeof globalThis.notDeclared3);
console.log('notDeclared4' in globalThis);
function inner() { return typeof laterVar; var laterVar = 1; }
console.log(inner());
console.log(typeof null, typeof undefined, typeof NaN, typeof [], typeof {}, typeof function () {}, typeof class {}, typeof Symbol());
console.log(typeof Math, typeof console.log, typeof Object);
