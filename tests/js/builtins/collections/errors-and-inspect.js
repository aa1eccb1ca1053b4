const tries = [
 () => new Map().forEach('abc'), () => new Map().forEach(null), () => new Set().forEach(Symbol()),
 () => Map(), () => Set(), () => WeakMap(), () => WeakSet(), () => WeakRef(), () => FinalizationRegistry(),
 () => new WeakRef(1), () => new WeakRef(Symbol.for('x')), () => new FinalizationRegistry(1),
 () => new WeakMap().set(1, 1), () => new WeakSet().add(1), () => new FinalizationRegistry(()=>{}).register(1),
 () => { const o={}; new FinalizationRegistry(()=>{}).register(o, o) },
 () => new FinalizationRegistry(()=>{}).register({}, 1, 1),
 () => new FinalizationRegistry(()=>{}).unregister(1),
 () => Map.prototype.get.call({}), () => Map.prototype.get.call(1), () => Map.prototype.get.call('s'),
 () => Object.getOwnPropertyDescriptor(Map.prototype,'size').get.call({}),
 () => Set.prototype.add.call(new Map()), () => WeakMap.prototype.get.call(new Map()),
 () => new Map([1]), () => new Map(5), () => new Set(5), () => new Map().forEach(1),
 () => new Map()[Symbol.iterator]().next.call({}), () => new Set().values().next.call(new Map().keys()),
 () => WeakRef.prototype.deref.call({}),
 () => new FinalizationRegistry(()=>{}).register({}, 1, Symbol.for('a')),
];
for (const t of tries) { try { t(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
console.log(new Map([['a',1],['b',2]]), new Set([1]), new WeakMap(), new WeakSet(), new WeakRef({a:1}), new FinalizationRegistry(()=>{}));
console.log(new Map(), new Set(), new Map([[{a:1}, [1,2]]]), new Map().entries(), new Set([1,2]).values(), new Map([[1,2]]).keys(), new Map([[1,2]])[Symbol.iterator]());
console.log([new Map([[1,{a:{b:{c:1}}}]])], {m: new Map([[1,2]])});
class MyMap extends Map {}; console.log(new MyMap([[1,2]]));
const m = new Map([[1,2]]); m.x = 1; console.log(m);
console.log(new Set(Array.from({length: 120}, (_, i) => i)));
console.log(Object.prototype.toString.call(new Map().keys()), Object.prototype.toString.call(new WeakRef({})));
