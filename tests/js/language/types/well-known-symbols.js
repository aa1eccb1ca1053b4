class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const tagged = { [Symbol.toStringTag]: 'Custom' };
console.log(Object.prototype.toString.call(tagged), String(tagged));
class Tagged { get [Symbol.toStringTag]() { return 'FromGetter'; } }
console.log(Object.prototype.toString.call(new Tagged()));
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable));
const notSpread = [3, 4]; notSpread[Symbol.isConcatSpreadable] = false;
console.log([1].concat(notSpread).length);
const iterable = { *[Symbol.iterator]() { yield 1; yield 2; } };
console.log([...iterable], Array.from(iterable));
const tp = { [Symbol.toPrimitive](h) { return h === 'number' ? 10 : 'str:' + h; } };
console.log(tp * 2, tp + 1, `${tp}`, tp < 11, String(tp));
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description);
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(Symbol('x')), Symbol.keyFor(Symbol.iterator));
const badPrim = { [Symbol.toPrimitive]() { return {}; } };
try { badPrim + 1; } catch (e) { console.log(e instanceof TypeError); }
const notFn = { [Symbol.toPrimitive]: 5 };
try { notFn + 1; } catch (e) { console.log(e instanceof TypeError); }
const nullPrim = { [Symbol.toPrimitive]: null, valueOf() { return 7; } };
console.log(nullPrim + 1);
class Arr extends Array { static get [Symbol.species]() { return Array; } }
const ar = Arr.from([1, 2, 3]);
console.log(ar instanceof Arr, ar.map((x) => x) instanceof Arr, ar.map((x) => x) instanceof Array);
const unscop = Array.prototype[Symbol.unscopables];
console.log(typeof unscop, unscop.flat, Object.getPrototypeOf(unscop));
