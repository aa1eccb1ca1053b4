// TDZ checks: elided after a declaration in the same function, kept in closures, switch cases and before it.
function f(k) {
  let a = 1;
  const b = a + 1;
  class C {}
  a = b;
  try { c; } catch (e) { console.log(e.message); }
  let c = 3;
  switch (k) { case 0: let s = 1; break; case 1: try { s; } catch (e) { console.log(e.message); } }
  const g = () => d;
  try { g(); } catch (e) { console.log(e.message); }
  let d = 4;
  try { b = 2; } catch (e) { console.log(e.message); }
  for (let i = 0; i < 2; i++) { let x = i; console.log(x); }
  return [a, b, c, d, g(), typeof C];
}
console.log(f(1));
