let x = 'global';
{
  let x = 'block1';
  {
    let x = 'block2';
    console.log(x);
  }
  console.log(x);
}
console.log(x);
function f(x) { { let x = 'inner'; } return x; }
console.log(f('param'));
function g() { const undefined = 'shadowed'; return undefined; }
console.log(g());
function h() { let NaN = 5; return NaN; }
console.log(h());
function i() { var Object = 'not the builtin'; return typeof Object; }
console.log(i(), typeof Object);
const arr = [1, 2, 3];
for (const arr of [['a']]) console.log(arr);
console.log(arr);
function j(a, b = a) { var a = 'redecl'; return [a, b]; }
console.log(j('first'));
function k(fn = () => v) { var v = 'body'; return fn(); }
try { console.log(k()); } catch (e) { console.log(e.constructor.name); }
let v = 'outer v';
console.log(k());
const obj = { x: 'prop', method() { return x; } };
console.log(obj.method());
function nameShadow() { function nameShadow() { return 'inner'; } return nameShadow(); }
console.log(nameShadow());
