class A {
  async m() { return 'm'; }
  static async s() { return 's'; }
  async #p() { return 'p'; }
  callP() { return this.#p(); }
  async ['comp' + 'uted']() { return 'c'; }
}
const o = { async m() { return 'om'; }, async 'quoted key'() { return 'q'; }, async [Symbol.for('k')]() { return 'sym'; } };
(async () => {
  console.log(await new A().m(), await A.s(), await new A().callP(), await new A().computed());
  console.log(await o.m(), await o['quoted key'](), await o[Symbol.for('k')]());
  console.log(A.prototype.m.name, A.s.name, o.m.name, o[Symbol.for('k')].name);
  console.log(typeof A.prototype.m.prototype, A.prototype.m.hasOwnProperty('prototype'));
  const p = new A().m();
  console.log(p instanceof Promise, Object.prototype.toString.call(p));
  const getset = { get async() { return 'getter named async'; }, async: 1 };
  console.log(Object.getOwnPropertyNames(getset));
  const async = 5; console.log(async);
  const wrapper = { async() { return 'method named async'; } };
  console.log(wrapper.async());
  try { new o.m(); } catch (e) { console.log(e.constructor.name); }
})();
