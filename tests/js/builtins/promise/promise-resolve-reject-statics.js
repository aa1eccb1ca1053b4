const p1 = Promise.resolve(1);
console.log(p1 instanceof Promise, Promise.resolve(p1) === p1);
Promise.resolve({ then(r) { r('thenable unwrapped'); } }).then(console.log);
Promise.resolve({ then: 'not a function' }).then(v => console.log('plain object', v));
Promise.reject(p1).catch(v => console.log('reject keeps promise', v === p1));
Promise.reject({ then(r) { r('x'); } }).catch(v => console.log('reject keeps thenable', typeof v.then));
console.log(Promise.resolve.length, Promise.reject.length, Promise.resolve.name, Promise.reject.name);
const { resolve } = Promise;
try { resolve(1); } catch (e) { console.log('detached resolve', e.constructor.name); }
const bound = Promise.resolve.bind(Promise);
bound('bound').then(console.log);
Promise.resolve().then(v => console.log('resolve() value', v));
Promise.resolve(undefined).then(v => console.log(v === undefined));
