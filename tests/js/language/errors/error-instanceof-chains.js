const errs = [new Error(), new TypeError(), new RangeError(), new SyntaxError(), new ReferenceError(), new EvalError(), new URIError()];
for (const e of errs) {
  console.log(e.name, e instanceof Error, e instanceof TypeError, e instanceof RangeError, e.constructor === globalThis[e.name]);
}
try { null.prop; } catch (e) { console.log(e.constructor.name, e instanceof TypeError); }
try { undefined(); } catch (e) { console.log(e.constructor.name); }
try { new Array(-1); } catch (e) { console.log(e.constructor.name, e.message); }
try { 'abc'.repeat(-1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Symbol() + ''; } catch (e) { console.log(e.constructor.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
try { ({}).x.y; } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty(1, 'x', {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { ({}) instanceof 1; } catch (e) { console.log(e.constructor.name, e.message); }
