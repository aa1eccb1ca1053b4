console.log({ 'a-b': 1, a_b: 2, 'a b': 3, '': 4, '0': 5, '01': 6, 'π': 7, 'class': 8 });
console.log({ "'": 1, '"': 2, '\n': 3 });
var arr = ['x'];
arr['-1'] = 'neg';
arr.foo = 'bar';
console.log(arr);
console.log({ 1: 'a', 0: 'b', x: 'c', 2: 'd' });
console.log({ undefined: undefined, null: null, NaN: NaN });
