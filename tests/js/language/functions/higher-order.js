var compose = (...fns) => x => fns.reduceRight((acc, f) => f(acc), x);
var pipe = (...fns) => x => fns.reduce((acc, f) => f(acc), x);
var inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
function curry(fn) { return function c(...args) { return args.length >= fn.length ? fn.apply(this, args) : (...more) => c.apply(this, args.concat(more)); }; }
var add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
function partial(fn, ...pre) { return (...rest) => fn(...pre, ...rest); }
console.log(partial(Math.max, 5)(1, 10));
var counter = (() => { let n = 0; return { next: () => ++n, reset: () => (n = 0) }; })();
counter.next(); counter.next(); console.log(counter.next()); counter.reset(); console.log(counter.next());
console.log([1, 2, 3, 4].filter(x => x % 2).map(dbl).reduce((a, b) => a + b, 0));
function debounceLike(fn) { var calls = []; return { call: (...a) => calls.push(a), flush: () => calls.length && fn(...calls.pop()) }; }
var d = debounceLike((a, b) => a * b); d.call(1, 2); d.call(3, 4); console.log(d.flush());
var fns = ["a", "b"].map(n => function () { return n + this.suffix; });
console.log(fns.map(fn => fn.call({ suffix: "!" })).join());
console.log([3, 1, 2].sort((a, b) => b - a), ["b", "a"].map(String.prototype.toUpperCase.call, String.prototype.toUpperCase));
