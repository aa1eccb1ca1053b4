console.log('a,b,c'.split(','), 'a,b,c'.split(',', 2), 'a,b,c'.split(',', 0));
console.log('abc'.split(''), 'abc'.split(), 'abc'.split(undefined), ''.split(','), ''.split(''));
console.log('a,,b,'.split(','), ',a'.split(','), 'a--b--c'.split('--'));
console.log('abc'.split('abc'), 'abc'.split('abcd'), 'a b'.split(' ', -1));
console.log('a1b1c'.split(1), 'anullb'.split(null), 'aundefinedb'.split('undefined'));
console.log('😀a'.split(''), '😀a'.split('').length);
console.log('a,b'.split(',', undefined), 'a,b,c'.split(',', 2.9), 'a,b'.split(',', -1));
