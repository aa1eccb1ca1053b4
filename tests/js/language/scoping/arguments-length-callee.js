function f() { return arguments.length; }
console.log(f(), f(1), f(1, 2, 3), f(undefined), f(...[1, 2]));
function g(a, b) { return [arguments.length, g.length]; }
console.log(g(1), g(1, 2, 3));
function h() { return arguments.callee === h; }
console.log(h());
function toArr() { return Array.prototype.slice.call(arguments); }
console.log(toArr(1, 'a', null));
function spreadArgs() { return [...arguments]; }
console.log(spreadArgs(3, 2, 1));
function typeOf() { return [typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)]; }
console.log(typeOf());
function keys() { return Object.keys(arguments); }
console.log(keys('x', 'y'));
function iter() { const r = []; for (const a of arguments) r.push(a); return r; }
console.log(iter(1, 2, 3));
function arrowInside() { const a = () => arguments[0]; return a('inner'); }
console.log(arrowInside('outer'));
function lengthWritable() { arguments.length = 10; return arguments.length; }
console.log(lengthWritable(1));
function addProp() { arguments.extra = 1; return arguments.extra; }
console.log(addProp());
function restVsArgs(a, ...rest) { return [arguments.length, rest.length]; }
console.log(restVsArgs(1, 2, 3));
function defaultsArgs(a = 5) { return [a, arguments.length]; }
console.log(defaultsArgs());
function recurse(n) { return n === 0 ? 0 : 1 + arguments.callee(n - 1); }
console.log(recurse(5));
function shadowArgs() { let arguments = 'shadowed'; return arguments; }
console.log(shadowArgs(1));
function argsLengthDesc() { const d = Object.getOwnPropertyDescriptor(arguments, 'length'); return [d.enumerable, d.writable, d.configurable]; }
console.log(argsLengthDesc());
console.log(((...a) => a.length)(1, 2));
