class Coll {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { for (const x of this.items) yield x; }
  *map(f) { for (const x of this) yield f(x); }
  static *range(a, b) { for (let i = a; i < b; i++) yield i; }
  *['computed' + 'Name']() { yield 'c'; }
}
const c = new Coll(1, 2, 3);
console.log([...c]);
console.log([...c.map(x => x * 10)]);
console.log([...Coll.range(3, 6)]);
console.log([...c.computedName()]);
console.log(Coll.prototype.map.name, Coll.range.name);
const obj = {
  base: 100,
  *gen() { yield this.base; yield this.base + 1; },
  async *ag() {},
};
console.log([...obj.gen()]);
console.log(typeof obj.ag);
try { new obj.gen(); } catch (e) { console.log(e.constructor.name); }
class Sub extends Coll {
  *[Symbol.iterator]() { yield 'pre'; yield* super[Symbol.iterator](); yield 'post'; }
}
console.log([...new Sub('a', 'b')]);
const GenProto = Object.getPrototypeOf(function* () {});
console.log(Object.getPrototypeOf(Coll.prototype.map) === GenProto);
console.log(Object.getPrototypeOf(c.map(x => x)) === Coll.prototype.map.prototype);
