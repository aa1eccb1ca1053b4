"use strict";
/* Math (ECMA-262 §21.3): each function coerces its arguments with ToNumber, then a C leaf
 * ($MathOp numbering: 0 abs, 1 acos, 2 acosh, 3 asin, 4 asinh, 5 atan, 6 atanh, 7 cbrt,
 * 8 ceil, 9 cos, 10 cosh, 11 exp, 12 expm1, 13 floor, 14 fround, 15 log, 16 log1p, 17 log10,
 * 18 log2, 19 round, 20 sign, 21 sin, 22 sinh, 23 sqrt, 24 tan, 25 tanh, 26 trunc, 27 clz32;
 * $MathOp2: 0 atan2, 1 pow, 2 imul). max, min and hypot are variadic here. */

const lib = global["%lib"];
const ToNumber = lib.ToNumber;

const MathObject = {};

/* One-argument functions, named by their method keys. */
const unary = {
  abs(x) { return $MathOp(0, ToNumber(x)); },
  acos(x) { return $MathOp(1, ToNumber(x)); },
  acosh(x) { return $MathOp(2, ToNumber(x)); },
  asin(x) { return $MathOp(3, ToNumber(x)); },
  asinh(x) { return $MathOp(4, ToNumber(x)); },
  atan(x) { return $MathOp(5, ToNumber(x)); },
  atanh(x) { return $MathOp(6, ToNumber(x)); },
  cbrt(x) { return $MathOp(7, ToNumber(x)); },
  ceil(x) { return $MathOp(8, ToNumber(x)); },
  cos(x) { return $MathOp(9, ToNumber(x)); },
  cosh(x) { return $MathOp(10, ToNumber(x)); },
  exp(x) { return $MathOp(11, ToNumber(x)); },
  expm1(x) { return $MathOp(12, ToNumber(x)); },
  floor(x) { return $MathOp(13, ToNumber(x)); },
  fround(x) { return $MathOp(14, ToNumber(x)); },
  log(x) { return $MathOp(15, ToNumber(x)); },
  log1p(x) { return $MathOp(16, ToNumber(x)); },
  log10(x) { return $MathOp(17, ToNumber(x)); },
  log2(x) { return $MathOp(18, ToNumber(x)); },
  round(x) { return $MathOp(19, ToNumber(x)); },
  sign(x) { return $MathOp(20, ToNumber(x)); },
  sin(x) { return $MathOp(21, ToNumber(x)); },
  sinh(x) { return $MathOp(22, ToNumber(x)); },
  sqrt(x) { return $MathOp(23, ToNumber(x)); },
  tan(x) { return $MathOp(24, ToNumber(x)); },
  tanh(x) { return $MathOp(25, ToNumber(x)); },
  trunc(x) { return $MathOp(26, ToNumber(x)); },
  clz32(x) { return $MathOp(27, ToNumber(x)); },
};
lib.installMethods(MathObject, unary);

lib.installMethods(MathObject, {
  /* 21.3.2.8 */
  atan2(y, x) {
    const ny = ToNumber(y);
    const nx = ToNumber(x);
    return $MathOp2(0, ny, nx);
  },
  /* 21.3.2.18: V8's scaled, compensated sum of squares. */
  hypot(value1, value2) {
    const count = arguments.length;
    const coerced = [];
    for (let i = 0; i < count; i++) $ArrayPush(coerced, ToNumber(arguments[i]));
    let max = 0;
    let sawNaN = false;
    for (let i = 0; i < count; i++) {
      const abs = $MathOp(0, coerced[i]);
      if (abs === Infinity) return Infinity;
      if (abs !== abs) sawNaN = true;
      else if (abs > max) max = abs;
    }
    if (sawNaN) return NaN;
    if (max === 0) return 0;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < count; i++) {
      const n = coerced[i] / max;
      const summand = n * n - compensation;
      const preliminary = sum + summand;
      compensation = (preliminary - sum) - summand;
      sum = preliminary;
    }
    return $MathOp(23, sum) * max;
  },
  /* 21.3.2.19 */
  imul(x, y) {
    const a = ToNumber(x);
    const b = ToNumber(y);
    return $MathOp2(2, a, b);
  },
  /* 21.3.2.24: all arguments are coerced before any comparison. */
  max(value1, value2) {
    const count = arguments.length;
    const coerced = [];
    for (let i = 0; i < count; i++) $ArrayPush(coerced, ToNumber(arguments[i]));
    let highest = -Infinity;
    for (let i = 0; i < count; i++) {
      const number = coerced[i];
      if (number !== number) return NaN;
      if (number > highest || (number === 0 && highest === 0 && $ObjectIs(highest, -0))) highest = number;
    }
    return highest;
  },
  /* 21.3.2.25 */
  min(value1, value2) {
    const count = arguments.length;
    const coerced = [];
    for (let i = 0; i < count; i++) $ArrayPush(coerced, ToNumber(arguments[i]));
    let lowest = Infinity;
    for (let i = 0; i < count; i++) {
      const number = coerced[i];
      if (number !== number) return NaN;
      if (number < lowest || (number === 0 && lowest === 0 && $ObjectIs(number, -0))) lowest = number;
    }
    return lowest;
  },
  /* 21.3.2.26 */
  pow(base, exponent) {
    const b = ToNumber(base);
    const e = ToNumber(exponent);
    return $MathOp2(1, b, e);
  },
  /* 21.3.2.27 */
  random() {
    return $Random();
  },
});

/* 21.3.1 value properties: not writable, enumerable or configurable. */
$DefineProperty(MathObject, "E", 2.718281828459045, 0);
$DefineProperty(MathObject, "LN10", 2.302585092994046, 0);
$DefineProperty(MathObject, "LN2", 0.6931471805599453, 0);
$DefineProperty(MathObject, "LOG10E", 0.4342944819032518, 0);
$DefineProperty(MathObject, "LOG2E", 1.4426950408889634, 0);
$DefineProperty(MathObject, "PI", 3.141592653589793, 0);
$DefineProperty(MathObject, "SQRT1_2", 0.7071067811865476, 0);
$DefineProperty(MathObject, "SQRT2", 1.4142135623730951, 0);
$DefineProperty(MathObject, $WellKnownSymbol("toStringTag"), "Math", lib.CONFIGURABLE);
lib.defineGlobal("Math", MathObject);
