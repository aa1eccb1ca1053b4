// The generic protocol: user exec results, species, flags getters, lastIndex writes, inspect.
const log = [];
const weird = /x/g;
weird.exec = function (s) {
  log.push(`exec@${this.lastIndex}`);
  if (log.length > 2) return null;
  return { length: 3, 0: "ab", 1: 7, 2: undefined, index: log.length === 1 ? -5 : 99, groups: { n: "N" } };
};
console.log("0123456789".replace(weird, "[$1|$2|$<n>|$&|$`]"), log.join());
log.length = 0;
console.log("0123456789".replace(weird, (...a) => a.length + ":" + a.slice(0, 3).join(",")));

// flags comes from the getters, and the getters are looked up on the object.
const liar = /a/y;
Object.defineProperty(liar, "global", { get() { log.push("global"); return true; } });
log.length = 0;
console.log("aaba".replace(liar, "b"), log.join(), liar.lastIndex);
const flagsGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get;
const order = [];
const probe = {};
for (const k of ["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"]) {
  Object.defineProperty(probe, k, { get() { order.push(k); return true; } });
}
// (node 20 reads unicodeSets after sticky; the spec and Petrel before it)
console.log(flagsGetter.call(probe), order.sort().join());

// Species constructors for split and matchAll.
class Tracked extends RegExp {
  constructor(p, f) { super(p, f); log.push(`new ${String(p)} ${f}`); }
  static get [Symbol.species]() { return Tracked; }
}
log.length = 0;
const t = new Tracked("-", "g");
console.log("a-b-c".split(t), log.join(" | "));
log.length = 0;
console.log([..."a-b".matchAll(t)].length, log.join(" | "));
console.log(t, Object.prototype.toString.call(t));

// lastIndex that cannot be written.
const ro = /a/g;
Object.defineProperty(ro, "lastIndex", { writable: false, value: 0 });
for (const f of [() => ro.exec("b"), () => ro.test("a"), () => "aa".replace(ro, "x"), () => "aa".match(ro), () => "b".search(ro)]) {
  try { console.log("ok", f()); } catch (e) { console.log(e.constructor.name); }
}
const stickyRo = /a/y;
Object.defineProperty(stickyRo, "lastIndex", { writable: false, value: 0 });
try { stickyRo.exec("b"); } catch (e) { console.log("sticky", e.constructor.name); }

// search restores lastIndex.
const sr = /b/g;
sr.lastIndex = 7;
console.log("abc".search(sr), sr.lastIndex);

// Inspect: null prototype, subclasses, nested, extra keys.
const bare = /bare/gi;
Object.setPrototypeOf(bare, null);
console.log(bare);
console.log({ list: [/a/, /b/m], deep: { deeper: { deepest: /c/ } } });
const extra = /e/;
extra.lastIndex = 4;
extra.note = "hi";
console.log(extra, [extra]);
console.log(String(/[/]\//), /\n/.source, new RegExp("a\nb").toString());

// Case-insensitive and unicode.
console.log(/σ/i.test("Σ"), /\u{10400}/ui.test("\u{10428}"), /[a-z]/i.test("K"), /\w/iu.test("\u017f"), /\w/i.test("\u017f"));
console.log("aBc".replace(/b/gi, "$&$&"), "ǅ".match(/ǆ/i), "x".match(/(?<=(x))y|x/));
console.log(/(a)|b/.exec("b"), "abc".match(/(?<first>a)(?<rest>.*)/).groups);
