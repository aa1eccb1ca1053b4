const log = [];
const it = {
  [Symbol.iterator]() { return this; },
  next(v) { log.push('next ' + v); return { value: 'n', done: false }; },
  throw(e) { log.push('throw ' + e); if (e === 'finish') return { value: 'thrown-done', done: true }; return { value: 't', done: false }; },
};
function* outer() { const r = yield* it; log.push('yield* result ' + r); yield 'after'; }
const o = outer();
console.log(o.next('ignored'), o.throw('keep'), o.next('x'), o.throw('finish'), o.next());
console.log(log);
const throwing = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, throw(e) { throw new Error('inner throw threw: ' + e); } };
function* o2() { try { yield* throwing; } catch (e) { yield e.message; } }
const i2 = o2(); i2.next();
console.log(i2.throw('E'));
function* gen() { try { yield 1; } catch (e) { yield 'gen caught ' + e; } }
function* o3() { yield* gen(); yield 'o3 continues'; }
const i3 = o3(); i3.next();
console.log(i3.throw('T'), i3.next(), i3.next());
