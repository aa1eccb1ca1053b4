const obj = {
  name: 'obj',
  run() { const f = async () => { await null; return this.name; }; return f(); },
  args() { const f = async () => arguments[0]; return f(); },
};
obj.run().then(v => console.log('this', v));
obj.args('first-arg').then(v => console.log('arguments', v));
class K {
  constructor() { this.v = 42; }
  go() { return (async () => { await 0; return (async () => this.v)(); })(); }
}
new K().go().then(v => console.log('class', v));
const f = async x => x * 2;
const g = async (x, y) => { return x + y; };
const h = async () => ({ obj: true });
f(4).then(v => console.log('f', v));
g(1, 2).then(v => console.log('g', v));
h().then(v => console.log('h', v));
console.log(f.length, g.length, f.name, typeof f.prototype);
try { new f(); } catch (e) { console.log('new', e.constructor.name); }
class Base { greet() { return 'base'; } }
class D extends Base { greet() { return (async () => { await null; return super.greet() + '+derived'; })(); } }
new D().greet().then(v => console.log('super', v));
function Outer() { this.t = 'outer'; return (async () => new.target === Outer)(); }
new Outer().then(v => console.log('new.target', v));
