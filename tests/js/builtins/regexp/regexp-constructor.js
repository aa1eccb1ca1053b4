// The constructor, flags, source, toString, errors and inspect output.
const r = new RegExp("a/b", "gimsuyd");
console.log(r, String(r), r.source, r.flags, r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.hasIndices, r.unicodeSets);
console.log(new RegExp("x", "v").unicodeSets, new RegExp("x", "v").flags);
console.log(RegExp("[/]").source, RegExp("\n").source, RegExp("").source, String(new RegExp()), RegExp("\\/").source, RegExp("\\\n").source);
console.log(RegExp.prototype.source, RegExp.prototype.flags, String(RegExp.prototype), RegExp.prototype.global);
const re = /q/g;
console.log(RegExp(re) === re, new RegExp(re) === re, RegExp(re, "i").flags, new RegExp(re).flags, new RegExp(re, "").flags);
console.log(new RegExp({ source: "s", flags: "m", [Symbol.match]: true }).toString());
console.log(new RegExp(undefined).source, new RegExp(null).source, new RegExp(12, undefined).source);
for (const [p, f] of [["(", ""], ["(", "u"], ["a", "gg"], ["a", "uv"], ["a", "z"], ["[", "gim"], ["\\", ""], ["a{2,1}", ""], ["(?<a>x)(?<a>y)", ""], ["*", ""], ["\\p{Nope}", "u"], ["\\k<x>", "u"], ["(?<é>x)\\k<y>", ""]]) {
  try { new RegExp(p, f); console.log("ok", p, f); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get.call({}); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "source").get.call({}); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call(1); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call({ global: 1, sticky: "", unicode: {}, hasIndices: 0 }));
console.log(RegExp.prototype.toString.call({ source: "S", flags: "F" }));
console.log(RegExp[Symbol.species] === RegExp, Object.prototype.toString.call(/x/), typeof /x/, /x/ instanceof RegExp);
class Sub extends RegExp {
  exec(s) { console.log("Sub exec", s); return super.exec(s); }
}
const sub = new Sub("b+", "g");
console.log(sub, sub instanceof Sub, sub.test("abbc"), sub.lastIndex, "abbcb".replace(sub, "-"));
const withProps = /p/;
withProps.extra = [1];
console.log(withProps, [/a/, { r: /b/g }]);
const compiled = /old/g;
compiled.lastIndex = 3;
console.log(compiled.compile("new", "i"), compiled.lastIndex, compiled.flags);
console.log(compiled.compile(/re/m).flags, compiled.source);
try { compiled.compile(/re/, "g"); } catch (e) { console.log(e.constructor.name); }
console.log(Object.getOwnPropertyNames(RegExp.prototype).sort().join());
console.log(/[\u{1F600}]/u.test("😀"), /^.$/u.test("😀"), /^.$/.test("😀"), /\p{Lu}/u.test("É"));
console.log(/a.c/s.test("a\nc"), /a.c/.test("a\nc"), /^b/m.test("a\nb"), /B/i.test("b"));
