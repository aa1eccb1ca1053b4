// An anonymous class is named before its static elements: a static name() wins.
var [a = class { static name() { return "method"; } }, b = class {}] = [];
console.log(typeof a.name, a.name(), b.name);
const c = class { static name = "field"; };
console.log(c.name, Object.getOwnPropertyNames(class { static x = 1; }));
let d;
d = class {};
console.log(d.name, (class {}).name === "");
