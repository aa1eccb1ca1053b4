console.log('1+"2"', 1 + "2");
console.log('"1"+2', "1" + 2);
console.log('1+2+"3"', 1 + 2 + "3");
console.log('"1"+2+3', "1" + 2 + 3);
console.log('true+1', true + 1);
console.log('null+1', null + 1);
console.log('undefined+1', undefined + 1);
console.log('[]+[]', [] + []);
console.log('[]+{}', [] + {});
console.log('[1,2]+[3]', [1, 2] + [3]);
console.log('{}+"x"', ({}) + "x");
console.log('null+"x"', null + "x");
console.log('undefined+"x"', undefined + "x");
console.log('true+"x"', true + "x");
console.log('-0+"x"', -0 + "x");
console.log('1e21+""', 1e21 + "");
console.log('0.1+0.2', 0.1 + 0.2);
console.log('NaN+1', NaN + 1);
console.log('Infinity+-Infinity', Infinity + -Infinity);
console.log('-0+-0', Object.is(-0 + -0, -0));
console.log('-0+0', Object.is(-0 + 0, 0));
var o = { valueOf() { return 42; }, toString() { return "str"; } };
console.log('o+1', o + 1);
console.log('o+""', o + "");
console.log('`${o}`', `${o}`);
console.log('String(o)', String(o));
var d = { toString() { return "7"; } };
console.log('d+1', d + 1);
console.log('d*2', d * 2);
var s = Symbol("s");
try { s + ""; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { s + 1; } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log('String(s)', String(s));
var bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log(e instanceof TypeError, e.message); }
var x = "a"; x += 1; x += null; console.log(x);
console.log(typeof (1 + "1"), typeof (1 + 1));
console.log('[null]+""', [null] + "", '[undefined]+""', [undefined] + "");
console.log('[[1,2],[3]]+""', [[1, 2], [3]] + "");
