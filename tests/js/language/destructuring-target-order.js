// Destructuring assignment evaluates a member target before reading its value (13.15.5.5/6).
var log = [];
var iterable = { [Symbol.iterator]() { return { next() { log.push("next"); return { done: false, value: 1 }; }, return() { log.push("return"); return {}; } }; } };
var o = {};
try { [ {}[(() => { throw new Error("target"); })()] ] = iterable; } catch (e) { log.push(e.message); }
console.log(log.join(","));
log = [];
var obj = { get a() { log.push("get a"); return 1; } };
({ a: (log.push("target"), o).x } = obj);
console.log(log.join(","), o.x);
[o.y, o["z"], ...o.rest] = [1, 2, 3, 4];
console.log(o.y, o.z, o.rest);
var [p = ([o.w] = [5], 6)] = [];
console.log(p, o.w);
class K { #f; static set(k, v) { [k.#f] = [v]; return k.#f; } }
console.log(K.set(new K(), 7));
