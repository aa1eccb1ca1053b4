class MyError extends Error {
  constructor(msg, extra) { super(msg); this.name = 'MyError'; this.extra = extra; }
}
const e = new MyError('oops', 7);
console.log(e instanceof MyError, e instanceof Error, e.name, e.message, e.extra);
console.log(String(e));
class NoName extends Error {}
const n = new NoName('nn');
console.log(n.name, String(n), n.constructor.name);
class ProtoName extends Error {}
ProtoName.prototype.name = 'ProtoName';
console.log(String(new ProtoName('pn')), Object.keys(new ProtoName('x')));
class WithCause extends Error { constructor(m, o) { super(m, o); } }
console.log(new WithCause('a', { cause: 'c' }).cause);
class Deep extends MyError { constructor() { super('deep msg', 1); this.name = 'Deep'; } }
const d = new Deep();
console.log(d instanceof Deep, d instanceof MyError, d instanceof Error, String(d));
console.log(Object.getPrototypeOf(Deep.prototype) === MyError.prototype);
class TE extends TypeError { get name() { return 'TE!'; } }
const t = new TE('x');
console.log(t instanceof TypeError, String(t));
try { throw new MyError('thrown'); } catch (err) { console.log(err.name + ': ' + err.message); }
class NoSuper extends Error { constructor() { return { fake: true }; } }
console.log(new NoSuper());
function OldStyle(msg) { this.message = msg; }
OldStyle.prototype = Object.create(Error.prototype);
OldStyle.prototype.constructor = OldStyle;
OldStyle.prototype.name = 'OldStyle';
const o = new OldStyle('old');
console.log(o instanceof Error, String(o));
