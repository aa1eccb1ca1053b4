let closed = 0;
function* nums() { try { let i = 0; while (true) yield i++; } finally { closed++; } }
const [a, b, c] = nums();
console.log(a, b, c, 'closed', closed);
const [x, , y] = nums();
console.log(x, y, 'closed', closed);
const [first, ...rest] = (function* () { yield 1; yield 2; yield 3; })();
console.log(first, rest);
function* three() { yield 'p'; yield 'q'; yield 'r'; }
console.log(Math.max(...(function* () { yield 3; yield 9; yield 4; })()));
console.log([0, ...three(), 4]);
const { 0: z, length } = [...three()];
console.log(z, length);
let p, q;
[p, q = 'def'] = three();
console.log(p, q);
[p, q = 'def'] = (function* () { yield 1; })();
console.log(p, q);
function f(...args) { return args.join('|'); }
console.log(f(...three(), ...three()));
const [[n1], [n2]] = [three(), three()];
console.log(n1, n2);
const [] = nums();
console.log('empty pattern closed', closed);
