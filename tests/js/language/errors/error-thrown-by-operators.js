const cases = [
  ['call undefined', () => { let u; u(); }],
  ['call number', () => { (5)(); }],
  ['new arrow', () => { const a = () => {}; new a(); }],
  ['new method', () => { const o = { m() {} }; new o.m(); }],
  ['new generator', () => { function* g() {} new g(); }],
  ['read null', () => null.x],
  ['read undefined', () => undefined.x],
  ['write null', () => { null.x = 1; }],
  ['in primitive', () => 'a' in {} && 'a' in 5],
  ['instanceof non-object', () => ({}) instanceof 5],
  ['spread non-iterable', () => [...5]],
  ['destructure null', () => { const { a } = null; }],
  ['symbol to number', () => +Symbol()],
  ['const assign', () => { const c = 1; c = 2; }],
  ['tdz', () => { x; let x; }],
  ['undeclared', () => undeclaredThing],
  ['class call', () => { class K {} K(); }],
  ['super before this', () => { class B {} class D extends B { constructor() { this.x = 1; super(); } } new D(); }],
];
for (const [name, fn] of cases) {
  try { fn(); console.log(name, 'no throw'); } catch (e) { console.log(name, e.constructor.name, e instanceof Error); }
}
