// console.log and util.inspect-style output of BigInts and their wrappers.
console.log(1n);
console.log(-1n, 0n, 2n ** 100n);
console.log([1n, -2n, 3n]);
console.log({ a: 1n, b: { c: -5n } });
console.log(Object(1n));
console.log([Object(-7n)]);
console.log("%d %i %s", 12n, 34n, 56n);
console.log(1n, "text", 2n);
console.log([0n, [1n, [2n]]], { [3n]: 3n });
