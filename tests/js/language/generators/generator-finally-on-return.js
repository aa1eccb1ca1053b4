const log = [];
function* g() {
  try { log.push('start'); yield 1; yield 2; }
  finally { log.push('finally'); }
}
let it = g();
it.next();
console.log(it.return('r'), log.join(','));
log.length = 0;
it = g();
console.log(it.return('r'), log.join(','));
function* yieldInFinally() {
  try { yield 1; } finally { yield 'cleanup'; console.log('after cleanup'); }
}
it = yieldInFinally();
console.log(it.next());
console.log(it.return('X'));
console.log(it.next());
console.log(it.next());
function* overrides() {
  try { yield 1; } finally { return 'from finally'; }
}
it = overrides(); it.next();
console.log(it.return('orig'));
function* throwsInFinally() {
  try { yield 1; } finally { throw new Error('fin'); }
}
it = throwsInFinally(); it.next();
try { it.return(1); } catch (e) { console.log('caught', e.message); }
console.log(it.next());
function* nested() {
  try {
    try { yield 'a'; } finally { console.log('inner finally'); }
  } finally { console.log('outer finally'); }
}
it = nested(); it.next(); console.log(it.return(9));
function* catchNoEffect() {
  try { yield 1; } catch (e) { console.log('should not catch'); } finally { console.log('fin only'); }
}
it = catchNoEffect(); it.next(); console.log(it.return(2));
