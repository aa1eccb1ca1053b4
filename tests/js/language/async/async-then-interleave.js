const log = [];
async function A() { log.push('A0'); await B(); log.push('A1'); await null; log.push('A2'); }
async function B() { log.push('B0'); await null; log.push('B1'); }
const p1 = A();
const p2 = Promise.resolve().then(() => { log.push('P0'); return Promise.resolve('x'); }).then(() => log.push('P1'));
const p3 = new Promise(r => { log.push('N0'); r(); }).then(() => log.push('N1')).then(() => log.push('N2'));
queueMicrotask(() => log.push('Q0'));
const p4 = (async () => { log.push('C0'); try { await Promise.reject('e'); } catch { log.push('C1'); } finally { log.push('C2'); } })();
const p5 = Promise.reject('r').catch(() => log.push('R0')).finally(() => log.push('R1'));
log.push('sync');
Promise.all([p1, p2, p3, p4, p5]).then(() => console.log(log.join(' ')));
