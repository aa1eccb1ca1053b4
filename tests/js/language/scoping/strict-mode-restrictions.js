'use strict';
try { undeclared = 1; } catch (e) { console.log('implicit global', e.constructor.name); }
try { Object.defineProperty({}, 'x', { value: 1 }).x = 2; } catch (e) { console.log('readonly', e.constructor.name); }
try { Object.preventExtensions({}).y = 1; } catch (e) { console.log('non-extensible', e.constructor.name); }
try { ({ get g() { return 1; } }).g = 2; } catch (e) { console.log('getter-only', e.constructor.name); }
try { delete Object.prototype; } catch (e) { console.log('delete non-configurable', e.constructor.name); }
try { 'str'.foo = 1; } catch (e) { console.log('primitive prop', e.constructor.name); }
try { (1).foo = 1; } catch (e) { console.log('number prop', e.constructor.name); }
try { true.foo = 1; } catch (e) { console.log('boolean prop', e.constructor.name); }
try { Symbol().foo = 1; } catch (e) { console.log('symbol prop', e.constructor.name); }
function f() { return this; }
console.log(f(), f.call(1), typeof f.call({}));
function g() { return typeof arguments; }
console.log(g());
console.log(Object.prototype.hasOwnProperty.call(g, 'caller'), Object.prototype.hasOwnProperty.call(g, 'arguments'));
const o = { m() { return this; } };
const m = o.m;
console.log(m());
console.log((function () { return typeof this; })());
console.log([1].map(function () { return this; })[0]);
console.log([1].map(function () { return this; }, 'thisArg')[0]);
try { NaN = 1; } catch (e) { console.log('assign NaN', e.constructor.name); }
try { undefined = 1; } catch (e) { console.log('assign undefined', e.constructor.name); }
try { Infinity = 1; } catch (e) { console.log('assign Infinity', e.constructor.name); }
try { globalThis.undefined = 1; } catch (e) { console.log('globalThis.undefined', e.constructor.name); }
