function outer() {
  const arrow = () => [this && this.tag, arguments.length, arguments[0], new.target === undefined];
  return arrow('ignored', 'args');
}
console.log(outer.call({ tag: 'outer this' }, 'a', 'b', 'c'));
function Ctor() { this.tag = 'ctor'; this.get = () => this.tag; this.nt = (() => new.target === Ctor)(); }
const c = new Ctor();
const detached = c.get;
console.log(detached(), c.nt);
const obj = { tag: 'obj', regular() { return [1].map(() => this.tag); }, arrow: () => typeof this };
console.log(obj.regular(), obj.arrow());
class K { field = () => this.name; name = 'instance'; static s = () => this.name; }
const k = new K();
const f = k.field;
console.log(f(), K.s());
const bound = (() => this).bind({ x: 1 });
console.log(bound() === module.exports);
const called = (() => this).call({ y: 1 });
console.log(called === module.exports);
function nestedArrows() { return () => () => () => this.deep; }
console.log(nestedArrows.call({ deep: 'deep this' })()()());
function argsInArrowDefault(a, b = () => arguments.length) { return b(); }
console.log(argsInArrowDefault(1, undefined, 3));
