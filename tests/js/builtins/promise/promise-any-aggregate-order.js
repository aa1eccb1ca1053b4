let r1, r2, r3;
const p1 = new Promise((_, r) => { r1 = r; });
const p2 = new Promise((_, r) => { r2 = r; });
const p3 = new Promise((_, r) => { r3 = r; });
Promise.any([p1, p2, p3]).catch(e => {
  console.log(e.errors);
  console.log(e.message);
  console.log(Object.getPrototypeOf(e) === AggregateError.prototype, Object.getPrototypeOf(AggregateError) === Error);
});
r3('third'); r1('first'); r2('second');
function* errs() { yield 'g1'; yield 'g2'; }
const ae = new AggregateError(errs(), 'from gen', { cause: 'why' });
console.log(ae.errors, ae.message, ae.cause, AggregateError.length, AggregateError.name);
console.log(Object.getOwnPropertyDescriptor(ae, 'errors').enumerable);
try { new AggregateError(); } catch (e) { console.log('no iterable', e.constructor.name); }
const noNew = AggregateError([1]);
console.log(noNew instanceof AggregateError, noNew.errors);
console.log(String(new AggregateError([], 'str')));
