let resolveFn, rejectFn;
const p = new Promise((res, rej) => { resolveFn = res; rejectFn = rej; console.log(typeof res, typeof rej, res.length, rej.length, res.name === '', rej.name === ''); });
resolveFn('first'); resolveFn('second'); rejectFn('third');
p.then(v => console.log('settled with', v));
const p2 = new Promise((res) => { res('ok'); throw new Error('ignored after resolve'); });
p2.then(v => console.log('p2', v));
const p3 = new Promise(() => { throw new Error('executor threw'); });
p3.catch(e => console.log('p3', e.message));
try { new Promise(); } catch (e) { console.log('no executor', e.constructor.name); }
try { new Promise(5); } catch (e) { console.log('non-fn executor', e.constructor.name); }
try { Promise(() => {}); } catch (e) { console.log('without new', e.constructor.name); }
console.log(Promise.length, Promise.name, typeof Promise.prototype.then, Promise.prototype.then.length);
console.log(Object.prototype.toString.call(p), Promise.prototype[Symbol.toStringTag]);
console.log(Promise.prototype.constructor === Promise);
const self = new Promise(r => Promise.resolve().then(() => r(self)));
self.catch(e => console.log('self resolution', e.constructor.name));
const rejectedWithPromise = new Promise((_, rej) => rej(Promise.resolve('inner')));
rejectedWithPromise.catch(e => console.log('reject does not unwrap', e instanceof Promise));
let thisVal;
new Promise(function () { thisVal = this; });
console.log('executor this is global', thisVal === globalThis);
