console.log([] + [], [] + {}, ({}) + [], [1] + [2], [1, 2] + 3);
console.log(+[], +[5], +[1, 2], +{}, +'', +' \n\t ', +'0x1f', +'0b101', +'0o17', +'1e3', +'-0', Object.is(+'-0', -0));
console.log(+'1_000', +'Infinity', +'-Infinity', +'infinity', +'  12  ', +'12px', +null, +undefined, +true, +false);
console.log(null == 0, null >= 0, null > 0, undefined == 0, undefined == null, NaN == NaN);
console.log('' == 0, '0' == false, [] == false, [0] == false, [[]] == 0, [1] == 1, ['1'] == 1);
console.log('b' + 'a' + +'a' + 'a');
console.log(1 + '2' - 1, '3' * '4', '10' / '4', '7' % '4', '2' ** '3', - '5');
console.log(true + true, true + '1', null + 1, undefined + 1, null + 'x');
const o = { valueOf() { return 42; }, toString() { return 'str'; } };
console.log(o + 1, `${o}`, o + '', String(o), o * 2, [o] + '');
const onlyTS = { toString() { return '7'; } };
console.log(onlyTS * 2, onlyTS + 1, onlyTS == 7);
const prim = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 1 : hint === 'string' ? 'S' : 'D'; } };
console.log(+prim, `${prim}`, prim + '', prim * 3, String(prim), prim == 'D');
console.log(Number('  0x10  '), Number('1 2'), Number('.5'), Number('5.'), Number('.'), Number('+.5e1'));
console.log(String([null, undefined, 1]), String([[1, [2]], 3]), String({}));
console.log(!!'', !!'0', !!' ', !!NaN, !!-0, !!{}, !![], !!Symbol());
console.log(1 < 2 < 3, 3 > 2 > 1, '10' < '9', 10 < '9', 'a' < 'b', null < 1);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(~~'12.7', '12.7' | 0, -'12.7' | 0, 2 ** 32 | 0, (2 ** 31) | 0, '3' >>> 0, -1 >>> 0);
try { Symbol() + 1; } catch (e) { console.log(e.constructor.name); }
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.constructor.name, e.message); }
