var r1 = (function () { return "classic"; })();
var r2 = (function () { return "crockford"; }());
var r3 = (() => "arrow")();
var r4 = !function () { return 1; }();
var r5 = void function () {}();
console.log(r1, r2, r3, r4, r5);
var mod = (function (exports) { var priv = 1; exports.get = () => priv; return exports; })({});
console.log(mod.get(), mod.priv);
{ let blockScoped = 1; var fnScoped = 2; }
console.log(typeof blockScoped, fnScoped);
{ const c = 1; { const c = 2; console.log(c); } console.log(c); }
label: { console.log("in block"); break label; }
console.log("after labeled block");
var out = [];
outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; out.push(i + "" + j); } }
console.log(out.join());
(function recur(n) { if (n > 0) { out.push(n); recur(n - 1); } })(3);
console.log(out.join());
