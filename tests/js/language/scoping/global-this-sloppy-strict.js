function sloppy() { return this; }
function strict() { 'use strict'; return this; }
console.log(sloppy() === globalThis, strict());
console.log(typeof sloppy.call(5), typeof strict.call(5), strict.call(5));
console.log(sloppy.call(null) === globalThis, strict.call(null));
console.log(sloppy.call(undefined) === globalThis, strict.call(undefined));
console.log(typeof sloppy.call('s'), sloppy.call('s') instanceof String);
console.log(typeof sloppy.call(true), strict.call(true));
const o = { sloppy, strict };
console.log(o.sloppy() === o, o.strict() === o);
const detached = o.strict;
console.log(detached());
console.log((0, o.strict)());
console.log((o.strict)() === o);
const arrow = () => this;
console.log(arrow() === module.exports, this === module.exports);
console.log(typeof globalThis, globalThis === globalThis.globalThis);
function nestedStrict() { 'use strict'; return (function () { return this; })(); }
console.log(nestedStrict());
function sym() { return typeof this; }
console.log(sym.call(Symbol('x')));
