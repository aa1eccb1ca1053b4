const log = [];
function* g() { log.push('body start'); yield 1; log.push('after 1'); yield 2; log.push('after 2'); }
const it = g();
console.log('after call', log);
it.next();
console.log('after first next', log);
it.next();
console.log('after second', log);
it.next();
console.log('after third', log);
function* side() { for (let i = 0; i < 3; i++) { log.push('produce ' + i); yield i; } }
log.length = 0;
for (const x of side()) log.push('consume ' + x);
console.log(log);
log.length = 0;
const pipeline = (function* () { for (const x of side()) { log.push('map ' + x); yield x * 2; } })();
pipeline.next();
console.log(log);
