let captured = [];
function FakePromise(executor) {
  return new Promise(executor);
}
FakePromise.resolve = v => ({ then(res, rej) { captured.push(res); } });
const result = Promise.all.call(FakePromise, [1, 2]);
console.log('captured', captured.length);
captured[0]('A');
captured[0]('A-again');
captured[1]('B');
result.then(v => console.log('all resolved', v));
let closeCalled = false;
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closeCalled = true; return {}; } }; } };
const Thrower = function (ex) { return new Promise(ex); };
Thrower.resolve = () => { throw new Error('resolve threw'); };
Promise.all.call(Thrower, it).catch(e => console.log(e.message, 'closed', closeCalled));
const badIter = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { console.log('should not close'); } }; } };
Promise.all(badIter).catch(e => console.log(e.message));
const notCallable = { [Symbol.iterator]: 5 };
Promise.race(notCallable).catch(e => console.log('race', e.constructor.name));
Promise.allSettled(notCallable).catch(e => console.log('allSettled', e.constructor.name));
Promise.any(notCallable).catch(e => console.log('any', e.constructor.name));
