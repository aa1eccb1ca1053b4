async function* ag(a = (() => { throw new Error('agparam') })()) {}
try { ag(); console.log('ag returned'); } catch (e) { console.log('ag threw sync', e.message); }
const asyncIdent = async => async;
console.log(asyncIdent(7));
var yield_ = 1;
function notGen() { var yield = 5; return yield; }
console.log(notGen());
function notAsync() { var await = 3; return await; }
console.log(notAsync());
var async = function (x) { return 'called async(' + x + ')'; };
console.log(async(1));
const o = { *get() { yield 'g'; }, async set() { return 's'; }, get async() { return 'getter'; }, async *[Symbol.iterator]() {}, async: 1 };
console.log([...o.get()], typeof o.set, o.async);
const o2 = { async *gen() { yield 1; }, get() { return 'plain get'; }, set: 2, static: 3, await: 4, yield: 5 };
console.log(o2.get(), o2.set, o2.static, o2.await, o2.yield);
class C { static async *[Symbol.asyncIterator]() { yield 'static async iter'; } async = 'field named async'; get = 'field named get'; static = 'field named static'; }
console.log(new C().async, new C().get, new C().static);
(async () => { for await (const v of C) console.log(v); })();
