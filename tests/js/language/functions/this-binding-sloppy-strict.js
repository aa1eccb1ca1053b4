function sloppy() { return this; }
function strict() { "use strict"; return this; }
console.log(sloppy() === globalThis, strict());
console.log(typeof sloppy.call(5), sloppy.call(5) instanceof Number, strict.call(5));
console.log(typeof sloppy.call("s"), strict.call("s"), typeof sloppy.call(true));
console.log(sloppy.call(null) === globalThis, sloppy.call(undefined) === globalThis);
console.log(strict.call(null), strict.call(undefined));
var sym = Symbol("t");
console.log(typeof sloppy.call(sym), typeof strict.call(sym));
var o = { sloppy, strict };
console.log(o.sloppy() === o, o.strict() === o);
var detached = o.strict; console.log(detached());
console.log(o["strict"]() === o);
Number.prototype.getThis = function () { "use strict"; return typeof this; };
Number.prototype.getThisSloppy = function () { return typeof this; };
console.log((5).getThis(), (5).getThisSloppy());
String.prototype.me = function () { "use strict"; return this; };
console.log("abc".me(), typeof "abc".me());
var arrowStrict = () => { "use strict"; return this; };
console.log(arrowStrict() === module.exports);
console.log(this === module.exports);
function nestedStrict() { "use strict"; function inner() { return this; } return inner(); }
console.log(nestedStrict());
class K { m() { return this; } static s() { return this; } }
var m = new K().m; console.log(m());
var s = K.s; console.log(s());
var getterThis = { get g() { return this; } };
console.log(getterThis.g === getterThis);
var proto = { who() { return this.name; } };
var child = Object.create(proto); child.name = "child";
console.log(child.who());
console.log([1].map(function () { return this; }, "ctx")[0] instanceof String);
console.log([1].map(function () { "use strict"; return this; }, "ctx")[0]);
console.log([1].map(function () { "use strict"; return this; })[0]);
