const log = [];
const ticker = (name, n) => { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => log.push(name + i)); return p; };
async function* ag() { log.push('ag start'); yield 1; log.push('ag after 1'); yield Promise.resolve(2); log.push('ag after 2'); return 3; }
(async () => { for await (const v of ag()) log.push('got ' + v); log.push('loop done'); })();
ticker('T', 14).then(() => { console.log(log.join(' ')); log.length = 0; part2(); });
function part2() {
  const it = ag();
  it.next().then(r => log.push('n1 ' + r.value));
  it.next().then(r => log.push('n2 ' + r.value));
  it.return('X').then(r => log.push('ret ' + r.value));
  it.next().then(r => log.push('n3 ' + r.done));
  ticker('U', 12).then(() => { console.log(log.join(' ')); log.length = 0; part3(); });
}
function part3() {
  async function a() { log.push('a1'); await b(); log.push('a2'); }
  async function b() { log.push('b1'); await c(); log.push('b2'); return 'bv'; }
  async function c() { log.push('c1'); }
  a();
  (async () => { log.push('x1'); return { then(r) { log.push('x-then'); r(); } }; })().then(() => log.push('x-resolved'));
  Promise.all([a(), 1]).then(() => log.push('all done'));
  Promise.race([b(), Promise.resolve()]).then(() => log.push('race done'));
  Promise.allSettled([Promise.reject(1)]).then(() => log.push('allSettled done'));
  Promise.any([Promise.reject(1), c()]).then(() => log.push('any done'));
  Promise.resolve().finally(() => log.push('fin')).then(() => log.push('after fin'));
  ticker('V', 10).then(() => console.log(log.join(' ')));
}
