'use strict';
function tracked(values, log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push('next'); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
        return() { log.push('return'); return {}; },
      };
    },
  };
}
let log = [];
const [a] = tracked([1, 2, 3], log);
console.log(a, log.join(','));
log = [];
const [b, c] = tracked([1], log);
console.log(b, c, log.join(','));
log = [];
const [...r] = tracked([1, 2], log);
console.log(r, log.join(','));
log = [];
const [] = tracked([1], log);
console.log('empty', log.join(','));
log = [];
const [, ] = tracked([1, 2], log);
console.log('elision', log.join(','));
log = [];
try { const [x = (() => { throw new Error('default threw'); })()] = tracked([undefined], log); } catch (e) { log.push(e.message); }
console.log(log.join(','));
log = [];
try { const [{ p }] = tracked([null], log); } catch (e) { log.push(e.constructor.name); }
console.log(log.join(','));
log = [];
let target;
[target] = tracked(['assigned'], log);
console.log(target, log.join(','));
log = [];
const obj = { set s(v) { throw new Error('setter threw'); } };
try { [obj.s] = tracked([1, 2], log); } catch (e) { log.push(e.message); }
console.log(log.join(','));
log = [];
function params([p1]) { return p1; }
console.log(params(tracked(['param'], log)), log.join(','));
log = [];
const nextThrows = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { log.push('return!'); return {}; } }; } };
try { const [q] = nextThrows; } catch (e) { log.push(e.message); }
console.log(log.join(','));
