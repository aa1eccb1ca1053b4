// petrel: status=1
async function fail() { await null; console.log('in fail'); throw new TypeError('async failure'); }
fail();
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
console.log('sync done');
