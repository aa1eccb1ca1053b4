console.log(Array.prototype.slice.call('abc'));
console.log(Array.prototype.includes.call('abc', 'b'));
console.log(Array.prototype.indexOf.call('abc', 'c'));
console.log(Array.prototype.join.call('abc', '.'));
console.log(Array.prototype.map.call('abc', function (c) { return c + c; }));
var s = Object('abc');
console.log(s[0], s[2], s[3], 0 in s, 3 in s);
console.log(Object.values('ab'), Object.entries('ab'));
console.log(Object.assign({}, 'abc'));
