// Symbol.split and String.prototype.split edge cases.
const cases = [
  ["a,b,,c", /,/], ["a,b,,c", /,/, 2], ["abc", /(?:)/], ["abc", /b*/], ["abc", /(b)/], ["abc", /(b)(x)?/],
  ["", /x/], ["", /(?:)/], ["test", /(?:)/, 0], ["a1b2c3", /\d/], ["a1b2c3", /(\d)/, 3], ["  a  b ", /\s+/],
  ["A<B>bold</B>and<CODE>coded</CODE>", /<(\/)?([^<>]+)>/], ["ab", /a*?/], ["ab", /a*/], ["xyz", /$/], ["xyz", /^/m],
  ["a\nb", /^/m], ["abc", /c/y], ["aXbxc", /x/i], ["abc", /abc/], ["abc", /z/, -1], ["abc", /b/, 4294967297],
];
for (const [s, re, limit] of cases) console.log(`<${s}>`, String(re), limit, s.split(re, limit));
console.log("a-b".split({ [Symbol.split](s, l) { return ["custom", s, l]; } }, 7));
console.log("1,2".split(","), "1,2".split(undefined), "1,2".split(",", 1), "".split(""), "".split("a"));
class MyRE extends RegExp {
  static get [Symbol.species]() { console.log("species read"); return RegExp; }
}
console.log("a1b".split(new MyRE("\\d")));
const re = /-/g;
re.lastIndex = 3;
console.log("a-b-c".split(re), re.lastIndex);
