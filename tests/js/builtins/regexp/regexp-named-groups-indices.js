// Named groups, groups objects, the d flag's indices.
const date = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/;
const m = date.exec("on 2024-05!");
console.log(m);
console.log(m.groups.year, m.groups.month, m.groups.day, Object.getPrototypeOf(m.groups));
console.log(Object.keys(m));
const d = /(?<word>[a-z]+)(\d)?/d.exec("  abc");
console.log(d.indices, d.indices.groups, d.indices[0], d.indices[2]);
console.log(/a/d.exec("xa").indices);
console.log(/a/d.hasIndices, /a/.hasIndices, /a/dg.flags);
console.log("2024-05".replace(date, "$<month>/$<year>"));
console.log("2024-05".replace(date, "[$<day>][$<nope>]"));
console.log("2024-05".replace(/(\d+)/, "$<year>"));
console.log("2024-05".replace(date, (...args) => args.map((a) => (typeof a === "object" ? Object.entries(a).join(";") : String(a))).join("|")));
console.log([..."a1b2".matchAll(/(?<l>[a-z])(?<n>\d)/g)].map((x) => x.groups.l + x.groups.n));
console.log(/(?<a>.)\k<a>/.test("xx"), /(?<a>.)\k<a>/.test("xy"));
