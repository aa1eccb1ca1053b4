// Symbol.replace and String.prototype.replace/replaceAll: every $ pattern, function replacers.
const s = "abc-def-ghi";
const re = /(\w)(\w)(\w)/g;
for (const t of ["$1", "$2$1", "$3$2$1", "$&!", "[$`]", "[$']", "$$", "$", "$0", "$00", "$01", "$10", "$4", "$99", "$<x>", "a$", "$$1", "x$&y$&z"]) {
  console.log(`<${t}>`, s.replace(re, t), s.replace(/(\w)(\w)(\w)/, t));
}
const many = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/;
console.log("abcdefghijk".replace(many, "$11-$10-$1-$011-$012"));
console.log(s.replace("def", "[$&|$`|$'|$$]"), s.replace("x", "y"), s.replace("", "^"));
console.log(s.replaceAll("-", "+"), s.replaceAll("", "."), "aaaa".replaceAll("aa", "b"));
console.log(s.replaceAll(/-/g, (m, off, str) => `<${off}:${str.length}>`));
console.log(s.replace(/(?<first>\w)\w*/g, (m, p1, off, str, groups) => `${p1}${off}${typeof str}${Object.entries(groups).join(";")}`));
console.log(s.replace(/-/g, () => 42), s.replace(/-/, { toString() { return "#"; } }));
console.log("aaa".replace(/a*?/g, "-"), "abc".replace(/(?:)/g, "-"), "😀".replace(/(?:)/gu, "-"), "😀".replace(/(?:)/g, "-").length);
console.log("x".replace(/x/, "$`$'"), "xyz".replace(/y/, "$'$`"));
try { "abc".replaceAll(/b/, "x"); } catch (e) { console.log(e.constructor.name, e.message); }
console.log("abc".replace({ [Symbol.replace](str, rv) { return `custom:${str}:${rv}`; } }, "R"));
console.log("a.b.c".replace(".", "!"), "a.b.c".replaceAll(".", "!"));
console.log("aBc".replace(/b/i, (m) => m.toLowerCase() + m));
// Replacement with unmatched optional captures.
console.log("ac".replace(/a(b)?c/, "[$1]"), "ac".replace(/a(b)?c/, (m, b) => String(b)));
// Sticky replace only replaces at lastIndex.
const sticky = /a/y;
sticky.lastIndex = 1;
console.log("aaa".replace(sticky, "b"), sticky.lastIndex);
