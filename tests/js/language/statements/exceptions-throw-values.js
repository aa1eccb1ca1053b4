const values = [1, 'str', null, undefined, true, { a: 1 }, [1, 2], Symbol.for('s'), () => 1, NaN, -0];
for (const v of values) {
  try { throw v; } catch (e) { console.log(typeof e, e === v || (e !== e && v !== v), String(typeof e === 'symbol' ? e.toString() : e)); }
}
function thrower() { throw new TypeError('from fn'); }
try { thrower(); } catch (e) { console.log(e.name, e.message); }
try { [1].map(() => { throw 'from callback'; }); } catch (e) { console.log(e); }
try { ({ get g() { throw 'from getter'; } }).g; } catch (e) { console.log(e); }
try { new (class { constructor() { throw 'from ctor'; } })(); } catch (e) { console.log(e); }
try { `${{ toString() { throw 'from toString'; } }}`; } catch (e) { console.log(e); }
try { +{ valueOf() { throw 'from valueOf'; } }; } catch (e) { console.log(e); }
try { for (const x of { [Symbol.iterator]() { throw 'from iterator'; } }); } catch (e) { console.log(e); }
const err = new Error('reused');
for (let i = 0; i < 2; i++) { try { throw err; } catch (e) { console.log(e === err, e.message); } }
function rethrow() { try { throw 'orig'; } catch (e) { throw e; } }
try { rethrow(); } catch (e) { console.log('rethrown', e); }
