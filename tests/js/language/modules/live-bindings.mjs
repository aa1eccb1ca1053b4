// Imports are live views of the exporting module's bindings.
import { count, increment, name, aliased } from './fixtures/counter.mjs';
import counterDefault from './fixtures/counter.mjs';
import * as ns from './fixtures/counter.mjs';
import { bump, counterNs, default as reexportedDefault } from './fixtures/reexport.mjs';
import * as reexports from './fixtures/reexport.mjs';
import './fixtures/cycle-a.mjs';

console.log(count, aliased, ns.count, name, counterDefault(), counterDefault.name);
increment();
bump();
console.log(count, aliased, ns.count, counterNs.count);
console.log(counterNs === ns, reexportedDefault === counterDefault);
console.log(Object.keys(reexports));
try { count = 5; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof this, import.meta.url.endsWith('/live-bindings.mjs'));
