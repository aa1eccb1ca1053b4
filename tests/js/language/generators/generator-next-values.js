function* echo() {
  const a = yield 'first';
  console.log('got a', a);
  const b = yield a * 2;
  console.log('got b', b);
  return a + b;
}
const it = echo();
console.log(it.next('ignored'));
console.log(it.next(5));
console.log(it.next(7));
console.log(it.next(9));
function* acc() { let total = 0; while (true) { const v = yield total; if (v === undefined) return total; total += v; } }
const a = acc();
a.next();
console.log(a.next(1).value, a.next(2).value, a.next(3).value);
console.log(a.next());
function* exprs() {
  const arr = [yield 1, yield 2];
  console.log('arr', arr);
  const obj = { x: yield 3 };
  console.log('obj', obj);
  console.log('sum', (yield 4) + (yield 5));
}
const x = exprs();
let r = x.next(); let i = 10;
while (!r.done) { console.log(r.value); r = x.next(i++); }
