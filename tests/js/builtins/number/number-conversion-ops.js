console.log(1 / 0, -1 / 0, 0 / 0, 5 % 3, -5 % 3, 5 % -3, 5.5 % 2, -0 % 5);
console.log(2 ** 10, (-2) ** 3, 2 ** -2, 0.1 * 3, 9007199254740992 + 1);
console.log(+'3', +'', +' ', +'\n', +[], +{}, +null, +undefined, +true, +'0x10');
console.log('3' * '4', '3' - 1, '3' + 1, 1 + null, 1 + undefined, true + 1, [] + [], [] + {}, [2] * [3]);
console.log(1 | 0, 2 ** 32 | 0, (2 ** 31) | 0, -1 >>> 0, -1 >>> 28, 1 << 31, 5 >> 1, -5 >> 1, ~5, ~~3.7);
console.log(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 5e-324 / 2, 123456789 * 987654321);
console.log(Number.MAX_SAFE_INTEGER + 2, 0.000001, 0.0000001, 1e21, 1e20 + 1);
console.log((123.456).toString(), (-0).toString(), String(-1e-7), 100 .toString());
