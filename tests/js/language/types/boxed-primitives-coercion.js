const b = new Boolean(false);
console.log(typeof b, !!b, b == false, b === false, b.valueOf(), b ? 'truthy' : 'falsy');
const n = new Number(0);
console.log(typeof n, n == 0, n + 1, n ? 'truthy' : 'falsy', [n + ''] );
const s = new String('');
console.log(typeof s, s == '', s.length, s ? 'truthy' : 'falsy', s + 'x');
const s2 = new String('ab');
console.log(s2[0], s2.length, Object.keys(s2), s2 instanceof String, 'ab' instanceof String);
console.log(new String('a') == new String('a'), new String('a') == 'a', new Number(1) === 1);
const sym = Object(Symbol('boxed'));
console.log(typeof sym, sym.description, typeof sym.valueOf());
console.log(Object(1) instanceof Number, Object('s') instanceof String, Object(true) instanceof Boolean);
console.log(typeof Object(null), typeof Object(undefined), Object(null) === null);
const o = {};
console.log(Object(o) === o);
n.extra = 'prop';
console.log(n.extra, n.valueOf());
console.log(Number.prototype.valueOf.call(5), String.prototype.toString.call('x'));
try { Number.prototype.valueOf.call('5'); } catch (e) { console.log(e instanceof TypeError); }
try { String.prototype.toString.call(5); } catch (e) { console.log(e instanceof TypeError); }
try { Boolean.prototype.valueOf.call({}); } catch (e) { console.log(e instanceof TypeError); }
console.log(Number(new Number(7)), String(new String('w')), Boolean(new Boolean(false)));
console.log([new Number(3)] + '', new Number(3) + new Number(4), new String('a') + new String('b'));
console.log(Boolean(''), Boolean('false'), Boolean(-0), Boolean(NaN));
