const café = 'latin1';
const π = 3.14159;
const 变量 = 'cjk';
const ñandú = 'spanish';
const $ = 'dollar', _ = 'underscore', $_$ = 'mixed';
const \u0061bc = 'escaped a';
const x\u{62} = 'escaped b';
console.log(café, π, 变量, ñandú, $, _, $_$, abc, xb);
const Ω = { δ: 1, 'ключ': 2, ℮: 3 };
console.log(Ω, Ω.δ, Ω.ключ);
function λ(α, β) { return α + β; }
console.log(λ(1, 2), λ.name);
class Κλάση { μέθοδος() { return 'method'; } }
console.log(new Κλάση().μέθοδος(), Κλάση.name);
const obj = { \u0063ount: 5 };
console.log(obj.count, Object.keys(obj));
const zwj = 'a\u200Db';
console.log(zwj.length);
var a\u200Cb = 'zwnj ident';
console.log(a\u200Cb);
const 𐊧 = 'astral identifier';
console.log(𐊧);
