// Calling a non-callable as the last instruction of a try block: the TypeError escapes the catch.
var o = {}, x;
try { o.notfn(); } catch (e) { console.log("caught 1", e instanceof TypeError); }
try { x(); } catch (e) { console.log("caught 2", e instanceof TypeError); }
try { new x(); } catch (e) { console.log("caught 3", e instanceof TypeError); }
function f() { try { x(); } catch (e) { return "caught in function"; } }
console.log(f());
