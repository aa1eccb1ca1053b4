console.log(String(new Error('m')));
console.log(String(new Error()));
console.log(String(new TypeError('bad type')));
console.log(new RangeError('r').toString());
const e = new Error('msg'); e.name = '';
console.log(JSON_like(e.toString()));
function JSON_like(s) { return '[' + s + ']'; }
const e2 = new Error(''); e2.name = 'Custom';
console.log(e2.toString());
const e3 = new Error('m'); e3.name = undefined;
console.log(e3.toString());
const e4 = new Error('m'); e4.message = undefined;
console.log(e4.toString());
console.log(Error.prototype.toString.call({ name: 'Fake', message: 'obj' }));
console.log(Error.prototype.toString.call({}));
console.log(Error.prototype.toString.call({ name: 5, message: true }));
try { Error.prototype.toString.call(1); } catch (x) { console.log(x instanceof TypeError); }
console.log(Error.prototype.toString());
console.log('' + new SyntaxError('s'));
console.log(`${new ReferenceError('ref')}`);
const e5 = new Error('line1\nline2');
console.log(e5.toString());
