// The Function constructor and its generator/async siblings (CreateDynamicFunction).
const f = Function("a", "b", "return a + b");
console.log(f(1, 2), f.toString(), f.name, f.length);
try { Function("a){", "}"); } catch (e) { console.log(e.name, e.message); }
try { Function("/*", "*/){"); } catch (e) { console.log(e.name); }
const G = Object.getPrototypeOf(function*(){}).constructor;
const g = new G("a", "yield a; yield a*2;");
console.log([...g(3)], G.name, Object.prototype.toString.call(g), Object.getPrototypeOf(g) === G.prototype);
const AF = Object.getPrototypeOf(async function(){}).constructor;
AF("return await 5")().then(v => console.log("async", v));
console.log(Function("return this")() === globalThis);
class F2 extends Function {}; console.log(new F2("return 1")() , new F2() instanceof F2);
for (const [p, b] of [["a", "return a +"], ["a,", "}"], ["a = 1", "'use strict';"], ["", "}); (function () {"]]) {
  try { Function(p, b); console.log("compiled", p, b); } catch (e) { console.log(e.name, e.message); }
}
console.log(Function().toString(), Function("x", "").length);
