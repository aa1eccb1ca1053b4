function sloppyByDefault() { return this === undefined; }
function directive() { 'use strict'; return this === undefined; }
function afterOther() { 'other directive'; 'use strict'; return this === undefined; }
function notFirst() { var x; 'use strict'; return this === undefined; }
function escaped() { 'use\x20strict'; return this === undefined; }
function dq() { "use strict"; return this === undefined; }
function parenthesized() { ('use strict'); return this === undefined; }
console.log(sloppyByDefault(), directive(), afterOther(), notFirst(), escaped(), dq(), parenthesized());
function outer() { 'use strict'; return (function () { return this === undefined; })(); }
console.log(outer());
function outerArrow() { 'use strict'; return (() => (function () { return this; })())(); }
console.log(outerArrow());
class C { m() { return (function () { return this; })(); } static s() { return this; } }
console.log(new C().m(), C.s() === C);
const obj = { m() { return (function () { return this === globalThis; })(); } };
console.log(obj.m());
function concatDirective() { 'use' + 'strict'; return this === undefined; }
console.log(concatDirective());
function strictInner() { function inner() { 'use strict'; return this; } return [inner(), this === globalThis]; }
console.log(strictInner());
function returnsString() { 'use strict'; return 'use strict'; }
console.log(returnsString());
