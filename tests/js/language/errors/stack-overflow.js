// petrel: no-gc-stress (deep recursion: a full collection per call under stress is quadratic)
function f() { f(); }
try { f(); } catch (e) { console.log(e instanceof RangeError, e.message); }
function g(n) { return g(n + 1) + 1; }
try { g(0); } catch (e) { console.log(e instanceof RangeError, e.name); }
const arrow = () => arrow();
try { arrow(); } catch (e) { console.log(e instanceof RangeError); }
function a() { return b(); }
function b() { return a(); }
try { a(); } catch (e) { console.log('mutual', e instanceof RangeError); }
let depth = 0;
function counted() { depth++; counted(); }
try { counted(); } catch (e) { console.log(depth > 1000); }
const o = { toString() { return String(this); } };
try { String(o); } catch (e) { console.log('toString loop', e instanceof RangeError); }
function withFinally() { try { withFinally(); } finally { } }
try { withFinally(); } catch (e) { console.log('finally', e instanceof RangeError); }
function recover(n) { try { return recover(n + 1); } catch (e) { return n; } }
console.log(recover(0) > 100);
console.log('still alive', [1, 2, 3].map((x) => x * 2));
class C { constructor() { new C(); } }
try { new C(); } catch (e) { console.log('ctor', e instanceof RangeError); }
