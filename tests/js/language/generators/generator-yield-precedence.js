function* g() {
  const a = yield 1, b = yield 2;
  console.log('a,b', a, b);
  const c = (yield 3) ? 'truthy' : 'falsy';
  console.log('c', c);
  yield yield yield 4;
  const d = yield;
  console.log('d', d);
  yield [yield 'x', yield 'y'];
  yield { [yield 'key']: yield 'val' };
  yield `t${yield 'tmpl'}t`;
}
const it = g();
let r = it.next(), i = 0;
while (!r.done) { console.log(r.value); r = it.next('v' + i++); }
