function* g1() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      yield 'try' + i;
    } finally {
      yield 'finally' + i;
    }
  }
}
console.log([...g1()]);
function* g2() {
  outer: while (true) {
    try {
      for (const x of [1, 2, 3]) {
        try { yield x; if (x === 2) break outer; } finally { yield 'inner-fin' + x; }
      }
    } finally { yield 'outer-fin'; }
  }
  yield 'after';
}
console.log([...g2()]);
function* g3() {
  try { return 'ret'; } finally { yield 'yield during return'; }
}
const i3 = g3();
console.log(i3.next(), i3.next(), i3.next());
function* g4() {
  try { throw new Error('E'); } catch (e) { yield e.message; } finally { yield 'fin'; }
  yield 'end';
}
console.log([...g4()]);
function* g5(n) {
  switch (n) {
    case (yield 'case-expr'): yield 'matched'; break;
    default: yield 'default';
  }
}
const i5 = g5(7); console.log(i5.next(), i5.next(7), i5.next());
function* g6() {
  const fns = [];
  for (let i = 0; i < 3; i++) { fns.push(() => i); yield i; }
  yield fns.map(f => f());
}
console.log([...g6()]);
function* g7() {
  class K { [yield 'key'] = 1; static [yield 'static'] () { return 'm'; } }
  yield Object.keys(new K());
  yield Object.getOwnPropertyNames(K).filter(n => n.startsWith('s'));
}
const i7 = g7(); console.log(i7.next().value, i7.next('fieldName').value, i7.next('staticName').value, i7.next().value);
function* g8() { let x = 0; while (x < 5) { x += (yield x) || 1; } return x; }
const i8 = g8(); console.log(i8.next(), i8.next(2), i8.next(), i8.next(10));
function* g9() { try { yield 1; } finally { console.log('g9 cleanup'); } }
const i9 = g9(); i9.next();
try { i9.throw(new Error('into try/finally')); } catch (e) { console.log('propagated', e.message); }
function* g10() { for (const x of [1, 2]) { for (const y of [3, 4]) { if (y === 4) continue; yield [x, y]; } } }
console.log([...g10()]);
function* g11() { let i = 0; do { if (i === 1) { i++; continue; } yield i; } while (++i < 4); }
console.log([...g11()]);
function* g12() { try { yield 1; } finally { return 'finally-return'; } }
const i12 = g12(); i12.next(); console.log(i12.throw('swallowed'));
