console.log(+"", +" ", +"12", +"1e3", +"0x1F", +"0b101", +"0o17", +"-0x1", +"1_000", +"Infinity", +"-Infinity", +"infinity");
console.log(+null, +undefined, +true, +false, +[], +[5], +[1, 2], +{}, +"  42  ", +"\n42\t");
console.log(Object.is(+"-0", -0), Object.is(-0, -"0"), -"", -null, -undefined, -"abc");
console.log(+".5", +"5.", +"+5", +"++5", +"1e", +"e1", +"0.0000001", +"123456789012345678901234");
console.log(-(-5), - -5, +-+1);
try { +Symbol(); } catch (e) { console.log(e instanceof TypeError, e.message); }
var log = [];
var o = { valueOf() { log.push("v"); return "7"; }, toString() { log.push("t"); return "8"; } };
console.log(+o, -o, log.join());
var p = { [Symbol.toPrimitive](h) { return h === "number" ? 1 : 2; } };
console.log(+p, -p, `${p}`, p + "");
console.log(!"", !"0", !0, !NaN, !null, !{}, !![], !!Symbol());
