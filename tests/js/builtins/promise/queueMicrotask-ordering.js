console.log('start');
queueMicrotask(() => {
  console.log('q1');
  queueMicrotask(() => console.log('q1-nested'));
  Promise.resolve().then(() => console.log('q1-promise'));
});
Promise.resolve().then(() => {
  console.log('p1');
  queueMicrotask(() => console.log('p1-nested-q'));
});
queueMicrotask(() => console.log('q2'));
try { queueMicrotask(1); } catch (e) { console.log(e.constructor.name); }
try { queueMicrotask(); } catch (e) { console.log(e.constructor.name); }
console.log(typeof queueMicrotask, queueMicrotask.length, queueMicrotask.name);
queueMicrotask(function () { console.log('args', arguments.length); });
console.log('end');
