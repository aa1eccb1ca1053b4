var log = [];
var o = {
  _v: 1,
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set:" + x); this._v = x * 2; },
};
o.v = 5; console.log(o.v, o._v, log.join()); log = [];
var r = (o.v = 7); console.log(r, log.join());
var onlyGet = { get g() { return "g"; } };
onlyGet.g = "x"; console.log(onlyGet.g);
(function () { "use strict"; try { onlyGet.g = "x"; } catch (e) { console.log(e instanceof TypeError, e.message); } })();
var onlySet = { set s(v) { this.stored = v; } };
console.log(onlySet.s, (onlySet.s = 3), onlySet.stored);
var d = Object.getOwnPropertyDescriptor(o, "v");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d, "writable" in d);
var proto = { get p() { return "proto:" + this.id; }, set p(v) { this.setOn = v; } };
var child = Object.create(proto); child.id = "child";
console.log(child.p); child.p = 9; console.log(child.setOn, child.hasOwnProperty("p"));
var def = {};
Object.defineProperty(def, "x", { get() { return 42; }, enumerable: false, configurable: true });
console.log(def.x, Object.keys(def), def);
class Temp { #c = 0; get f() { return this.#c * 9 / 5 + 32; } set f(v) { this.#c = (v - 32) * 5 / 9; } static get S() { return "static"; } }
var t = new Temp(); t.f = 212; console.log(t.f, Temp.S);
console.log(Object.getOwnPropertyNames(Temp.prototype));
var key = "dyn";
var comp = { get [key + "amic"]() { return "computed getter"; } };
console.log(comp.dynamic);
var counter = { n: 0, get next() { return ++this.n; } };
console.log(counter.next, counter.next, counter.next);
var both = { get a() { return 1; }, a: 2 }; console.log(both.a, typeof Object.getOwnPropertyDescriptor(both, "a").get);
var both2 = { a: 2, get a() { return 1; } }; console.log(both2.a);
var merged = { get a() { return "g"; }, set a(v) {} , get a() { return "g2"; } };
console.log(merged.a, typeof Object.getOwnPropertyDescriptor(merged, "a").set);
console.log({ get x() { return 1; } });
console.log({ set x(v) {} }, { get x() { return 1; }, set x(v) {} });
var arrGetter = []; Object.defineProperty(arrGetter, 0, { get() { return "zero"; } });
console.log(arrGetter[0], arrGetter.length);
try { Object.defineProperty({}, "bad", { get: 5 }); } catch (e) { console.log(e instanceof TypeError, e.message); }
