var s = 'a😀b';
console.log(s.length, s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3), s.codePointAt(4));
console.log(s.charCodeAt(1).toString(16), s.charCodeAt(2).toString(16));
var parts = [];
for (var c of s) parts.push(c);
console.log(parts, parts.length, [...s].length);
console.log(String.fromCodePoint(0x1f600) === '😀', String.fromCodePoint(0x10ffff).length);
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof RangeError); }
}
check('fcp -1', function () { String.fromCodePoint(-1); });
check('fcp 1.5', function () { String.fromCodePoint(1.5); });
check('fcp big', function () { String.fromCodePoint(0x110000); });
console.log('\ud83d\ude00' === '😀', '\u{1F600}' === '😀');
console.log('é'.length, 'é'.length);
console.log(s.at(1) === String.fromCharCode(0xd83d));
console.log('😀'.split('').map(function (u) { return u.charCodeAt(0); }));
var it = 'ab'[Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(it));
console.log('\u0041\x42', 'a\
b');
