function* inner() { try { yield 'a'; yield 'b'; } finally { console.log('inner finally'); } }
function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
const it = outer();
console.log(it.next());
console.log(it.return('R'));
console.log(it.next());
function* innerYieldsInFinally() { try { yield 1; } finally { yield 'inner cleanup'; } }
function* o2() { const r = yield* innerYieldsInFinally(); console.log('not reached', r); }
const i2 = o2();
i2.next();
console.log(i2.return('X'));
console.log(i2.next());
console.log(i2.next());
const log = [];
const it3 = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, get return() { log.push('get return'); return undefined; } };
function* o3() { yield* it3; }
const i3 = o3(); i3.next();
console.log(i3.return('passthrough'), log);
const it4 = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { return 5; } };
function* o4() { yield* it4; }
const i4 = o4(); i4.next();
try { i4.return(); } catch (e) { console.log('non-object return result', e.constructor.name); }
