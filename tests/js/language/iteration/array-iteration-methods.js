'use strict';
const arr = [3, 1, 2];
console.log(arr.map((x, i) => x * i));
console.log(arr.filter((x) => x > 1));
console.log(arr.reduce((a, b) => a + b, 10), arr.reduceRight((a, b) => a + '' + b));
console.log(arr.some((x) => x > 2), arr.every((x) => x > 0));
console.log(arr.find((x) => x < 3), arr.findIndex((x) => x === 2), arr.indexOf(1), arr.includes(2));
const seen = [];
[1, , 3].forEach((x, i) => seen.push(i + ':' + x));
console.log(seen.join(','));
console.log([1, , 3].map((x) => x * 2));
console.log([[1, 2], [3]].flat ? [[1, 2], [3, [4]]].flat() : 'no flat');
console.log(arr.slice().sort(), arr.slice().sort((a, b) => b - a), arr);
console.log(Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.of(7, 8), Array.isArray(Array.of()));
const thisArg = { mult: 3 };
console.log([1, 2].map(function (x) { return x * this.mult; }, thisArg));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].map(5); } catch (e) { console.log(e.constructor.name, e.message); }
const mutated = [1, 2, 3];
const visited = [];
mutated.forEach((x) => { visited.push(x); if (x === 1) mutated.push(99); });
console.log(visited, mutated.length);
console.log([..."abc"].reverse().join(''), [1, 2, 3].join('-'), [null, undefined, 1].join());
