async function* ag() {}
const it = ag();
const AGProto = Object.getPrototypeOf(ag.prototype);
console.log(Object.getPrototypeOf(it) === ag.prototype);
console.log(Object.getOwnPropertyNames(AGProto).filter(n => n !== 'constructor').sort());
console.log(AGProto[Symbol.toStringTag]);
const AsyncIterProto = Object.getPrototypeOf(AGProto);
console.log(typeof AsyncIterProto[Symbol.asyncIterator], AsyncIterProto[Symbol.asyncIterator].call(7) === 7);
for (const m of ['next', 'return', 'throw']) console.log(m, AGProto[m].length, Object.getOwnPropertyDescriptor(AGProto, m).enumerable);
AGProto.next.call({}).catch(e => console.log('next on non-generator rejects', e.constructor.name));
AGProto.return.call(5).catch(e => console.log('return on number rejects', e.constructor.name));
AGProto.throw.call(null, 1).catch(e => console.log('throw on null rejects', e.constructor.name));
console.log(it instanceof ag, typeof it[Symbol.iterator]);
