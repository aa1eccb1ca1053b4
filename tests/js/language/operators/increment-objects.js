var log = [];
function mk(name, v) {
  return {
    valueOf() { log.push(name + ".valueOf"); return v; },
    toString() { log.push(name + ".toString"); return String(v + 100); },
  };
}
var o = mk("o", 5);
var r = o++;
console.log('o++ result', r, typeof o, o, log.join()); log = [];
o = mk("o", 5);
r = ++o;
console.log('++o result', r, log.join()); log = [];
o = mk("o", 5);
r = o--;
console.log('o-- result', r, o, log.join()); log = [];
var p = { [Symbol.toPrimitive](hint) { log.push("prim:" + hint); return "41"; }, valueOf() { log.push("never"); return 0; } };
r = p++;
console.log('p++', r, p, log.join()); log = [];
var q = { toString() { log.push("q.toString"); return "3"; }, valueOf() { log.push("q.valueOf"); return {}; } };
r = ++q;
console.log('++q', r, log.join()); log = [];
var s = "10"; s++; console.log('"10"++', s, typeof s);
var t = "abc"; t++; console.log('"abc"++', t);
var n = null; n++; console.log('null++', n);
var u; u++; console.log('undefined++', u);
var b = true; b--; console.log('true--', b);
var arr = [7]; arr++; console.log('[7]++', arr);
var obj = { x: 1 }; obj.x++; ++obj.x; obj["x"]--; console.log(obj.x);
var a2 = [1, 2]; var i = 0; a2[i++]++; console.log(a2, i);
var sym = { x: Symbol() };
try { sym.x++; } catch (e) { console.log(e instanceof TypeError, e.message); }
var bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad++; } catch (e) { console.log(e instanceof TypeError, e.message); }
var m = -0; m++; m--; console.log(Object.is(m, 0));
var big = 2 ** 53; big++; console.log(big);
var g = { get v() { log.push("get"); return 1; }, set v(x) { log.push("set " + x); } };
g.v++; ++g.v; console.log(log.join());
