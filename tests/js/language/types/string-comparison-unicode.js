console.log('a' < 'B', 'A' < 'a', 'Z' < 'a', 'é' > 'z', 'ab' < 'abc', '' < 'a', 'a' < 'a');
console.log('\uFFFF' < '\u{10000}', '\u{10000}' < '\uFFFF'.repeat(2), '😀' > '\uD83D');
console.log(['b', 'a', 'C', 'é', 'z', 'A'].sort().join(''));
console.log('10' < '2', '10' < 2, 'abc' < 'abd', 'abc'.charCodeAt(2) < 'abd'.charCodeAt(2));
console.log('ß'.length, 'ß'.toUpperCase(), 'İ'.toLowerCase().length, 'ﬃ'.toUpperCase());
console.log('a' === '\u0061', 'é' === 'e\u0301', '\u00e9'.length, 'e\u0301'.length);
console.log(String.fromCharCode(65, 66, 67), String.fromCharCode(0x1F600).length, String.fromCharCode(65.9), String.fromCharCode(65 + 65536));
console.log(String.fromCodePoint(0x41, 0x1F600, 0x10FFFF).length);
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.constructor.name); }
try { String.fromCodePoint(1.5); } catch (e) { console.log(e.constructor.name); }
console.log('abc'.codePointAt(5), 'abc'.charAt(5) === '', 'abc'.charCodeAt(5));
console.log('\u0000' < '\u0001', 'a\u0000' > 'a', 'a\u0000'.length);
