const out = [];
const log = s => { out.push(s); console.log(s); };
log('1 sync');
Promise.resolve().then(() => log('4 microtask'));
new Promise(r => { log('2 executor is sync'); r(); log('3 after resolve still sync'); });
(async () => { log('2b async body sync part'); await 0; log('5 after await'); })();
log('3b end of script');
function inner() { Promise.resolve().then(() => log('6 queued from function')); }
inner();
const thenable = { then(f) { log('7 thenable.then is called in a job'); f(); } };
Promise.resolve(thenable);
log('3c really end');
