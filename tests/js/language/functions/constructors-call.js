function P(x) { this.x = x; }
P.prototype.get = function () { return this.x; };
var p = new P(3);
console.log(p.get(), p.constructor === P, Object.getPrototypeOf(p) === P.prototype, p);
var p2 = new P; console.log(p2.x);
console.log(P.prototype.constructor === P, Object.getOwnPropertyDescriptor(P.prototype, "constructor").enumerable);
class C {}
try { var r = C(); } catch (e) { console.log(e instanceof TypeError, e.message); }
try { var r = new Symbol(); } catch (e) { console.log(e instanceof TypeError, e.message); }
try { var r = new 5; } catch (e) { console.log(e instanceof TypeError, e.message); }
function Proto() {} Proto.prototype = null;
console.log(Object.getPrototypeOf(new Proto()) === Object.prototype);
Proto.prototype = 5;
console.log(Object.getPrototypeOf(new Proto()) === Object.prototype);
function Shared() {} Shared.prototype.list = [];
var s1 = new Shared(), s2 = new Shared(); s1.list.push(1);
console.log(s2.list, s1.hasOwnProperty("list"));
var log = [];
function Order(a, b) { log.push("body"); }
new Order(log.push("a"), log.push("b"));
console.log(log.join());
console.log(typeof new Object(), new Object(1) instanceof Number, new Array(3).length, new Array(1, 2).length);
function Counter() { Counter.count = (Counter.count || 0) + 1; }
new Counter(); new Counter();
console.log(Counter.count);
var inst = new (function () { this.anon = true; })();
console.log(inst.anon, inst.constructor.name);
