const log = [];
async function* g() {
  log.push('start');
  const a = yield 'one';
  log.push('a=' + a);
  await null;
  const b = yield 'two';
  log.push('b=' + b);
  return 'end';
}
const it = g();
const p1 = it.next('x');
const p2 = it.next('y');
const p3 = it.next('z');
const p4 = it.next('w');
const p5 = it.return('R');
console.log('sync log', log);
p1.then(r => console.log('p1', r, log.join()));
p2.then(r => console.log('p2', r, log.join()));
p3.then(r => console.log('p3', r, log.join()));
p4.then(r => console.log('p4', r));
p5.then(r => console.log('p5', r));
async function* h() { try { yield 1; } finally { console.log('h finally'); } }
const j = h();
const q1 = j.next(), q2 = j.throw('T'), q3 = j.next();
q1.then(r => console.log('q1', r));
q2.then(r => console.log('q2', r), e => console.log('q2 rejected', e));
q3.then(r => console.log('q3', r));
