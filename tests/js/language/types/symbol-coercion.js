const s = Symbol('desc');
console.log(typeof s, s.toString(), String(s), s.description);
try { s + ''; } catch (e) { console.log('concat', e.constructor.name); }
try { `${s}`; } catch (e) { console.log('template', e.constructor.name); }
try { +s; } catch (e) { console.log('unary plus', e.constructor.name); }
try { s * 1; } catch (e) { console.log('multiply', e.constructor.name); }
try { s < 1; } catch (e) { console.log('compare', e.constructor.name); }
console.log(!!s, !s, s ? 'truthy' : 'falsy', s == s, s === Symbol('desc'), s == 'Symbol(desc)');
console.log(Object(s) == s, typeof Object(s), Object(s) instanceof Symbol, Object(s).valueOf() === s);
console.log([s].length, [Symbol('a')].map(String));
const o = {};
o[s] = 1;
o[Object(s)] = 2;
console.log(o[s], Object.getOwnPropertySymbols(o).length);
console.log(Symbol.prototype.toString.call(s), Symbol.prototype.valueOf.call(Object(s)) === s);
try { Symbol.prototype.toString.call('x'); } catch (e) { console.log('bad receiver', e.constructor.name); }
console.log(Symbol().toString(), Symbol(undefined).description, Symbol(null).description, Symbol(123).description);
console.log(Object.getOwnPropertyNames(Symbol.prototype).includes('description'));
try { new Symbol(); } catch (e) { console.log('new Symbol', e.constructor.name); }
console.log(typeof Symbol.prototype[Symbol.toPrimitive], Symbol.prototype[Symbol.toStringTag]);
