// Destructuring assignment into super properties stores through the home object's prototype with this as receiver.
const base = { set x(v) { this.seen = "base setter " + v; } };
const o = {
  __proto__: base,
  run() {
    [super.x, super["y"]] = [1, 2];
    ({ a: super.z = 3 } = {});
    return [this.seen, this.y, this.z, Object.hasOwn(base, "y")];
  },
};
console.log(o.run());
class A {}
class B extends A { m() { [super.q] = ["q"]; return this.q; } }
console.log(new B().m());
