function a() { try { throw new Error('try'); } catch (e) { throw new Error('catch: ' + e.message); } finally { console.log('finally a'); } }
try { a(); } catch (e) { console.log(e.message); }
function b() { try { return 'try'; } finally { throw new Error('finally'); } }
try { b(); } catch (e) { console.log(e.message); }
function c() { try { throw 1; } catch { return 'catch return'; } finally { console.log('finally c'); } }
console.log(c());
function d() { let i = 0; while (true) { try { throw i; } catch (x) { if (x >= 2) return x; } finally { i++; } } }
console.log(d());
function e() { try { try { throw 'inner'; } catch (x) { throw x + '+'; } finally { console.log('inner finally'); } } catch (y) { return y; } }
console.log(e());
function f() { const errs = []; for (const v of [1, 2]) { try { throw v; } catch (x) { errs.push(x); continue; } finally { errs.push('f' + v); } } return errs; }
console.log(f());
function g() { try { null.x; } catch ({ name, message }) { return name + '|' + message; } }
console.log(g());
function h() { try { throw new Error('first'); } finally { try { throw new Error('second'); } catch (x) { console.log('handled', x.message); } } }
try { h(); } catch (x) { console.log('propagated', x.message); }
function k() { try { return (() => { throw 'arrow'; })(); } catch (x) { return 'caught ' + x; } }
console.log(k());
