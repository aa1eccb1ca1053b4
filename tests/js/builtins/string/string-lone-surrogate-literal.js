console.log('\ud800'.length, '\ud800'.charCodeAt(0), '\udc00x'.length);
console.log(String.fromCharCode(0xd800).length, String.fromCharCode(0xd800).charCodeAt(0));
console.log('😀'.charAt(0) === String.fromCharCode(0xd83d), '\ud83d\ude00'.length, '\u{d800}'.length);
