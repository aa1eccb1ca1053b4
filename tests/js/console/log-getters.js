console.log({ get a() { return 1; } });
console.log({ set b(v) {} });
console.log({ get c() { return 1; }, set c(v) {} });
var o = { x: 1 };
Object.defineProperty(o, 'hidden', { get: function () { return 2; }, enumerable: false });
console.log(o);
console.log([{ get g() { return 1; } }]);
class C { get p() { return 1; } }
console.log(new C());
