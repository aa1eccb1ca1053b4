{}
{ ; }
;;;
{ let a = 1; { let a = 2; { let a = 3; console.log(a); } console.log(a); } console.log(a); }
if (true) ; else console.log('never');
if (false) console.log('x'); else if (false) console.log('y'); else console.log('else-if chain');
if (1) if (0) console.log('inner'); else console.log('dangling else binds inner');
let x = 0;
if (x++, x) console.log('comma in condition', x);
do console.log('do without braces'); while (false)
console.log('asi after do-while');
const fn = function () { return 1 }
;[1, 2].forEach((v) => console.log('asi', v));
let y = 5
let z = y
++z
console.log(y, z);
function asiReturn() { return
  'not returned'; }
console.log(asiReturn());
const arr = [1, 2, 3]; let total = 0;
for (const v of arr) total += v
console.log(total)
