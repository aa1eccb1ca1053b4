async function* gen() {
  try {
    for (let i = 0; ; i++) { console.log('producing', i); yield i; }
  } finally {
    console.log('gen cleanup start');
    await null;
    console.log('gen cleanup end');
  }
}
async function take(n) {
  const out = [];
  for await (const x of gen()) { out.push(x); if (out.length === n) break; }
  console.log('loop exited');
  return out;
}
take(3).then(v => console.log('took', v));
async function find() { for await (const x of gen()) if (x === 2) return 'found ' + x; }
find().then(v => console.log(v));
