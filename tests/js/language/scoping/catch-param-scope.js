var e = 'outer e';
try { throw 'thrown'; } catch (e) { console.log(e); e = 'reassigned'; console.log(e); }
console.log(e);
try { throw new Error('m'); } catch ({ message }) { console.log(message); }
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); }
try { throw 'x'; } catch { console.log('optional binding'); }
const fns = [];
for (let i = 0; i < 3; i++) { try { throw i; } catch (err) { fns.push(() => err); } }
console.log(fns.map((f) => f()));
try { throw 'a'; } catch (err) { let inner = err + '!'; console.log(inner); }
console.log(typeof inner, typeof err);
function varInCatch() {
  try { throw 'err'; } catch (x) { var x = 'var assign'; var y = x; }
  return [x, y];
}
console.log(varInCatch());
try { try { throw 'inner'; } catch (e) { throw e + ' rethrown'; } } catch (e) { console.log(e); }
try { throw undefined; } catch (e) { console.log(e, typeof e); }
try { throw null; } catch (e) { console.log(e); }
try { throw { code: 42 }; } catch ({ code, missing = 'dflt' }) { console.log(code, missing); }
