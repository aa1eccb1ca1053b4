'use strict';
const f = Object.freeze({ a: 1, nested: { b: 2 } });
try { f.a = 2; } catch (e) { console.log('assign', e instanceof TypeError); }
try { f.c = 3; } catch (e) { console.log('add', e instanceof TypeError); }
try { delete f.a; } catch (e) { console.log('delete', e instanceof TypeError); }
f.nested.b = 20;
console.log(f, Object.isFrozen(f), Object.isFrozen(f.nested));
const s = Object.seal({ x: 1 });
s.x = 10;
try { s.y = 1; } catch (e) { console.log('sealed add', e instanceof TypeError); }
try { delete s.x; } catch (e) { console.log('sealed delete', e instanceof TypeError); }
console.log(s, Object.isSealed(s), Object.isFrozen(s));
const p = Object.preventExtensions({ k: 1 });
try { p.n = 1; } catch (e) { console.log('non-extensible add', e instanceof TypeError); }
delete p.k;
console.log(p, Object.isExtensible(p));
const arr = Object.freeze([1, 2, 3]);
try { arr.push(4); } catch (e) { console.log('push frozen', e instanceof TypeError); }
try { arr[0] = 9; } catch (e) { console.log('index frozen', e instanceof TypeError); }
try { arr.length = 0; } catch (e) { console.log('length frozen', e instanceof TypeError); }
console.log(arr);
const proto = Object.freeze({ inherited: 1 });
const child = Object.create(proto);
try { child.inherited = 2; } catch (e) { console.log('inherited frozen', e instanceof TypeError); }
console.log(Object.keys(child));
try { Object.setPrototypeOf(Object.freeze({}), {}); } catch (e) { console.log('setProto', e instanceof TypeError); }
try { 'str'.length = 1; } catch (e) { console.log('string length', e instanceof TypeError); }
try { 'str'[0] = 'x'; } catch (e) { console.log('string index', e instanceof TypeError); }
try { (5).prop = 1; } catch (e) { console.log('number prop', e instanceof TypeError); }
console.log(Object.freeze(5), Object.isFrozen('abc'));
