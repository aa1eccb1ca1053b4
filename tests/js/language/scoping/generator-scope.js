function* gen() {
  let local = 0;
  while (true) { const received = yield local++; if (received) local = received; }
}
const g = gen();
console.log(g.next().value, g.next().value, g.next(10).value, g.next().value);
function* closures() { for (let i = 0; i < 3; i++) yield () => i; }
console.log([...closures()].map((f) => f()));
function* withThis() { yield this; }
const obj = { withThis };
console.log(obj.withThis().next().value === obj);
function* args() { yield arguments.length; yield arguments[1]; }
console.log([...args('a', 'b', 'c')]);
function* tdz() { yield typeof later; let later; }
try { tdz().next(); } catch (e) { console.log('gen tdz', e.constructor.name); }
function* hoisted() { yield typeof inner; function inner() {} }
console.log(hoisted().next().value);
const gens = [];
for (let i = 0; i < 2; i++) gens.push((function* () { yield i; })());
console.log(gens.map((x) => x.next().value));
function* finallyGen() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
const fg = finallyGen();
fg.next();
console.log(fg.return('early'));
console.log(fg.next());
function* throwing() { try { yield 1; } catch (e) { yield 'caught ' + e; } }
const tg = throwing();
tg.next();
console.log(tg.throw('err').value, tg.next().done);
function* delegating() { const r = yield* inner2(); yield 'inner returned ' + r; }
function* inner2() { yield 'a'; return 'done'; }
console.log([...delegating()]);
