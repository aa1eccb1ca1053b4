var s = 'abcdefg';
console.log(s.slice(2), s.slice(2, 4), s.slice(-3), s.slice(-3, -1), s.slice(4, 2) === '', s.slice(), s.slice(NaN));
console.log(s.substring(2), s.substring(2, 4), s.substring(4, 2), s.substring(-3), s.substring(3, -1), s.substring(NaN, 2));
console.log(s.substr(2), s.substr(2, 3), s.substr(-3), s.substr(-3, 2), s.substr(1, -1) === '', s.substr(100) === '');
console.log(s.slice(1.7, 4.2), s.substring('1', '3'), s.substr(undefined, 2));
console.log(s.slice(0, Infinity), s.substring(0, Infinity), s.substr(0, Infinity));
console.log('😀x'.slice(0, 1).length, '😀x'.slice(0, 2) === '😀');
