Promise.reject(new Error('e1'))
  .then(() => console.log('skipped'))
  .then(() => console.log('skipped too'))
  .catch(e => { console.log('caught', e.message); return 'recovered'; })
  .then(v => { console.log('then', v); throw new TypeError('e2'); })
  .catch(e => { console.log('caught', e.name); })
  .then(v => console.log('after catch value', v))
  .finally(() => console.log('finally'))
  .then(() => Promise.reject('e3'))
  .catch(e => console.log('caught', e))
  .catch(() => console.log('never'))
  .then(() => { console.log('end'); });
const p = Promise.reject('shared');
p.catch(e => console.log('branch 1', e));
p.catch(e => console.log('branch 2', e));
p.then(null, e => console.log('branch 3', e));
Promise.resolve(1).catch(() => console.log('no catch')).then(v => console.log('value flows through catch', v));
