var sites = [];
function keep(s) { sites.push(s); return s; }
for (var i = 0; i < 3; i++) keep`same${i}site`;
console.log(sites[0] === sites[1], sites[1] === sites[2]);
keep`same${0}site`;
console.log(sites[0] === sites[3]);
function twice() { return keep`x`; }
console.log(twice() === twice());
function make() { return (s => s)`a${1}b`; }
console.log(make() === make(), make().raw === make().raw);
