async function af(a, b) {}
const aa = async (x) => {};
const am = { async m() {} }.m;
console.log(af.length, af.name, aa.length, aa.name, am.name);
console.log(af.hasOwnProperty('prototype'), aa.hasOwnProperty('prototype'), am.hasOwnProperty('prototype'));
console.log(typeof af, af instanceof Function);
console.log(String(af));
console.log(String(aa));
console.log(af.call(null) instanceof Promise, af.apply(null, []) instanceof Promise);
const bound = af.bind(null, 1);
console.log(bound.name, bound.length, bound() instanceof Promise);
async function* ag() {}
console.log(ag.hasOwnProperty('prototype'), typeof ag.prototype, Object.getOwnPropertyNames(ag.prototype).length);
console.log(String(ag));
try { new ag(); } catch (e) { console.log('new async gen', e.constructor.name); }
try { new af(); } catch (e) { console.log('new async fn', e.constructor.name); }
