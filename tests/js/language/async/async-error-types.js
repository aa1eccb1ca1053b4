async function refErr() { return notDefined; }
async function typeErr() { return null.prop; }
async function custom() { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } throw new MyErr('custom'); }
async function throwsPrimitive() { throw 42; }
async function throwsObject() { throw { code: 'E1' }; }
(async () => {
  for (const f of [refErr, typeErr, custom, throwsPrimitive, throwsObject]) {
    try { await f(); } catch (e) { console.log(f.name, e instanceof Error ? e.name : typeof e, e instanceof Error ? e.message.length > 0 : e); }
  }
  const errs = await Promise.allSettled([refErr(), typeErr(), custom()]);
  console.log(errs.map(r => r.status + ':' + r.reason.name));
  try { await Promise.reject(new AggregateError([new Error('x')], 'agg')); } catch (e) { console.log(e.name, e.message, e.errors.length); }
})();
