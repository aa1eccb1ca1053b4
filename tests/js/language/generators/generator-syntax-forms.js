const exprGen = function* () { yield 'expr'; };
const o = { *m() { yield 'method'; }, *'str key'() { yield 'str'; }, *[1 + 1]() { yield 'num'; } };
class C { static *s() { yield 'static'; } *#priv() { yield 'private'; } callPriv() { return [...this.#priv()]; } }
console.log([...exprGen()], [...o.m()], [...o['str key']()], [...o[2]()], [...C.s()], new C().callPriv());
function* yieldAsIdentifierInside() { const yieldVal = 3; yield yieldVal; }
console.log([...yieldAsIdentifierInside()]);
function notGen() { var yield_ = 1; return yield_; }
console.log(notGen());
function* withLoops() {
  for (let i = 0; i < 2; i++) yield 'for' + i;
  let j = 0; while (j < 2) yield 'while' + j++;
  do yield 'do'; while (false);
  for (const k in { a: 1, b: 2 }) yield 'in' + k;
  switch (yield 'sw') { case 'go': yield 'case-go'; break; default: yield 'default'; }
  label: { yield 'labelled'; break label; }
}
const it = withLoops();
let r; const out = [];
while (!(r = it.next(out[out.length - 1] === 'sw' ? 'go' : undefined)).done) out.push(r.value);
console.log(out);
console.log(Object.getOwnPropertyNames(o).length, o.m.name, o[2].name);
