class Base { constructor() { this.base = 'B'; } async load() { await null; return 'base-load'; } get prop() { return 'base-prop'; } static async create() { await null; return new this(); } }
class Derived extends Base {
  #secret = 'hidden';
  async load() { const b = await super.load(); await null; return b + '+derived ' + super.prop + ' ' + this.#secret; }
  async #privMethod() { await null; return 'private async'; }
  callPriv() { return this.#privMethod(); }
  static async create() { const inst = await super.create(); inst.created = true; return inst; }
  async *items() { yield super.prop; yield this.#secret; }
  field = async () => { await null; return this.base; };
}
(async () => {
  const d = new Derived();
  console.log(await d.load());
  console.log(await d.callPriv());
  const c = await Derived.create();
  console.log(c instanceof Derived, c.created);
  for await (const v of d.items()) console.log(v);
  console.log(await d.field());
  const o = { __proto__: { greet() { return 'proto greet'; } }, async greet() { await null; return super.greet() + '!'; } };
  console.log(await o.greet());
})();
