const log = [];
const proto = { set v(x) { log.push('proto set ' + x); this._v = x; }, get v() { return this._v; } };
const obj = Object.create(proto);
obj.v = 1;
console.log(log, Object.keys(obj), obj.v, Object.prototype.hasOwnProperty.call(obj, 'v'));
const noSet = Object.create({ get only() { return 'g'; } });
noSet.only = 'x';
console.log(noSet.only, Object.keys(noSet));
const setOnly = Object.create({ set w(x) { log.push('w=' + x); } });
setOnly.w = 5;
console.log(setOnly.w, Object.keys(setOnly), log.length);
class A { set val(x) { this.stored = 'A:' + x; } }
class B extends A {}
const b = new B(); b.val = 'b';
console.log(b.stored, Object.keys(b));
class C extends A { set val(x) { super.val = x + '!'; } }
const c = new C(); c.val = 'c';
console.log(c.stored);
const deep = Object.create(Object.create(Object.create(proto)));
deep.v = 'deep';
console.log(deep._v, Object.keys(deep));
const recv = {};
const withSetter = { set t(x) { this.target = x; } };
Object.setPrototypeOf(recv, withSetter);
recv.t = 'receiver is child';
console.log(recv.target, withSetter.target);
const returnsValue = { set r(x) { return 'ignored'; } };
console.log((returnsValue.r = 'assigned'));
const chain = {};
let result = chain.a = proto.v = 'chained';
console.log(result, chain.a, proto._v);
