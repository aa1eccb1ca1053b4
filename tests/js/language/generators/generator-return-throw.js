function* g() { yield 1; yield 2; yield 3; }
let it = g();
console.log(it.next());
console.log(it.return(42));
console.log(it.next());
it = g();
console.log(it.return('early'));
console.log(it.next());
it = g();
it.next();
try { it.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
console.log(it.next());
it = g();
try { it.throw('before start'); } catch (e) { console.log('caught', e); }
console.log(it.next());
function* catcher() {
  while (true) {
    try { yield 'waiting'; } catch (e) { console.log('inner caught', e); yield 'recovered ' + e; }
  }
}
const c = catcher();
console.log(c.next());
console.log(c.throw('x'));
console.log(c.next());
console.log(c.throw('y'));
console.log(c.return('done'));
console.log(c.throw === g.prototype.throw, typeof c.return);
// return on finished
const d = g();
[...d];
console.log(d.return(5), d.next());
try { d.throw(new TypeError('t')); } catch (e) { console.log(e.name, e.message); }
