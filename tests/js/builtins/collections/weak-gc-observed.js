// Weak semantics seen through the collector (the .out is hand-written: node collects when it
// pleases and runs cleanup callbacks on a later task, so its output here is not deterministic).
// Young objects die in the first scavenge after they are dropped; the churn below forces many.
globalThis.fr = new FinalizationRegistry(held => console.log("finalized", held)); // reachable after the script: cleanup runs once it has ended
const wm = new WeakMap();
globalThis.alive = { name: 'alive' };
let ref;
(function () {
  const key = { name: 'key' };
  wm.set(key, { back: key }); // the value refers to its key: the entry must not keep it alive
  fr.register(key, 'weakmap key');
  const unregistered = {};
  fr.register(unregistered, 'never', unregistered);
  fr.unregister(unregistered);
  const target = { name: 'ref target' };
  ref = new WeakRef(target); // kept until the job queue drains (KeepDuringJob)
  const chainHead = {};
  let link = chainHead;
  for (let i = 0; i < 10; i++) { const next = {}; wm.set(link, next); link = next; } // ephemeron chain
  fr.register(link, 'chain tail');
})();
wm.set(alive, { big: 'value' });
fr.register(alive, 'alive');
function churn() {
  let last;
  for (let i = 0; i < 200000; i++) last = { i, a: [i, i] };
  return last.i;
}
console.log('churned', churn());
console.log('same job', ref.deref() && ref.deref().name, wm.get(alive).big);
Promise.resolve().then(() => console.log('job', ref.deref() && ref.deref().name));
