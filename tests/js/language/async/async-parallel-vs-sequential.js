const log = [];
const delay = (name, ticks) => new Promise(resolve => {
  let p = Promise.resolve();
  for (let i = 0; i < ticks; i++) p = p.then(() => {});
  p.then(() => { log.push(name); resolve(name); });
});
(async () => {
  const seq = [];
  seq.push(await delay('s3', 3));
  seq.push(await delay('s1', 1));
  seq.push(await delay('s2', 2));
  console.log('sequential results', seq);
  console.log('sequential order', log.splice(0));
  const par = await Promise.all([delay('p3', 3), delay('p1', 1), delay('p2', 2)]);
  console.log('parallel results', par);
  console.log('parallel order', log.splice(0));
  const first = await Promise.race([delay('r5', 5), delay('r2', 2), delay('r4', 4)]);
  console.log('race winner', first);
  await delay('wait', 6);
  console.log('race order', log.splice(0));
})();
