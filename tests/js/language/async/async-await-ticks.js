const log = [];
function ticks(n, label) { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => log.push(label + i)); return p; }
(async () => { await 1; log.push('await-value'); })();
(async () => { await Promise.resolve(); log.push('await-native-promise'); })();
(async () => { await { then(r) { r(); } }; log.push('await-thenable'); })();
(async () => { await (async () => {})(); log.push('await-async-call'); })();
class Sub extends Promise {}
(async () => { await Sub.resolve(); log.push('await-subclass'); })();
(async () => { return 1; })().then(() => log.push('async-return-value'));
(async () => { return Promise.resolve(); })().then(() => log.push('async-return-promise'));
(async () => { return await Promise.resolve(); })().then(() => log.push('async-return-await-promise'));
ticks(6, 't').then(() => console.log(log.join('\n')));
