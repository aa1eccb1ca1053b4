// Module namespace exotic objects (10.4.6).
import * as ns from './fixtures/counter.mjs';

console.log(Object.getPrototypeOf(ns), Object.isExtensible(ns), Object.prototype.toString.call(ns));
console.log(Object.getOwnPropertyNames(ns), Object.getOwnPropertySymbols(ns).length);
console.log(Object.getOwnPropertyDescriptor(ns, 'count'));
console.log(Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag));
for (const attempt of [
  () => { ns.count = 1; },
  () => { ns.fresh = 1; },
  () => { delete ns.count; },
  () => Object.defineProperty(ns, 'count', { value: 99 }),
  () => Object.setPrototypeOf(ns, {}),
]) {
  try { console.log(attempt()); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(Object.defineProperty(ns, 'count', { value: 0 }) === ns);
console.log('count' in ns, 'nope' in ns, delete ns.nope, Object.isFrozen(ns), Object.isSealed(ns));
const copy = { ...ns };
console.log(Object.keys(copy));
