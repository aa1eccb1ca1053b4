'use strict';
const a = 1;
try { a = 2; } catch (e) { console.log(e.constructor.name, e.message); }
try { a += 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { a++; } catch (e) { console.log(e.constructor.name, e.message); }
try { [a] = [5]; } catch (e) { console.log(e.constructor.name, e.message); }
try { ({ a } = { a: 5 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log(e.constructor.name, e.message); }
console.log(a);
const o = { v: 1 };
o.v = 2;
console.log(o.v);
const fns = [];
for (const x of [1, 2]) fns.push(() => x);
console.log(fns.map((f) => f()));
function f() { const inner = 'i'; return () => { try { inner = 'j'; } catch (e) { return e.message; } }; }
console.log(f()());
const b = 1;
try { b ||= 2; console.log('no assignment happened', b); } catch (e) { console.log(e.constructor.name, e.message); }
try { b &&= 2; } catch (e) { console.log(e.constructor.name, e.message); }
const n = null;
try { n ??= 3; } catch (e) { console.log(e.constructor.name, e.message); }
const fe = function named() { try { named = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } return 'silently ignored'; };
console.log(fe());
let evaluated = false;
try { a = (evaluated = true); } catch (e) { console.log(evaluated); }
