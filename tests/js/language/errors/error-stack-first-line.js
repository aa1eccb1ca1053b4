function check(e) { console.log(typeof e.stack, e.stack.split('\n')[0]); }
check(new Error('plain'));
check(new TypeError('typed'));
check(new RangeError(''));
check(new Error());
try { null.x; } catch (e) { console.log(e.stack.split('\n')[0].startsWith('TypeError: ')); }
try { undefinedVariable; } catch (e) { check(e); }
const e = new Error('multi\nline message');
console.log(e.stack.split('\n')[0]);
console.log(Object.prototype.hasOwnProperty.call(new Error('x'), 'stack'));
