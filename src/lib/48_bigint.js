"use strict";
/* BigInt (ECMA-262 §21.2): the BigInt function (callable, never constructing), asIntN /
 * asUintN, BigInt.prototype.toString / toLocaleString / valueOf, and ToBigInt (7.1.13) for
 * the rest of the library. The arithmetic is C ($BigInt* intrinsics over src/bigint/). */

const lib = global["%lib"];
const TypeError = lib.TypeError, RangeError = lib.RangeError;
const symToStringTag = $WellKnownSymbol("toStringTag");

/* 21.2.3.4.1 thisBigIntValue */
function thisBigIntValue(value, method) {
  if (typeof value === "bigint") return value;
  if ($IsObject(value) && $ClassOf(value) === lib.CLASS_BIGINT) return $PrimitiveValue(value, lib.CLASS_BIGINT);
  throw new TypeError(`BigInt.prototype.${method} requires that 'this' be a BigInt`);
}

/* 7.1.13 ToBigInt */
function ToBigInt(argument) {
  const prim = lib.ToPrimitive(argument, "number");
  return $ToBigIntPrimitive(prim);
}
lib.ToBigInt = ToBigInt;

/* 7.1.22 ToIndex, with V8's message. */
function ToIndex(value) {
  const integer = lib.ToIntegerOrInfinity(value);
  if (integer < 0 || integer > 9007199254740991) {
    throw new RangeError("Invalid value: not (convertible to) a safe integer");
  }
  return integer;
}
lib.ToIndex = ToIndex;

/* 21.2.1.1 BigInt ( value ) */
function BigInt(value) {
  // Step 1: not a constructor.
  if (new.target !== undefined) throw new TypeError("BigInt is not a constructor");
  // Steps 2-3: a Number must be integral; anything else goes through ToBigInt.
  const prim = lib.ToPrimitive(value, "number");
  if (typeof prim === "number") return $NumberToBigInt(prim);
  return $ToBigIntPrimitive(prim);
}
/* 21.2.3: BigInt.prototype is an ordinary object (no [[BigIntData]]). */
const BigIntPrototype = BigInt.prototype;
$DefineProperty(BigInt, "prototype", BigIntPrototype, 0);
lib.defineGlobal("BigInt", BigInt);

lib.installMethods(BigInt, {
  /* 21.2.2.1 BigInt.asIntN ( bits, bigint ) */
  asIntN(bits, bigint) {
    const index = ToIndex(bits);
    const value = ToBigInt(bigint);
    return $BigIntAsN(index, value, false);
  },
  /* 21.2.2.2 BigInt.asUintN ( bits, bigint ) */
  asUintN(bits, bigint) {
    const index = ToIndex(bits);
    const value = ToBigInt(bigint);
    return $BigIntAsN(index, value, true);
  },
});

lib.installMethods(BigIntPrototype, {
  /* 21.2.3.2: the default locale's grouping (en-US, as node prints it). */
  toLocaleString() {
    const text = $BigIntToString(thisBigIntValue(this, "toLocaleString"), 10);
    const negative = $StringCharCodeAt(text, 0) === 45;
    const digits = negative ? $StringSubstring(text, 1, $StringLength(text)) : text;
    let end = $StringLength(digits);
    let grouped = "";
    while (end > 3) {
      grouped = `,${$StringSubstring(digits, end - 3, end)}${grouped}`;
      end -= 3;
    }
    grouped = $StringSubstring(digits, 0, end) + grouped;
    return negative ? `-${grouped}` : grouped;
  },
  /* 21.2.3.3 BigInt.prototype.toString ( [ radix ] ) */
  toString() {
    const x = thisBigIntValue(this, "toString");
    const radix = arguments.length > 0 ? arguments[0] : undefined;
    const radixMV = radix === undefined ? 10 : lib.ToIntegerOrInfinity(radix);
    if (radixMV < 2 || radixMV > 36) throw new RangeError("toString() radix argument must be between 2 and 36");
    return $BigIntToString(x, radixMV);
  },
  /* 21.2.3.4 */
  valueOf() {
    return thisBigIntValue(this, "valueOf");
  },
});
/* 21.2.3.5 BigInt.prototype [ @@toStringTag ] */
$DefineProperty(BigIntPrototype, symToStringTag, "BigInt", lib.CONFIGURABLE);
$SetRoot("BIGINT_PROTOTYPE", BigIntPrototype);
