function f() {}
console.log(f, [f], { f: f });
console.log(function () {}, [function () {}]);
console.log(() => {}, [() => {}]);
var named = () => {};
console.log(named, { m() {} }.m);
class A {}
class B extends A {}
console.log(A, B, [A], class {});
console.log(Math.max, [].push, Object, Array);
var withProp = function wp() {};
withProp.extra = 1;
console.log(withProp);
console.log({ get g() { return 1; } });
console.log(f.bind(null));
var obj = { method: function () {} };
console.log(obj.method, obj);
console.log(Symbol, Error, TypeError);
