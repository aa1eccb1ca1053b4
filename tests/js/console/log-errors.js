var e = new Error('boom');
console.log(e.message, e.name);
console.log(String(e), String(new TypeError('t')));
console.log(Object.keys(e));
