function* sg() { yield 1; }
async function* ag() { console.log('async gen body ran'); yield 'y'; }
const GP = Object.getPrototypeOf(sg.prototype);
try { const r = GP.next.call(ag()); console.log('next returned', r); } catch (e) { console.log('next', e.constructor.name); }
try { const r = GP.return.call(ag(), 'x'); console.log('return returned', r); } catch (e) { console.log('return', e.constructor.name); }
try { const r = GP.throw.call(ag(), 'x'); console.log('throw returned', r); } catch (e) { console.log('throw', e.constructor.name); }
