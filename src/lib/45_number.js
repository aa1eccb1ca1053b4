"use strict";
/* Number (ECMA-262 §21.1): the constructor, constants, statics, Number.prototype.toString /
 * toLocaleString / valueOf, and parseInt / parseFloat (19.2.5, 19.2.4) written over
 * $ToNumberPrimitive. toFixed/toExponential/toPrecision wait for an intrinsic over numconv. */

const lib = global["%lib"];
const TypeError = lib.TypeError, RangeError = lib.RangeError;
const WRITABLE = lib.WRITABLE, CONFIGURABLE = lib.CONFIGURABLE;

/* 21.1.3.7.1 thisNumberValue */
function thisNumberValue(value, method) {
  if (typeof value === "number") return value;
  if ($IsObject(value) && $ClassOf(value) === lib.CLASS_NUMBER) return $PrimitiveValue(value, lib.CLASS_NUMBER);
  throw new TypeError(`Number.prototype.${method} requires that 'this' be a Number`);
}

/* StrWhiteSpaceChar and LineTerminator (for the parse functions' leading trim). */
function isWhitespace(c) {
  return c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 32 || c === 0xa0 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigit(c) {
  return c >= 48 && c <= 57;
}

/* 19.2.5 parseInt ( string, radix ) */
function parseInt(string, radix) {
  const inputString = lib.ToString(string);
  const n = $StringLength(inputString);
  let i = 0;
  while (i < n && isWhitespace($StringCharCodeAt(inputString, i))) i++;
  let sign = 1;
  if (i < n && $StringCharCodeAt(inputString, i) === 45) sign = -1;
  if (i < n && ($StringCharCodeAt(inputString, i) === 45 || $StringCharCodeAt(inputString, i) === 43)) i++;
  let R = lib.ToNumber(radix) | 0;
  let stripPrefix = true;
  if (R !== 0) {
    if (R < 2 || R > 36) return NaN;
    if (R !== 16) stripPrefix = false;
  } else {
    R = 10;
  }
  if (stripPrefix && i + 1 < n && $StringCharCodeAt(inputString, i) === 48 &&
      ($StringCharCodeAt(inputString, i + 1) | 32) === 120) {
    i += 2;
    R = 16;
  }
  const start = i;
  let value = 0;
  for (; i < n; i++) {
    const c = $StringCharCodeAt(inputString, i);
    const digit = isDigit(c) ? c - 48 : (c | 32) >= 97 && (c | 32) <= 122 ? (c | 32) - 87 : 99;
    if (digit >= R) break;
    value = value * R + digit;
  }
  if (i === start) return NaN;
  // Decimal digits convert exactly through the number parser.
  if (R === 10) value = $ToNumberPrimitive($StringSubstring(inputString, start, i));
  return sign * value;
}

/* 19.2.4 parseFloat ( string ): the longest StrDecimalLiteral prefix. */
function parseFloat(string) {
  const inputString = lib.ToString(string);
  const n = $StringLength(inputString);
  let i = 0;
  while (i < n && isWhitespace($StringCharCodeAt(inputString, i))) i++;
  const start = i;
  let c = $StringCharCodeAt(inputString, i);
  if (c === 43 || c === 45) i++;
  if ($StringSubstring(inputString, i, i + 8) === "Infinity") {
    return $StringCharCodeAt(inputString, start) === 45 ? -Infinity : Infinity;
  }
  let digits = 0;
  while (i < n && isDigit($StringCharCodeAt(inputString, i))) { i++; digits++; }
  if (i < n && $StringCharCodeAt(inputString, i) === 46) {
    i++;
    while (i < n && isDigit($StringCharCodeAt(inputString, i))) { i++; digits++; }
  }
  if (digits === 0) return NaN;
  let end = i;
  if (i < n && ($StringCharCodeAt(inputString, i) | 32) === 101) {
    let j = i + 1;
    c = $StringCharCodeAt(inputString, j);
    if (c === 43 || c === 45) j++;
    const expStart = j;
    while (j < n && isDigit($StringCharCodeAt(inputString, j))) j++;
    if (j > expStart) end = j;
  }
  let text = $StringSubstring(inputString, start, end);
  // "1." and "-.5" are valid prefixes; the number parser takes them as they are.
  return $ToNumberPrimitive(text);
}
lib.parseInt = parseInt;
lib.parseFloat = parseFloat;

/* 21.1.1.1 Number ( value ) */
function Number(value) {
  let n = 0;
  if (arguments.length > 0) {
    const prim = lib.ToNumeric(value);
    // Step 2.a: a BigInt rounds to the nearest Number.
    n = typeof prim === "bigint" ? $BigIntToNumber(prim) : prim;
  }
  if (new.target === undefined) return n;
  const O = $WrapPrimitive(n);
  const proto = lib.GetPrototypeFromConstructor(new.target, NumberPrototype);
  if (proto !== NumberPrototype) $SetPrototypeOf(O, proto);
  return O;
}
const NumberPrototype = $WrapPrimitive(0);
$SetPrototypeOf(NumberPrototype, lib.ObjectPrototype);
lib.linkConstructor(Number, NumberPrototype);
lib.defineGlobal("Number", Number);

/* 21.1.2 constants: not writable, enumerable or configurable. */
$DefineProperty(Number, "EPSILON", 2.220446049250313e-16, 0);
$DefineProperty(Number, "MAX_SAFE_INTEGER", 9007199254740991, 0);
$DefineProperty(Number, "MAX_VALUE", 1.7976931348623157e308, 0);
$DefineProperty(Number, "MIN_SAFE_INTEGER", -9007199254740991, 0);
$DefineProperty(Number, "MIN_VALUE", 5e-324, 0);
$DefineProperty(Number, "NaN", NaN, 0);
$DefineProperty(Number, "NEGATIVE_INFINITY", -Infinity, 0);
$DefineProperty(Number, "POSITIVE_INFINITY", Infinity, 0);

lib.installMethods(Number, {
  /* 21.1.2.2 */
  isFinite(number) {
    return typeof number === "number" && number === number && number !== Infinity && number !== -Infinity;
  },
  /* 21.1.2.3 */
  isInteger(number) {
    return typeof number === "number" && number === number && number !== Infinity && number !== -Infinity &&
      $ToIntegerOrInfinity(number) === number;
  },
  /* 21.1.2.4 */
  isNaN(number) {
    return typeof number === "number" && number !== number;
  },
  /* 21.1.2.5 */
  isSafeInteger(number) {
    return typeof number === "number" && number === number && number !== Infinity && number !== -Infinity &&
      $ToIntegerOrInfinity(number) === number && (number < 0 ? -number : number) <= 9007199254740991;
  },
});
/* 21.1.2.12-13: the same functions as the globals. */
$DefineProperty(Number, "parseFloat", parseFloat, WRITABLE | CONFIGURABLE);
$DefineProperty(Number, "parseInt", parseInt, WRITABLE | CONFIGURABLE);
lib.defineGlobal("parseFloat", parseFloat);
lib.defineGlobal("parseInt", parseInt);

/* 19.2.2-3 global isFinite / isNaN coerce their argument. */
lib.installMethods(global, {
  isFinite(number) {
    const num = lib.ToNumber(number);
    return num === num && num !== Infinity && num !== -Infinity;
  },
  isNaN(number) {
    const num = lib.ToNumber(number);
    return num !== num;
  },
});
/* 19.1 value properties of the global object. */
$DefineProperty(global, "NaN", NaN, 0);
$DefineProperty(global, "Infinity", Infinity, 0);
$DefineProperty(global, "undefined", undefined, 0);

lib.installMethods(NumberPrototype, {
  /* 21.1.3.4 */
  toLocaleString() {
    return $NumberToString(thisNumberValue(this, "toLocaleString"), 10);
  },
  /* 21.1.3.6 */
  toString() {
    const x = thisNumberValue(this, "toString");
    const radix = arguments.length > 0 ? arguments[0] : undefined;
    const radixMV = radix === undefined ? 10 : lib.ToIntegerOrInfinity(radix);
    if (radixMV < 2 || radixMV > 36) throw new RangeError("toString() radix must be between 2 and 36");
    return $NumberToString(x, radixMV);
  },
  /* 21.1.3.7 */
  valueOf() {
    return thisNumberValue(this, "valueOf");
  },
});
$SetRoot("NUMBER_PROTOTYPE", NumberPrototype);
