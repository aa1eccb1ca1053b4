console.log(new Error(123).message, new Error(null).message, new Error(true).message, new Error([1, 2]).message);
console.log(new Error({ toString() { return 'from toString'; } }).message);
console.log(new Error('').message === '', Object.prototype.hasOwnProperty.call(new Error(''), 'message'));
try { new Error(Symbol('s')); } catch (e) { console.log('symbol message', e instanceof TypeError); }
let calls = 0;
const m = { toString() { calls++; return 'counted'; } };
const e = new Error(m);
console.log(e.message, calls, e.message, calls);
try { new Error({ toString() { throw new RangeError('toString threw'); } }); } catch (x) { console.log(x.constructor.name, x.message); }
const err = new Error('orig');
err.message = 42;
console.log(err.message, String(err));
err.name = { toString() { return 'ObjName'; } };
console.log(String(err));
const e2 = new TypeError(undefined);
console.log(e2.message === '', Object.keys(e2), String(e2));
const e3 = new Error('x');
delete e3.message;
console.log(e3.message === '', String(e3));
Error.prototype.message = 'default proto message';
console.log(new Error().message, String(new Error()));
Error.prototype.message = '';
