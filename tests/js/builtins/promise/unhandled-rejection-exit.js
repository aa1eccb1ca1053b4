// petrel: status=1
console.log('before');
Promise.resolve().then(() => console.log('microtask still runs'));
Promise.reject(new Error('nobody handles this'));
queueMicrotask(() => console.log('queued microtask runs'));
console.log('after');
