const vals = [0, 'str', true, undefined, null, Symbol('s'), {}, [], () => {}, class {}, new Number(1), Object('s'), /* */ NaN];
console.log(vals.map((v) => typeof v).join(','));
console.log(vals.map((v) => v instanceof Object).join(','));
console.log(1 instanceof Number, new Number(1) instanceof Number, 's' instanceof String, Object.create(null) instanceof Object);
console.log(Function instanceof Function, Object instanceof Function, Function instanceof Object, Object instanceof Object);
console.log([] instanceof Array, Array.isArray(Object.create(Array.prototype)), Object.create(Array.prototype) instanceof Array);
function F() {}
const f = new F();
F.prototype = {};
console.log(f instanceof F, Object.getPrototypeOf(f) === F.prototype);
const arrowFn = () => {};
try { ({}) instanceof arrowFn; } catch (e) { console.log('arrow rhs', e.constructor.name); }
console.log(typeof Object.prototype, typeof Function.prototype, typeof Array.prototype, Array.isArray(Array.prototype));
