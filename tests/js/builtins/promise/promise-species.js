class MyP extends Promise {
  constructor(ex) { super(ex); this.tag = 'mine'; }
}
const m = MyP.resolve(1);
console.log(m instanceof MyP, m.tag);
const t = m.then(x => x);
console.log(t instanceof MyP, t.tag);
console.log(m.catch(() => {}) instanceof MyP, m.finally(() => {}) instanceof MyP);
class NoSpecies extends Promise { static get [Symbol.species]() { return Promise; } }
const n = NoSpecies.resolve(2);
console.log(n instanceof NoSpecies, n.then(x => x) instanceof NoSpecies, n.then(x => x) instanceof Promise);
console.log(Promise[Symbol.species] === Promise, MyP[Symbol.species] === MyP);
const d = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
console.log(typeof d.get, d.set, d.configurable);
console.log(MyP.all([1]) instanceof MyP, MyP.race([1]) instanceof MyP, MyP.reject(1).catch(() => {}) instanceof MyP);
let ctorCalls = 0;
class Counting extends Promise { constructor(ex) { ctorCalls++; super(ex); } }
const c = Counting.resolve();
const before = ctorCalls;
c.then(() => {});
console.log('then constructs one', ctorCalls - before);
MyP.resolve(3).then(v => console.log('subclass then value', v));
const p = Promise.resolve('x');
p.constructor = MyP;
console.log(p.then(() => {}) instanceof MyP);
