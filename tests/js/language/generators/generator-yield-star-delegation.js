const log = [];
const inner = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next(v) { log.push('next:' + v); this.i++; return { value: 'in' + this.i, done: this.i > 3 }; },
  throw(e) { log.push('throw:' + e); return { value: 'thrown-handled', done: false }; },
  return(v) { log.push('return:' + v); return { value: 'ret:' + v, done: true }; },
};
function* outer() { const r = yield* inner; log.push('result:' + r); return 'outer-done'; }
let it = outer();
console.log(it.next('a'));
console.log(it.next('b'));
console.log(it.throw('E'));
console.log(it.return('R'));
console.log(it.next());
console.log(log);
function* sub() { const x = yield 1; console.log('sub got', x); return 'subret'; }
function* main() { const r = yield* sub(); console.log('main got', r); yield r; }
it = main();
console.log(it.next('x'), it.next('y'), it.next());
function* str() { yield* 'hey'; yield* [1, 2]; }
console.log([...str()]);
// throw when inner has no throw method -> calls return then TypeError
const noThrow = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { console.log('return called'); return {}; } };
function* d() { yield* noThrow; }
it = d(); it.next();
try { it.throw('x'); } catch (e) { console.log(e instanceof TypeError); }
// return when inner return result not done -> continues
const notDone = { [Symbol.iterator]() { return this; }, next() { return { value: 'n', done: false }; }, return(v) { return { value: 'still ' + v, done: false }; } };
function* e() { yield* notDone; }
it = e(); it.next();
console.log(it.return('z'));
// recursive delegation
function* tree(t) { if (Array.isArray(t)) for (const c of t) yield* tree(c); else yield t; }
console.log([...tree([1, [2, [3, 4]], [[5]], 6])]);
