'use strict';
try { x; let x = 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { y = 2; let y; } catch (e) { console.log(e.constructor.name, e.message); }
try { typeof z; let z; } catch (e) { console.log(e.constructor.name, e.message); }
try { const c = c + 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { new K(); class K {} } catch (e) { console.log(e.constructor.name, e.message); }
function early() { return later; }
try { early(); } catch (e) { console.log(e.constructor.name, e.message); }
let later = 'now defined';
console.log(early());
try { let [a = b, b] = []; } catch (e) { console.log(e.constructor.name, e.message); }
try { for (let i = i; ;) break; } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const k of [k]); } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const k in { k }); } catch (e) { console.log(e.constructor.name, e.message); }
try { class C extends C {} } catch (e) { console.log(e.constructor.name, e.message); }
try { class D { static x = D.y; static y = 1; } console.log('D ok'); } catch (e) { console.log(e.constructor.name, e.message); }
try { const f = () => g; f(); const g = 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { switch (1) { case 0: let s; case 1: s = 5; } } catch (e) { console.log(e.constructor.name, e.message); }
try { undeclared; } catch (e) { console.log(e.constructor.name, e.message); }
try { undeclared2 = 5; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof neverDeclared);
{ function hoisted() { return 'hoisted in block'; } }
try { console.log(typeof hoisted); } catch (e) { console.log(e.constructor.name, e.message); }
