console.log('[' + 'abc'.padStart(6) + ']', '[' + 'abc'.padEnd(6) + ']');
console.log('abc'.padStart(8, '12'), 'abc'.padEnd(8, '12'), 'abc'.padStart(2), 'abc'.padStart(5, ''));
console.log('5'.padStart(3, '0'), 'x'.padStart(NaN, 'y'), 'x'.padEnd(3, undefined) + '|');
console.log('ab'.repeat(3), 'ab'.repeat(0) === '', 'x'.repeat(2.9), ''.repeat(100) === '');
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof RangeError); }
}
check('repeat -1', function () { 'a'.repeat(-1); });
check('repeat Inf', function () { 'a'.repeat(Infinity); });
console.log('[' + '  a b  '.trim() + ']', '[' + '  a b  '.trimStart() + ']', '[' + '  a b  '.trimEnd() + ']');
console.log('[' + '\t\n\v\f\r \u00a0\ufeff\u2028\u2029\u3000x\u3000'.trim() + ']');
console.log('[' + '\u200bx'.trim() + ']'.length);
console.log('[' + '  x'.trimLeft() + ']', '[' + 'x  '.trimRight() + ']');
console.log(String.prototype.trimLeft === String.prototype.trimStart);
