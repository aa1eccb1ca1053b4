// Sloppy functions with simple parameters: arguments elements alias the parameters (10.4.4).
function f(a, b) {
  arguments[0] = 10; b = 20;
  console.log(a, arguments[1], arguments.length);
  delete arguments[0]; arguments[0] = 5; console.log(a);
  return arguments;
}
console.log(f(1, 2));
function g(a) { Object.defineProperty(arguments, "0", { value: 3, writable: false }); a = 9; return [a, arguments[0]]; }
console.log(g(1));
function h(a, a) { arguments[0] = 'x'; arguments[1] = 'y'; return a; }
console.log(h(1, 2));
function k(a) { "use strict"; arguments[0] = 2; return a; }
console.log(k(1));
function m(a) { a = 5; return Array.prototype.slice.call(arguments); }
console.log(m(1, 2), [...(function(a){ a = 7; return arguments; })(1)]);
function n(a) { const c = () => { a = 4; return arguments[0]; }; return c(); }
console.log(n(1), (function(a){ arguments[0] = 2; return a; })());
function o(a) { Object.defineProperty(arguments, "0", { get() { return 1; } }); a = 3; return arguments[0]; }
console.log(o(0), Object.getOwnPropertyDescriptor((function(a){return arguments})(4), "0"));
