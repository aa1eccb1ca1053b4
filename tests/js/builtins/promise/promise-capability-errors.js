function NoCall(executor) { }
try { Promise.resolve.call(NoCall, 1); } catch (e) { console.log('executor never called', e.constructor.name); }
function CallsTwice(executor) { executor(() => {}, () => {}); executor(() => {}, () => {}); }
try { Promise.resolve.call(CallsTwice, 1); } catch (e) { console.log('executor called twice', e.constructor.name); }
function NonCallable(executor) { executor(1, 2); }
try { Promise.resolve.call(NonCallable, 1); } catch (e) { console.log('non-callable resolve', e.constructor.name); }
function UndefinedThenSet(executor) { executor(undefined, undefined); executor(() => console.log('late resolve called'), () => {}); }
try { Promise.resolve.call(UndefinedThenSet, 'x'); console.log('undefined-then-set ok'); } catch (e) { console.log('undefined then set', e.constructor.name); }
function Custom(executor) { return new Promise((res, rej) => executor(v => { console.log('custom resolve', v); res(v); }, rej)); }
Promise.resolve.call(Custom, 'via custom').then(v => console.log('custom resolved', v));
Promise.reject.call(Custom, 'r').catch(e => console.log('custom rejected', e));
Promise.all.call(Custom, [1, 2]).then(v => console.log('custom all', v));
try { Promise.prototype.then.call(Promise.resolve(), null, null).then(() => console.log('null handlers ok')); } catch (e) { console.log(e); }
const p = Promise.resolve('species');
p.constructor = { [Symbol.species]: NoCall };
try { p.then(() => {}); } catch (e) { console.log('bad species in then', e.constructor.name); }
const q = Promise.resolve();
q.constructor = 5;
try { q.then(); } catch (e) { console.log('non-object constructor', e.constructor.name); }
const u = Promise.resolve('u');
u.constructor = undefined;
u.then(v => console.log('undefined constructor falls back', v));
