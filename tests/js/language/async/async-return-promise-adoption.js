const log = [];
async function retPromise() { return Promise.resolve('A'); }
async function retAwait() { return await Promise.resolve('B'); }
async function retValue() { return 'C'; }
async function retThenable() { return { then(r) { r('D'); } }; }
retPromise().then(v => console.log(v));
retAwait().then(v => console.log(v));
retValue().then(v => console.log(v));
retThenable().then(v => console.log(v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i));
