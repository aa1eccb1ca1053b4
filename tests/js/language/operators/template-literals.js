var a = 1, b = "two";
console.log(`a=${a} b=${b}`);
console.log(`${a + 1}${b}${"!"}`);
console.log(`multi
line`);
console.log(`esc \` \${x} \\ \n|\t|`);
console.log(`${null} ${undefined} ${true} ${[1, 2]} ${{}}`);
console.log(`nested ${`inner ${a}`}`);
console.log(`${-0} ${1e21} ${0.000001} ${1e-7}`);
var o = { toString() { return "TS"; }, valueOf() { return "VO"; } };
console.log(`${o}`, "" + o);
var p = { [Symbol.toPrimitive](h) { return "hint:" + h; } };
console.log(`${p}`, "" + p);
try { `${Symbol("x")}`; } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log(`\u0041\x42\u{43}`);
console.log(`${`${`${"deep"}`}`}`);
console.log(`a${1}b${2}c`.length);
console.log(``.length, typeof ``);
console.log(`line1\
line2`);
var fnRes = `${(() => "arrow")()}`;
console.log(fnRes);
console.log(`${{ a: 1 }.a}`);
console.log(`\r\n`.length, `
`.length);
