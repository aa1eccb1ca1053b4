function* g(label) {
  try { yield 1; yield 2; yield 3; }
  finally { console.log('close', label); }
}
for (const x of g('break')) { if (x === 2) break; console.log(x); }
function f() { for (const x of g('return')) { if (x === 1) return 'ret'; } }
console.log(f());
try { for (const x of g('throw')) { throw new Error('body'); } } catch (e) { console.log(e.message); }
outer: for (const a of g('outer')) { for (const b of g('inner')) { continue outer; } }
for (const x of g('complete')) {}
const it = g('manual');
for (const x of it) { break; }
console.log(it.next());
function* noFinally() { yield 1; yield 2; }
const n = noFinally();
for (const x of n) break;
console.log(n.next());
// destructuring assignment target throws
const obj = {};
Object.defineProperty(obj, 'x', { set() { throw new Error('setter'); } });
try { for (obj.x of g('setter')); } catch (e) { console.log(e.message); }
