(async () => {
  console.log(await Promise.any([Promise.reject(1), Promise.resolve(2), 3]));
  console.log(await Promise.any([Promise.reject(1), new Promise(r => Promise.resolve().then(() => r('late')))]));
  try { await Promise.any([Promise.reject('a'), Promise.reject(new Error('b')), { then(_, j) { j('c'); } }]); }
  catch (e) {
    console.log(e instanceof AggregateError, e.constructor.name, e.name);
    console.log(e.errors.length, e.errors[0], e.errors[1].message, e.errors[2]);
    console.log(Object.prototype.hasOwnProperty.call(e, 'errors'), Array.isArray(e.errors));
    console.log(typeof e.message);
  }
  try { await Promise.any([]); } catch (e) { console.log('empty', e.constructor.name, e.errors); }
  try { await Promise.any(3); } catch (e) { console.log(e.constructor.name); }
  const ae = new AggregateError([1, 2], 'msg');
  console.log(ae.message, ae.errors, ae.name, ae instanceof Error);
  console.log(Promise.any.length, Promise.any.name);
})();
