const arr = [1, 2, 3];
let reads = 0;
Object.defineProperty(arr, 1, { get() { reads++; return 'got'; }, set(v) { this.setVal = v; }, enumerable: true, configurable: true });
console.log(arr[1], arr.length, reads);
console.log(arr.join(), reads);
console.log(arr.map((x) => x), reads);
arr[1] = 'written';
console.log(arr.setVal, arr[1]);
console.log(arr.slice(), arr.indexOf('got'));
const a2 = [];
Object.defineProperty(a2, 'length', { value: 2 });
console.log(a2.length, a2);
Object.defineProperty(a2, 5, { value: 'x', enumerable: true, configurable: true, writable: true });
console.log(a2.length, a2);
const a3 = [1, 2, 3];
Object.defineProperty(a3, 0, { enumerable: false });
console.log(Object.keys(a3), a3, a3.join());
const forIn = []; for (const k in a3) forIn.push(k);
console.log(forIn);
const a4 = [10, 20];
Object.defineProperty(a4, 0, { writable: false });
a4[0] = 99;
console.log(a4[0]);
(function () { 'use strict'; try { a4[0] = 99; } catch (e) { console.log('strict', e instanceof TypeError); } })();
console.log(a4.map((x) => x + 1));
try { a4.fill(0); } catch (e) { console.log('fill throws', e instanceof TypeError); }
console.log(a4);
try { a4.reverse(); } catch (e) { console.log('reverse throws', e instanceof TypeError); }
