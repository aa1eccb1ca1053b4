const log = [];
async function worker(id, steps) { for (let i = 0; i < steps; i++) { await null; log.push(id + i); } return id; }
Promise.all([worker('a', 3), worker('b', 1), worker('c', 2)]).then(ids => {
  console.log(ids, log.join(' '));
  log.length = 0;
  const ws = [];
  for (let i = 0; i < 500; i++) ws.push(worker('w', 2));
  return Promise.all(ws);
}).then(r => {
  console.log(r.length, log.length);
});
let counter = 0;
async function inc() { const v = counter; await null; counter = v + 1; }
Promise.all([inc(), inc(), inc()]).then(() => console.log('lost updates -> counter', counter));
