"use strict";
/* String: the constructor, String.fromCharCode/fromCodePoint and String.prototype
 * (ECMA-262 §22.1), with %StringIteratorPrototype% (22.1.5) iterating by code points.
 *
 * Not yet: split/replace/match/search with a RegExp (no RegExp objects exist; split takes
 * its separator through ToString as 22.1.3.23 does when there is no @@split method),
 * localeCompare, normalize, toLocale*Case, replace/replaceAll. A string iterator keeps its
 * state under a library-private symbol key, as array iterators do. */

const lib = global["%lib"];
const TypeError = lib.TypeError, RangeError = lib.RangeError;
const ToString = lib.ToString, ToIntegerOrInfinity = lib.ToIntegerOrInfinity;
const symIterator = $WellKnownSymbol("iterator");
const symSplit = $WellKnownSymbol("split");
const symToStringTag = $WellKnownSymbol("toStringTag");

/* The string value of `this` for a String.prototype method: RequireObjectCoercible then
 * ToString. */
function thisString(value, method) {
  if (value === undefined || value === null) {
    throw new TypeError(`String.prototype.${method} called on null or undefined`);
  }
  return ToString(value);
}

/* 22.1.3.35.1 thisStringValue */
function thisStringValue(value, method) {
  if (typeof value === "string") return value;
  if ($IsObject(value) && $ClassOf(value) === lib.CLASS_STRING) return $PrimitiveValue(value, lib.CLASS_STRING);
  throw new TypeError(`String.prototype.${method} requires that 'this' be a String`);
}

/* 11.1.4 CodePointAt: [code point, code unit count]. */
function codePointAt(string, position) {
  const first = $StringCharCodeAt(string, position);
  if (first < 0xd800 || first > 0xdbff || position + 1 === $StringLength(string)) return [first, 1];
  const second = $StringCharCodeAt(string, position + 1);
  if (second < 0xdc00 || second > 0xdfff) return [first, 1];
  return [(first - 0xd800) * 0x400 + (second - 0xdc00) + 0x10000, 2];
}

/* 22.1.3.17.1 StringPad */
function StringPad(S, maxLength, fillString, placement) {
  const intMaxLength = lib.ToLength(maxLength);
  const stringLength = $StringLength(S);
  if (intMaxLength <= stringLength) return S;
  const filler = fillString === undefined ? " " : ToString(fillString);
  if (filler === "") return S;
  const fillLen = intMaxLength - stringLength;
  const count = $MathOp(8, fillLen / $StringLength(filler));
  const truncatedStringFiller = $StringSubstring($StringRepeat(filler, count), 0, fillLen);
  return placement === "start" ? truncatedStringFiller + S : S + truncatedStringFiller;
}

/* A position argument clamped to [0, len]. */
function clampPosition(value, len) {
  const n = ToIntegerOrInfinity(value);
  return n < 0 ? 0 : n > len ? len : n;
}

/* 22.1.3.1 String.prototype methods that forbid RegExp arguments check IsRegExp; without
 * RegExp objects only Symbol.match could mark one, so that check is left out. */

/* 22.1.1.1 String ( value ) */
function String(value) {
  let s;
  if (arguments.length === 0) {
    s = "";
  } else {
    if (new.target === undefined && typeof value === "symbol") return lib.SymbolDescriptiveString(value);
    s = ToString(value);
  }
  if (new.target === undefined) return s;
  // 10.4.3.4 StringCreate with the prototype from newTarget.
  const S = $WrapPrimitive(s);
  const proto = lib.GetPrototypeFromConstructor(new.target, StringPrototype);
  if (proto !== StringPrototype) $SetPrototypeOf(S, proto);
  return S;
}
const StringPrototype = $WrapPrimitive("");
$SetPrototypeOf(StringPrototype, lib.ObjectPrototype);
lib.linkConstructor(String, StringPrototype);
lib.defineGlobal("String", String);

lib.installMethods(String, {
  /* 22.1.2.1 */
  fromCharCode(...codeUnits) {
    let result = "";
    for (let i = 0; i < codeUnits.length; i++) result += $StringFromCharCode(lib.ToNumber(codeUnits[i]) & 0xffff);
    return result;
  },
  /* 22.1.2.2 */
  fromCodePoint(...codePoints) {
    let result = "";
    for (let i = 0; i < codePoints.length; i++) {
      const nextCP = lib.ToNumber(codePoints[i]);
      if ($ToIntegerOrInfinity(nextCP) !== nextCP || nextCP < 0 || nextCP > 0x10ffff) {
        throw new RangeError(`Invalid code point ${lib.ToString(codePoints[i])}`);
      }
      if (nextCP < 0x10000) {
        result += $StringFromCharCode(nextCP);
      } else {
        const cp = nextCP - 0x10000;
        result += $StringFromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      }
    }
    return result;
  },
});

lib.installMethods(StringPrototype, {
  /* 22.1.3.1 */
  at(index) {
    const S = thisString(this, "at");
    const len = $StringLength(S);
    const relativeIndex = ToIntegerOrInfinity(index);
    const k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
    if (k < 0 || k >= len) return undefined;
    return $StringSubstring(S, k, k + 1);
  },
  /* 22.1.3.2 */
  charAt(pos) {
    const S = thisString(this, "charAt");
    const position = ToIntegerOrInfinity(pos);
    if (position < 0 || position >= $StringLength(S)) return "";
    return $StringSubstring(S, position, position + 1);
  },
  /* 22.1.3.3 */
  charCodeAt(pos) {
    const S = thisString(this, "charCodeAt");
    const position = ToIntegerOrInfinity(pos);
    if (position < 0 || position >= $StringLength(S)) return NaN;
    return $StringCharCodeAt(S, position);
  },
  /* 22.1.3.4 */
  codePointAt(pos) {
    const S = thisString(this, "codePointAt");
    const position = ToIntegerOrInfinity(pos);
    if (position < 0 || position >= $StringLength(S)) return undefined;
    return codePointAt(S, position)[0];
  },
  /* 22.1.3.5 */
  concat(...args) {
    let R = thisString(this, "concat");
    for (let i = 0; i < args.length; i++) R = $StringConcat(R, ToString(args[i]));
    return R;
  },
  /* 22.1.3.7 */
  endsWith(searchString) {
    const S = thisString(this, "endsWith");
    const searchStr = ToString(searchString);
    const len = $StringLength(S);
    const endPosition = arguments.length > 1 ? arguments[1] : undefined;
    const end = endPosition === undefined ? len : clampPosition(endPosition, len);
    const searchLength = $StringLength(searchStr);
    const start = end - searchLength;
    if (start < 0) return false;
    return $StringSubstring(S, start, end) === searchStr;
  },
  /* 22.1.3.8 */
  includes(searchString) {
    const S = thisString(this, "includes");
    const searchStr = ToString(searchString);
    const start = clampPosition(arguments.length > 1 ? arguments[1] : undefined, $StringLength(S));
    return $StringIndexOf(S, searchStr, start) !== -1;
  },
  /* 22.1.3.9 */
  indexOf(searchString) {
    const S = thisString(this, "indexOf");
    const searchStr = ToString(searchString);
    const start = clampPosition(arguments.length > 1 ? arguments[1] : undefined, $StringLength(S));
    return $StringIndexOf(S, searchStr, start);
  },
  /* 22.1.3.11 */
  lastIndexOf(searchString) {
    const S = thisString(this, "lastIndexOf");
    const searchStr = ToString(searchString);
    const numPos = lib.ToNumber(arguments.length > 1 ? arguments[1] : undefined);
    const pos = numPos !== numPos ? Infinity : $ToIntegerOrInfinity(numPos);
    const len = $StringLength(S);
    const searchLen = $StringLength(searchStr);
    let start = pos < 0 ? 0 : pos > len ? len : pos;
    if (start > len - searchLen) start = len - searchLen;
    for (let i = start; i >= 0; i--) {
      if ($StringSubstring(S, i, i + searchLen) === searchStr) return i;
    }
    return -1;
  },
  /* 22.1.3.16-17 */
  padEnd(maxLength) {
    const S = thisString(this, "padEnd");
    return StringPad(S, maxLength, arguments.length > 1 ? arguments[1] : undefined, "end");
  },
  padStart(maxLength) {
    const S = thisString(this, "padStart");
    return StringPad(S, maxLength, arguments.length > 1 ? arguments[1] : undefined, "start");
  },
  /* 22.1.3.18 */
  repeat(count) {
    const S = thisString(this, "repeat");
    const n = ToIntegerOrInfinity(count);
    if (n < 0 || n === Infinity) throw new RangeError(`Invalid count value: ${lib.ToString(count)}`);
    if (n === 0 || S === "") return "";
    if ($StringLength(S) * n > 536870888) throw new RangeError("Invalid string length");
    return $StringRepeat(S, n);
  },
  /* 22.1.3.21 */
  slice(start, end) {
    const S = thisString(this, "slice");
    const len = $StringLength(S);
    const intStart = ToIntegerOrInfinity(start);
    const from = intStart === -Infinity ? 0 : intStart < 0 ? (len + intStart > 0 ? len + intStart : 0) : intStart < len ? intStart : len;
    const intEnd = end === undefined ? len : ToIntegerOrInfinity(end);
    const to = intEnd === -Infinity ? 0 : intEnd < 0 ? (len + intEnd > 0 ? len + intEnd : 0) : intEnd < len ? intEnd : len;
    if (from >= to) return "";
    return $StringSubstring(S, from, to);
  },
  /* 22.1.3.23 */
  split(separator, limit) {
    RequireCoercible(this, "split");
    if (separator !== undefined && separator !== null) {
      const splitter = lib.GetMethod(separator, symSplit);
      if (splitter !== undefined) return $Call(splitter, separator, this, limit);
    }
    const S = ToString(this);
    const lim = limit === undefined ? 4294967295 : lib.ToNumber(limit) >>> 0;
    const R = ToString(separator);
    if (lim === 0) return [];
    if (separator === undefined) return [S];
    const separatorLength = $StringLength(R);
    const strLen = $StringLength(S);
    if (separatorLength === 0) {
      const result = [];
      const count = lim < strLen ? lim : strLen;
      for (let i = 0; i < count; i++) $ArrayPush(result, $StringSubstring(S, i, i + 1));
      return result;
    }
    if (S === "") return [S];
    const substrings = [];
    let i = 0;
    let j = $StringIndexOf(S, R, 0);
    while (j !== -1) {
      $ArrayPush(substrings, $StringSubstring(S, i, j));
      if (substrings.length === lim) return substrings;
      i = j + separatorLength;
      j = $StringIndexOf(S, R, i);
    }
    $ArrayPush(substrings, $StringSubstring(S, i, strLen));
    return substrings;
  },
  /* 22.1.3.24 */
  startsWith(searchString) {
    const S = thisString(this, "startsWith");
    const searchStr = ToString(searchString);
    const start = clampPosition(arguments.length > 1 ? arguments[1] : undefined, $StringLength(S));
    const searchLength = $StringLength(searchStr);
    if (searchLength + start > $StringLength(S)) return false;
    return $StringSubstring(S, start, start + searchLength) === searchStr;
  },
  /* B.2.2.1 */
  substr(start, length) {
    const S = thisString(this, "substr");
    const size = $StringLength(S);
    let intStart = ToIntegerOrInfinity(start);
    if (intStart === -Infinity) intStart = 0;
    else if (intStart < 0) intStart = size + intStart > 0 ? size + intStart : 0;
    else if (intStart > size) intStart = size;
    const intLength = length === undefined ? size : ToIntegerOrInfinity(length);
    const intEnd = intStart + (intLength < 0 ? 0 : intLength) < size ? intStart + (intLength < 0 ? 0 : intLength) : size;
    if (intStart >= intEnd) return "";
    return $StringSubstring(S, intStart, intEnd);
  },
  /* 22.1.3.25 */
  substring(start, end) {
    const S = thisString(this, "substring");
    const len = $StringLength(S);
    const finalStart = clampPosition(start, len);
    const finalEnd = end === undefined ? len : clampPosition(end, len);
    const from = finalStart < finalEnd ? finalStart : finalEnd;
    const to = finalStart < finalEnd ? finalEnd : finalStart;
    return $StringSubstring(S, from, to);
  },
  /* 22.1.3.28 */
  toLowerCase() {
    return $StringToLowerCase(thisString(this, "toLowerCase"));
  },
  /* 22.1.3.29 */
  toString() {
    return thisStringValue(this, "toString");
  },
  /* 22.1.3.30 */
  toUpperCase() {
    return $StringToUpperCase(thisString(this, "toUpperCase"));
  },
  /* 22.1.3.32-34 */
  trim() {
    return $StringTrim(thisString(this, "trim"), 0);
  },
  trimEnd() {
    return $StringTrim(thisString(this, "trimEnd"), 2);
  },
  trimStart() {
    return $StringTrim(thisString(this, "trimStart"), 1);
  },
  /* 22.1.3.35 */
  valueOf() {
    return thisStringValue(this, "valueOf");
  },
  /* 22.1.3.36 String.prototype [ @@iterator ] */
  [symIterator]() {
    const S = thisString(this, "[Symbol.iterator]");
    const iterator = {};
    $SetPrototypeOf(iterator, StringIteratorPrototype);
    $DefineProperty(iterator, kState, [S, 0], lib.WRITABLE);
    return iterator;
  },
});

/* RequireObjectCoercible with this file's message. */
function RequireCoercible(value, method) {
  if (value === undefined || value === null) {
    throw new TypeError(`String.prototype.${method} called on null or undefined`);
  }
}

/* Annex B aliases share the function objects. */
$DefineProperty(StringPrototype, "trimLeft", $GetOwnProperty(StringPrototype, "trimStart")[0], lib.WRITABLE | lib.CONFIGURABLE);
$DefineProperty(StringPrototype, "trimRight", $GetOwnProperty(StringPrototype, "trimEnd")[0], lib.WRITABLE | lib.CONFIGURABLE);
$SetRoot("STRING_PROTOTYPE", StringPrototype);

/* --- string iterators (22.1.5) ------------------------------------------------------------ */

const kState = $NewSymbol("StringIteratorState");
const StringIteratorPrototype = {};
$SetPrototypeOf(StringIteratorPrototype, lib.IteratorPrototype);
lib.installMethods(StringIteratorPrototype, {
  /* 22.1.5.1.1 %StringIteratorPrototype%.next ( ) */
  next() {
    const state = $IsObject(this) ? $GetOwnProperty(this, kState) : undefined;
    if (state === undefined) {
      throw new TypeError(`Method String Iterator.prototype.next called on incompatible receiver ${lib.describe(this)}`);
    }
    const record = state[0];
    const s = record[0];
    if (s === undefined) return { value: undefined, done: true };
    const position = record[1];
    if (position >= $StringLength(s)) {
      record[0] = undefined;
      return { value: undefined, done: true };
    }
    const cp = codePointAt(s, position);
    record[1] = position + cp[1];
    return { value: $StringSubstring(s, position, position + cp[1]), done: false };
  },
});
$DefineProperty(StringIteratorPrototype, symToStringTag, "String Iterator", lib.CONFIGURABLE);
