async function* ag() {}
const AGProto = Object.getPrototypeOf(ag.prototype);
function* sync() { console.log('sync body ran'); yield 'sync value'; }
for (const m of ['next', 'return', 'throw']) {
  AGProto[m].call(sync(), 'arg').then(v => console.log(m, 'fulfilled', v), e => console.log(m, 'rejected', e.constructor.name));
}
const s = sync(); s.next();
AGProto.next.call(s).then(v => console.log('started: fulfilled', v), e => console.log('started: rejected', e.constructor.name));
