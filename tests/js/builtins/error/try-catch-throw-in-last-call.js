function t() { throw new TypeError('x'); }
try { t(); } catch (e) { console.log('caught 1', e instanceof TypeError); }
try { undefined(); } catch (e) { console.log('caught 2', e instanceof TypeError); }
try { [].reduce(function () {}); } catch (e) { console.log('caught 3', e instanceof TypeError); }
try { new Array(-1); } catch (e) { console.log('caught 4', e instanceof RangeError); }
function g() { try { t(); } catch (e) { return 'caught 5'; } }
console.log(g());
try { t(); } catch (e) { console.log('caught 6'); } finally { console.log('finally 6'); }
