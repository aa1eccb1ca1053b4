function* counter(start) {
  let n = start;
  const self = this;
  yield typeof self;
  while (n < start + 3) yield n++;
}
console.log([...counter(10)]);
const o = { name: 'obj', *g() { yield this.name; } };
console.log([...o.g()]);
console.log([...o.g.call({ name: 'other' })]);
function* strict() { 'use strict'; yield this; }
console.log(strict().next().value);
function* args() { yield arguments[0]; arguments[0] = 'changed'; yield arguments[0]; }
console.log([...args('orig')]);
const gens = [];
for (let i = 0; i < 3; i++) gens.push((function* () { yield i; })());
console.log(gens.map(g => g.next().value));
function* defaults(a = 1, { b } = { b: 2 }, ...c) { yield [a, b, c]; }
console.log(defaults().next().value, defaults(5, { b: 6 }, 7, 8).next().value);
let sideEffect = 0;
function* lazy(x = ++sideEffect) { yield x; }
const l = lazy();
console.log('side effect after call', sideEffect);
l.next();
console.log('after next', sideEffect);
function* throwsEarly({ a }) { yield a; }
try { throwsEarly(); } catch (e) { console.log('param error at call', e.constructor.name); }
