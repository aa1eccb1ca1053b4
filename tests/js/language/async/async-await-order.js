const log = (...a) => console.log(...a);
async function a1() { log('a1 start'); await null; log('a1 after await 1'); await null; log('a1 after await 2'); }
async function a2() { log('a2 start'); await a3(); log('a2 after a3'); }
async function a3() { log('a3 start'); await undefined; log('a3 end'); }
log('script start');
a1();
a2();
Promise.resolve().then(() => log('then 1')).then(() => log('then 2')).then(() => log('then 3'));
new Promise(r => { log('executor'); r(); }).then(() => log('executor then'));
queueMicrotask(() => log('microtask'));
(async () => { log('arrow start'); for (let i = 0; i < 3; i++) { await i; log('arrow loop', i); } })();
log('script end');
