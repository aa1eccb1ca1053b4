function* g() {}
const GenProtoProto = Object.getPrototypeOf(g.prototype);
const IterProto = Object.getPrototypeOf(GenProtoProto);
console.log(typeof IterProto[Symbol.iterator]);
console.log(IterProto[Symbol.iterator].call(5) === 5);
console.log(Object.getOwnPropertyNames(g.prototype).length);
console.log(g.hasOwnProperty('prototype'));
console.log(GenProtoProto[Symbol.toStringTag]);
const d = Object.getOwnPropertyDescriptor(g, 'prototype');
console.log(d.writable, d.enumerable, d.configurable);
g.prototype.extra = function () { return 'extra'; };
console.log(g().extra());
console.log(g() instanceof g);
g.prototype = null;
console.log(Object.getPrototypeOf(g()) === GenProtoProto);
function* h() {}
h.prototype = { custom: true };
console.log(h().custom, typeof h().next);
function* k() {}
console.log(Object.getPrototypeOf(k.prototype) === GenProtoProto, k.prototype !== g.prototype);
for (const m of ['next', 'return', 'throw']) {
  const md = Object.getOwnPropertyDescriptor(GenProtoProto, m);
  console.log(m, md.writable, md.enumerable, md.configurable, md.value.length);
}
