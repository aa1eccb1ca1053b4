const root = new RangeError('root cause');
const mid = new TypeError('middle', { cause: root });
const top = new Error('top', { cause: mid });
let e = top, chain = [];
while (e) { chain.push(e.name + ':' + e.message); e = e.cause; }
console.log(chain.join(' <- '));
const prim = new Error('p', { cause: 42 });
console.log(prim.cause, typeof prim.cause);
const nullCause = new Error('n', { cause: null });
console.log(nullCause.cause, 'cause' in nullCause);
let getterCalls = 0;
const opts = { get cause() { getterCalls++; return 'lazy'; } };
const lazy = new Error('l', opts);
console.log(lazy.cause, getterCalls, lazy.cause, getterCalls);
const inherited = Object.create({ cause: 'from proto' });
console.log(new Error('i', inherited).cause);
console.log('cause' in new Error('s', 'string options'), 'cause' in new Error('u', undefined));
function wrap(fn) { try { return fn(); } catch (err) { throw new Error('wrapped', { cause: err }); } }
try { wrap(() => null.x); } catch (err) { console.log(err.message, err.cause instanceof TypeError); }
const self = new Error('self');
self.cause = self;
console.log(self.cause === self);
const agg = new AggregateError([new Error('a'), 'b'], 'multiple', { cause: 'agg cause' });
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1], agg.cause, agg instanceof Error);
console.log(Object.prototype.hasOwnProperty.call(agg, 'errors'), Array.isArray(agg.errors));
