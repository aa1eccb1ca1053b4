function add(a, b) { return a + b; }
console.log(add.toString());
console.log(String(function (x) {
  // comment kept
  return x;
}));
console.log((function named  ( a ,b ) {}).toString());
console.log((x => x * 2).toString());
console.log(((a, b) => { return a; }).toString());
console.log(class A { m() { return 1; } }.toString());
var o = { method(a) { return a; }, get g() { return 1; } };
console.log([].push.toString());
console.log(Math.max.toString());
console.log(Object.prototype.hasOwnProperty.toString());
console.log(Function.prototype.toString.call(Array));
console.log(Function.prototype.toString.call(Object));
console.log(String(Symbol));
console.log(String(Error));
console.log(String(String.prototype.slice));
console.log(String(Function.prototype));
