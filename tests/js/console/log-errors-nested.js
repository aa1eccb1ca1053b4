var e = new Error('inner');
var keys = Object.keys({ err: e });
console.log(keys, e instanceof Error);
console.log(typeof e.stack === 'string', e.stack.split('\n')[0]);
var te = new TypeError('t');
console.log(te.stack.split('\n')[0], Object.prototype.hasOwnProperty.call(te, 'message'));
