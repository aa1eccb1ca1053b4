// petrel: status=1
Promise.resolve('start')
  .then(v => { console.log('then 1', v); return 'next'; })
  .then(v => { console.log('then 2', v); throw new RangeError('thrown in then'); })
  .then(() => console.log('skipped'));
Promise.resolve().then(() => console.log('independent 1')).then(() => console.log('independent 2')).then(() => console.log('independent 3')).then(() => console.log('independent 4'));
