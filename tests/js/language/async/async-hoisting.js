hoisted().then(v => console.log(v));
async function hoisted() { return 'hoisted async'; }
console.log(typeof later);
var later = async () => {};
{
  async function inBlock() { return 'block'; }
  inBlock().then(console.log);
}
console.log(typeof inBlock);
async function nt() { return new.target; }
nt().then(v => console.log('new.target', v));
async function dup() { return 1; }
async function dup() { return 2; }
dup().then(v => console.log('dup', v));
const named = async function inner() { return typeof inner; };
named().then(v => console.log(v, named.name));
