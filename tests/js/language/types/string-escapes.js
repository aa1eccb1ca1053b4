console.log('\x41\x62\x7A', '\u0041', '\u{41}', '\u{1F600}'.length, '\u{0000000041}');
console.log('a\tb', 'a\\b', 'quote\'s', "dq\"s", '\0'.length, '\0'.charCodeAt(0));
console.log('\b\f\v'.split('').map((c) => c.charCodeAt(0)));
console.log('\r\n'.length, '\n'.charCodeAt(0), '\r'.charCodeAt(0));
console.log('line \
continuation', 'a\
\
b');
console.log('\a\c\d\e'.length, '\a\c\d\e', '\q');
console.log('\u{10FFFF}'.length, '\u{10FFFF}'.codePointAt(0));
console.log('\uD83D\uDE00' === '\u{1F600}', '\uD83D\uDE00'.codePointAt(0).toString(16));
console.log(`\x41${1}\u0042`, `a\`b`, `\${not}`);
console.log('\u2028\u2029'.length, '\u2028' === '\u2028');
console.log("\'", '\"', '\\\\'.length);
console.log('tab:\t|', 'nul:' + '\x00'.length);
const s = '\x00\x01\x1f\x7f';
console.log(s.length, [...s].map((c) => c.charCodeAt(0)));
console.log(['\n', '\t', '\\', "'", '"', '\x7f', '\x1b']);
console.log({ k: 'a\nb', 'key\nnl': 1 });
console.log('\u00e9' === 'é', '\u0065\u0301'.length, 'é'.length);
