"use strict";
// %ThrowTypeError%: strict arguments.callee and Function.prototype.caller/arguments.
function f() { return arguments; }
for (const get of [() => f().callee, () => f.caller, () => f.arguments]) {
  try { get(); console.log("no error"); } catch (e) { console.log(e.constructor.name, e.message); }
}
const thrower = Object.getOwnPropertyDescriptor(f(), "callee").get;
console.log(thrower === Object.getOwnPropertyDescriptor(Function.prototype, "caller").get, thrower.length, "[" + thrower.name + "]", Object.isExtensible(thrower));
console.log(Object.getOwnPropertyNames(Function.prototype));
var base = null;
try { base[{ toString() { throw new Error("key converted"); } }] += 1; } catch (e) { console.log(e.constructor.name); }
