// A class may not get a static element named "prototype" at run time; private methods are named "#m".
for (const make of [
  () => class { static ["proto" + "type"]() {} },
  () => class { static ["prototype"] = 1; },
  () => class { static get ["prototype"]() { return 1; } },
]) {
  try { make(); console.log("defined"); } catch (e) { console.log(e.name, e.message); }
}
class E { static async *#m() {} static #f() {} static names() { return [E.#m.name, E.#f.name]; } }
console.log(E.names());
const frozen = class { constructor() { Object.freeze(this); } };
try { new (class extends frozen { x = 1; })(); } catch (e) { console.log(e.name, e.message); }
