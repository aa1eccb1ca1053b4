// An exception thrown by a call that is the last instruction of a try block escapes the catch.
try { (function () { throw 1; })(); } catch (e) { console.log("caught call", e); }
try { ({}) instanceof {}; } catch (e) { console.log("caught instanceof", e.message); }
var bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log("caught toPrimitive", e.message); }
function f() { try { null.x; (function () { throw 2; })(); } catch (e) { return "caught in fn " + e; } }
console.log(f());
function inf() { return inf(); }
try { inf(); } catch (e) { console.log(e instanceof RangeError, e.message); }
try { (function (a = (() => { throw new Error("in default"); })()) {})(); } catch (e) { console.log(e.message); }
try { Object.defineProperty({}, "x", { get: 5 }); } catch (e) { console.log(e.message); }
console.log("end");
