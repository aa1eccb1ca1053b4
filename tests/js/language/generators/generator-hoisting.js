console.log(typeof hoisted, [...hoisted()]);
function* hoisted() { yield 'hoisted'; }
console.log(typeof exprGen);
var exprGen = function* () {};
{
  function* blockGen() { yield 'block'; }
  console.log([...blockGen()]);
}
console.log(typeof blockGen);
function* nt() { yield new.target; }
console.log(nt().next().value);
function* dup() { yield 1; }
function* dup() { yield 2; }
console.log([...dup()]);
const obj = { g: function* () { yield 'anonymous gen name'; } };
console.log(obj.g.name, [...obj.g()]);
let named = function* inner() { yield typeof inner; };
console.log([...named()], named.name);
