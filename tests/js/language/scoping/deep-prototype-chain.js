// petrel: no-gc-stress (a 10000-deep prototype chain: a full collection per call under stress is quadratic)
let proto = { base: 'base value' };
const chain = [proto];
for (let i = 0; i < 10000; i++) { proto = Object.create(proto); if (i % 1000 === 0) proto['level' + i] = i; chain.push(proto); }
console.log(proto.base, proto.level0, proto.level9000, proto.missing);
console.log('base' in proto, Object.prototype.hasOwnProperty.call(proto, 'base'));
console.log(chain[0].isPrototypeOf(proto), proto instanceof Object);
let count = 0;
for (const k in proto) count++;
console.log(count);
chain[5000].shadow = 'mid';
console.log(proto.shadow);
chain[0].base = 'changed at root';
console.log(proto.base);
function Ctor() {}
let p2 = Ctor.prototype;
for (let i = 0; i < 5000; i++) p2 = Object.create(p2);
console.log(p2 instanceof Ctor, Ctor.prototype.isPrototypeOf(p2));
Object.defineProperty(chain[0], 'acc', { get() { return this === proto; }, set(v) { this.setHere = v; } });
console.log(proto.acc);
proto.acc = 'x';
console.log(Object.prototype.hasOwnProperty.call(proto, 'setHere'), proto.setHere);
