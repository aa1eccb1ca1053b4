// petrel: no-gc-stress (thousands of promise jobs: a full collection per call under stress)
async function fact(n) { return n <= 1 ? 1 : n * await fact(n - 1); }
async function fib(n) { if (n < 2) return n; const [a, b] = await Promise.all([fib(n - 1), fib(n - 2)]); return a + b; }
async function countdown(n, acc = []) { acc.push(n); if (n === 0) return acc; await null; return countdown(n - 1, acc); }
async function* walk(tree, depth = 0) { yield ' '.repeat(depth) + tree.name; for (const c of tree.children || []) yield* walk(c, depth + 1); }
(async () => {
  console.log(await fact(10));
  console.log(await fib(15));
  console.log(await countdown(5));
  const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1' }] }, { name: 'b' }] };
  for await (const line of walk(tree)) console.log(line);
  let even, odd;
  even = async n => n === 0 ? true : odd(n - 1);
  odd = async n => n === 0 ? false : even(n - 1);
  console.log(await even(100), await odd(7));
})();
