'use strict';
let x = 'outer';
{ let x = 'inner'; console.log(x); }
console.log(x);
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()));
const fns2 = [];
for (var j = 0; j < 3; j++) fns2.push(() => j);
console.log(fns2.map((f) => f()));
const fns3 = [];
for (let i = 0; i < 3; i++) { fns3.push(() => i); i++; }
console.log(fns3.map((f) => f()));
const fns4 = [];
console.log(fns4.map((f) => f()));
function varHoist() { console.log(typeof v); var v = 1; { var v = 2; } return v; }
console.log(varHoist());
{ const c = 'block const'; { const c = 'nested'; console.log(c); } console.log(c); }
if (true) { let scoped = 1; }
console.log(typeof scoped);
let shadow = 1;
function sh() { let shadow = 2; { let shadow = 3; } return shadow; }
console.log(sh(), shadow);
const loopFns = [];
let k = 0;
while (k < 3) { let copy = k; loopFns.push(() => copy); k++; }
console.log(loopFns.map((f) => f()));
const fnsIn = [];
for (const key in { a: 1, b: 2 }) fnsIn.push(() => key);
console.log(fnsIn.map((f) => f()));
label: { let l = 'labeled block'; console.log(l); }
try { throw 'e'; } catch (err) { let inner = err + '!'; console.log(inner); }
console.log(typeof err);
function closures() { const arr = []; for (let i = 0; i < 2; i++) { let j = i * 10; arr.push(() => i + j); } return arr.map((f) => f()); }
console.log(closures());
