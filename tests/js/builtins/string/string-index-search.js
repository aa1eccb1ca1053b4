var s = 'abcabc';
console.log(s.indexOf('c'), s.indexOf('c', 3), s.indexOf('c', -5), s.indexOf('c', 100), s.lastIndexOf('c', 4), s.lastIndexOf('a', -1));
console.log(s.indexOf(), 'undefined'.indexOf(), s.indexOf(null), 'null'.indexOf(null));
console.log(s.includes(''), s.includes('ca'), s.includes('c', 6), s.startsWith('ca', 2), s.endsWith('ab', 5));
console.log(s.lastIndexOf('bc', NaN), s.lastIndexOf(''), s.lastIndexOf('', 2));
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof TypeError); }
}
check('startsWith null this', function () { String.prototype.startsWith.call(null, 'a'); });
console.log(String.prototype.indexOf.call(12345, 3), String.prototype.slice.call(true, 1));
console.log('aaa'.lastIndexOf('aa'), 'aaa'.indexOf('aa', 1), 'Ab'.indexOf('a'));
