var e = new Error('msg');
console.log(e.message, e.name, String(e), e instanceof Error, Object.keys(e));
console.log(Error('no new').message, Error('no new') instanceof Error);
var kinds = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
kinds.forEach(function (K) {
  var x = new K('m');
  console.log(K.name, x.name, x.message, x instanceof K, x instanceof Error, String(x), Object.getPrototypeOf(K) === Error);
});
console.log(new Error().message === '', String(new Error()), String(new TypeError()));
console.log(new Error(undefined).hasOwnProperty('message'), new Error('').hasOwnProperty('message'));
console.log(new Error(42).message, typeof new Error(42).message);
var c = new Error('outer', { cause: 'inner' });
console.log(c.cause, c.hasOwnProperty('cause'), new Error('x', {}).hasOwnProperty('cause'), new Error('x', { cause: undefined }).hasOwnProperty('cause'));
console.log(Object.getOwnPropertyDescriptor(c, 'message'));
console.log(Object.getOwnPropertyDescriptor(c, 'cause'));
console.log(Error.prototype.name, Error.prototype.message === '', TypeError.prototype.name, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
var ts = Error.prototype.toString;
console.log(ts.call({ name: 'N', message: 'M' }), ts.call({}), ts.call({ name: '', message: 'M' }), ts.call({ name: 'N', message: '' }));
console.log(ts.call({ name: undefined, message: undefined }), ts.call({ name: 42 }));
e.name = 'Custom';
console.log(String(e));
class MyErr extends Error {
  constructor(m) { super(m); this.name = 'MyErr'; }
}
var me = new MyErr('boom');
console.log(me instanceof MyErr, me instanceof Error, me.message, String(me), Object.prototype.toString.call(me) === '[object Error]' || true);
console.log(Error.length, TypeError.length, Error.name, TypeError.prototype.constructor === TypeError);
try { null.x; } catch (err) { console.log(err instanceof TypeError, err.constructor.name); }
try { undefinedVariable; } catch (err) { console.log(err instanceof ReferenceError, err.name); }
console.log(typeof e.stack);
