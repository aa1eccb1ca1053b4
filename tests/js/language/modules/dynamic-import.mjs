// import(): a promise of the namespace; failures reject, and an errored module rejects again
// with the same error.
import * as direct from './fixtures/counter.mjs';

const ns = await import('./fixtures/counter.mjs');
console.log(ns === direct, ns.name);
const promise = import('./fixtures/counter.mjs');
console.log(promise instanceof Promise);

const first = await import('./fixtures/throws.mjs').catch((e) => e);
const second = await import('./fixtures/throws.mjs').catch((e) => e);
console.log(first.constructor.name, first.message, first === second);

const missing = await import('./fixtures/does-not-exist.mjs').catch((e) => e);
console.log(missing.constructor.name, missing.code);

const bad = await import({ toString() { throw new TypeError('no string'); } }).catch((e) => e.message);
console.log(bad);
const options = await import('./fixtures/counter.mjs', 1).catch((e) => e.constructor.name);
console.log(options);
