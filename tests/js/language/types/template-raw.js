function raw(strings, ...vals) { return { cooked: strings, raw: strings.raw, vals }; }
const r = raw`a\nb${1}c\td${2}`;
console.log(r.cooked, r.raw, r.vals);
console.log(raw`\unicode`.cooked[0], raw`\unicode`.raw[0]);
console.log(raw`\xZZ${0}ok`.cooked, raw`\xZZ${0}ok`.raw);
console.log(Object.isFrozen(r.cooked), Object.isFrozen(r.raw), Array.isArray(r.raw));
console.log(raw`line1
line2`.raw[0].length);
console.log(raw``.cooked, raw``.raw);
console.log(raw`${1}${2}`.cooked.length);
const t = `crlf\
continued`;
console.log(t);
console.log(raw`a\
b`.raw[0].length, raw`a\
b`.cooked[0]);
console.log(`${'nested ' + `inner ${1 + 1}`}`);
console.log(`${[1, 2]}${{}}${null}${undefined}`);
