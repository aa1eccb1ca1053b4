// Top-level await: dependants wait for an async dependency; siblings run in order.
console.log('main body starts');
import { after } from './fixtures/after-slow.mjs';
console.log('main sees', after);
const value = await Promise.resolve(42);
console.log('awaited', value);
for await (const x of [Promise.resolve(1), 2]) console.log('for await', x);
