let it;
async function* self() { console.log('body 1'); const p = it.next('inner'); console.log('queued from inside', p instanceof Promise); const v = yield 'first'; console.log('v', v); p.then(r => console.log('inner result', r)); yield 'second'; }
it = self();
it.next('a').then(r => console.log('outer 1', r));
it.next('b').then(r => console.log('outer 2', r));
it.next('c').then(r => console.log('outer 3', r));
