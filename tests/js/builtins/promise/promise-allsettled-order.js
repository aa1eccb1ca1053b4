let resolvers = [];
const mk = () => new Promise((res, rej) => resolvers.push({ res, rej }));
const ps = [mk(), mk(), mk(), 'plain'];
Promise.allSettled(ps).then(results => {
  for (const r of results) console.log(r.status, 'value' in r ? r.value : r.reason);
});
resolvers[2].rej('two');
resolvers[0].res('zero');
resolvers[1].res('one');
const all = Promise.all([mk(), mk()]);
all.then(v => console.log('all', v), e => console.log('all rejected', e));
resolvers[4].res('five');
resolvers[3].rej('four fails');
resolvers[4].rej('ignored');
