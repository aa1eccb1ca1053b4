class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2));
class Empty {}
console.log(new Empty());
class Sub extends Point { constructor() { super(3, 4); this.z = 5; } }
console.log(new Sub());
console.log([new Point(0, 0)], { p: new Point(1, 1) });
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
var anon = new (class {})();
console.log(anon);
var nullProtoInst = Object.create(Point.prototype);
console.log(nullProtoInst);
class WithAccessor { constructor() { this._v = 1; } get v() { return this._v; } }
console.log(new WithAccessor());
class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
console.log(new Tagged());
var Named = function Named() {};
console.log(new Named());
var o = Object.create({ constructor: { name: 'Fake' } });
console.log(o);
class Static { static s = 1; }
console.log(new Static());
