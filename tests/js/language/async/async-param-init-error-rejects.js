async function f(a = (() => { throw new Error('param') })()) { console.log('body'); }
let p; try { p = f(); console.log('f returned', p instanceof Promise); } catch (e) { console.log('f threw sync', e.message); }
p && p.catch(e => console.log('f rejected', e.message));
async function g(a = missingBinding) {}
try { g().catch(e => console.log('g rejected', e.name)); } catch (e) { console.log('g threw sync', e.name); }
const af = async ({ x }) => x;
try { af(null).catch(e => console.log('arrow rejected', e.constructor.name)); } catch (e) { console.log('arrow threw sync', e.constructor.name); }
const o = { async m([a]) {} };
try { o.m(1).catch(e => console.log('method rejected', e.name)); } catch (e) { console.log('method threw sync', e.name); }
