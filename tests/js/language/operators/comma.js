var x = (1, 2, 3); console.log(x);
var log = [];
var y = (log.push("a"), log.push("b"), log.length); console.log(y, log.join());
for (var i = 0, j = 10; i < j; i += 3, j -= 3) log.push(i + ":" + j);
console.log(log.join());
var o = { f() { return this === o; } };
console.log((0, o.f)() === false, (o.f)() === true);
console.log((0, o.f)(), (o, o.f)());
function strictThis() { "use strict"; return this; }
var so = { m: strictThis };
console.log((0, so.m)(), so.m() === so);
var z; z = 1, 2; console.log(z);
console.log([1, 2, (3, 4)].length);
console.log(((a, b) => a + b)((1, 2), 3));
