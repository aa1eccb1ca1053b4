var n = Object.create(null);
console.log(n);
n.a = 1;
console.log(n);
console.log([n], { inner: n });
var nn = Object.create(null);
nn.x = { y: Object.create(null) };
console.log(nn);
