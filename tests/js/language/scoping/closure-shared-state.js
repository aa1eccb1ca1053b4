function makeCounter() {
  let count = 0;
  return { inc: () => ++count, dec: () => --count, get: () => count, reset() { count = 0; } };
}
const c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
c1.reset();
console.log(c1.get(), c1.inc());
function makeAdders() {
  const fns = [];
  for (var i = 0; i < 3; i++) fns.push(() => i);
  return fns.map((f) => f());
}
console.log(makeAdders());
function makeAddersLet() {
  const fns = [];
  for (let i = 0; i < 3; i++) { fns.push(() => i); i += 0; }
  return fns.map((f) => f());
}
console.log(makeAddersLet());
function loopMutation() {
  const fns = [];
  for (let i = 0; i < 4; i++) { fns.push(() => i); i++; }
  return fns.map((f) => f());
}
console.log(loopMutation());
function closureAfterLoopUpdate() {
  const fns = [];
  for (let i = 0; i < 3; fns.push(() => i), i++);
  return fns.map((f) => f());
}
console.log(closureAfterLoopUpdate());
function sharedBetween() {
  let x = 1;
  const get = () => x;
  x = 2;
  const set = (v) => { x = v; };
  set(10);
  return [get(), x];
}
console.log(sharedBetween());
function deepNest() {
  let a = 'a';
  return function () { let b = 'b'; return function () { let c = 'c'; return function () { return a + b + c; }; }; };
}
console.log(deepNest()()()());
const memo = (() => { const cache = {}; let calls = 0; return (n) => { if (n in cache) return [cache[n], calls]; calls++; return [(cache[n] = n * n), calls]; }; })();
console.log(memo(3), memo(3), memo(4));
function paramCapture(x) { const f = () => x; x = 'changed'; return f(); }
console.log(paramCapture('orig'));
function forInClosures() { const fns = []; for (const k in { a: 1, b: 2 }) fns.push(() => k); return fns.map((f) => f()); }
console.log(forInClosures());
function forOfClosures() { const fns = []; for (let v of [1, 2, 3]) { v *= 2; fns.push(() => v); } return fns.map((f) => f()); }
console.log(forOfClosures());
