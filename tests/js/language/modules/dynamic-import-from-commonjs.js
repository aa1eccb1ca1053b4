// import() works from a CommonJS file too: resolved against the file's directory.
console.log('before');
import('./fixtures/counter.mjs').then((ns) => {
  ns.increment();
  console.log('loaded', ns.count, Object.keys(ns));
});
console.log('after');
