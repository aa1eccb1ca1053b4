"use strict";
/* String: the constructor, String.fromCharCode/fromCodePoint and String.prototype
 * (ECMA-262 §22.1), with %StringIteratorPrototype% (22.1.5) iterating by code points.
 * match/matchAll/replace/replaceAll/search/split delegate to a RegExp's Symbol methods
 * (src/lib/55_regexp.js, reached through lib at call time) as the spec says; GetSubstitution
 * is here and shared with RegExp.prototype[Symbol.replace].
 *
 * Not yet: localeCompare, normalize, toLocale*Case. A string iterator keeps its state under a
 * library-private symbol key, as array iterators do. */

const lib = global["%lib"];
const TypeError = lib.TypeError, RangeError = lib.RangeError;
const ToString = lib.ToString, ToIntegerOrInfinity = lib.ToIntegerOrInfinity;
const symIterator = $WellKnownSymbol("iterator");
const symSplit = $WellKnownSymbol("split");
const symMatch = $WellKnownSymbol("match");
const symMatchAll = $WellKnownSymbol("matchAll");
const symReplace = $WellKnownSymbol("replace");
const symSearch = $WellKnownSymbol("search");
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

/* 7.2.8 IsRegExp ( argument ) */
function IsRegExp(argument) {
  if (!$IsObject(argument)) return false;
  const matcher = argument[symMatch];
  if (matcher !== undefined) return !!matcher;
  return $ClassOf(argument) === lib.CLASS_REGEXP;
}

/* startsWith, endsWith and includes refuse a RegExp search string (22.1.3.7 step 4). */
function rejectRegExp(searchString, method) {
  if (IsRegExp(searchString)) {
    throw new TypeError(`First argument to String.prototype.${method} must not be a regular expression`);
  }
}

/* replaceAll and matchAll refuse a non-global RegExp (22.1.3.20 step 2.b). */
function requireGlobal(regexp, method) {
  if (!IsRegExp(regexp)) return;
  const flags = regexp.flags;
  if (flags === undefined || flags === null) {
    throw new TypeError(`String.prototype.${method} called with a non-global RegExp argument`);
  }
  if ($StringIndexOf(ToString(flags), "g", 0) === -1) {
    throw new TypeError(`String.prototype.${method} called with a non-global RegExp argument`);
  }
}

/* 22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures,
 * replacementTemplate ) */
function GetSubstitution(matched, str, position, captures, namedCaptures, replacementTemplate) {
  let dollar = $StringIndexOf(replacementTemplate, "$", 0);
  if (dollar === -1) return replacementTemplate;
  const stringLength = $StringLength(str);
  const templateLength = $StringLength(replacementTemplate);
  let result = $StringSubstring(replacementTemplate, 0, dollar);
  let i = dollar;
  while (i < templateLength) {
    const c = $StringCharCodeAt(replacementTemplate, i);
    if (c !== 0x24 || i + 1 >= templateLength) {
      // A run of plain text up to the next "$".
      dollar = $StringIndexOf(replacementTemplate, "$", i + 1);
      const end = dollar === -1 ? templateLength : dollar;
      result += $StringSubstring(replacementTemplate, i, end);
      i = end;
      continue;
    }
    const next = $StringCharCodeAt(replacementTemplate, i + 1);
    if (next === 0x24) {
      // $$
      result += "$";
      i += 2;
    } else if (next === 0x60) {
      // $`
      result += $StringSubstring(str, 0, position);
      i += 2;
    } else if (next === 0x26) {
      // $&
      result += matched;
      i += 2;
    } else if (next === 0x27) {
      // $'
      const tailPos = position + $StringLength(matched);
      result += $StringSubstring(str, tailPos < stringLength ? tailPos : stringLength, stringLength);
      i += 2;
    } else if (next >= 0x30 && next <= 0x39) {
      // $n and $nn
      const captureLen = captures.length;
      let digitCount = 1;
      let index = next - 0x30;
      if (i + 2 < templateLength) {
        const second = $StringCharCodeAt(replacementTemplate, i + 2);
        if (second >= 0x30 && second <= 0x39) {
          digitCount = 2;
          index = index * 10 + (second - 0x30);
          if (index > captureLen) {
            digitCount = 1;
            index = next - 0x30;
          }
        }
      }
      if (index >= 1 && index <= captureLen) {
        const capture = captures[index - 1];
        if (capture !== undefined) result += capture;
      } else {
        result += $StringSubstring(replacementTemplate, i, i + 1 + digitCount);
      }
      i += 1 + digitCount;
    } else if (next === 0x3c) {
      // $<name>
      const gtPos = $StringIndexOf(replacementTemplate, ">", i);
      if (gtPos === -1 || namedCaptures === undefined) {
        result += "$<";
        i += 2;
      } else {
        const groupName = $StringSubstring(replacementTemplate, i + 2, gtPos);
        const capture = namedCaptures[groupName];
        if (capture !== undefined) result += ToString(capture);
        i = gtPos + 1;
      }
    } else {
      result += "$";
      i += 1;
    }
  }
  return result;
}
lib.GetSubstitution = GetSubstitution;

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
    rejectRegExp(searchString, "endsWith");
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
    rejectRegExp(searchString, "includes");
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
  /* 22.1.3.13 */
  match(regexp) {
    RequireCoercible(this, "match");
    return matchOrSearch(this, regexp, symMatch);
  },
  /* 22.1.3.14 */
  matchAll(regexp) {
    RequireCoercible(this, "matchAll");
    const O = this;
    if ($IsObject(regexp)) {
      requireGlobal(regexp, "matchAll");
      const matcher = lib.GetMethod(regexp, symMatchAll);
      if (matcher !== undefined) return $Call(matcher, regexp, O);
    }
    const S = ToString(O);
    const rx = lib.RegExpCreate(regexp, "g");
    return rx[symMatchAll](S);
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
  /* 22.1.3.19 */
  replace(searchValue, replaceValue) {
    RequireCoercible(this, "replace");
    const O = this;
    if ($IsObject(searchValue)) {
      const replacer = lib.GetMethod(searchValue, symReplace);
      if (replacer !== undefined) return $Call(replacer, searchValue, O, replaceValue);
    }
    const string = ToString(O);
    const searchString = ToString(searchValue);
    const functionalReplace = $IsCallable(replaceValue);
    if (!functionalReplace) replaceValue = ToString(replaceValue);
    const searchLength = $StringLength(searchString);
    const position = $StringIndexOf(string, searchString, 0);
    if (position === -1) return string;
    const preceding = $StringSubstring(string, 0, position);
    const following = $StringSubstring(string, position + searchLength, $StringLength(string));
    const replacement = functionalReplace
      ? ToString($Call(replaceValue, undefined, searchString, position, string))
      : GetSubstitution(searchString, string, position, [], undefined, replaceValue);
    return preceding + replacement + following;
  },
  /* 22.1.3.20 */
  replaceAll(searchValue, replaceValue) {
    RequireCoercible(this, "replaceAll");
    const O = this;
    if ($IsObject(searchValue)) {
      requireGlobal(searchValue, "replaceAll");
      const replacer = lib.GetMethod(searchValue, symReplace);
      if (replacer !== undefined) return $Call(replacer, searchValue, O, replaceValue);
    }
    const string = ToString(O);
    const searchString = ToString(searchValue);
    const functionalReplace = $IsCallable(replaceValue);
    if (!functionalReplace) replaceValue = ToString(replaceValue);
    const searchLength = $StringLength(searchString);
    const advanceBy = searchLength > 1 ? searchLength : 1;
    const length = $StringLength(string);
    const matchPositions = [];
    let position = $StringIndexOf(string, searchString, 0);
    while (position !== -1) {
      $ArrayPush(matchPositions, position);
      if (position + advanceBy > length) break;
      position = $StringIndexOf(string, searchString, position + advanceBy);
    }
    let endOfLastMatch = 0;
    let result = "";
    for (let i = 0; i < matchPositions.length; i++) {
      const p = matchPositions[i];
      const preserved = $StringSubstring(string, endOfLastMatch, p);
      const replacement = functionalReplace
        ? ToString($Call(replaceValue, undefined, searchString, p, string))
        : GetSubstitution(searchString, string, p, [], undefined, replaceValue);
      result = result + preserved + replacement;
      endOfLastMatch = p + searchLength;
    }
    if (endOfLastMatch < length) result += $StringSubstring(string, endOfLastMatch, length);
    return result;
  },
  /* 22.1.3.22 */
  search(regexp) {
    RequireCoercible(this, "search");
    return matchOrSearch(this, regexp, symSearch);
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
    if ($IsObject(separator)) {
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
    rejectRegExp(searchString, "startsWith");
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

/* 22.1.3.13 match / 22.1.3.22 search steps 2-5: the argument's own @@match/@@search, else a
 * RegExp made from it. */
function matchOrSearch(O, regexp, symbol) {
  if ($IsObject(regexp)) {
    const method = lib.GetMethod(regexp, symbol);
    if (method !== undefined) return $Call(method, regexp, O);
  }
  const string = ToString(O);
  const rx = lib.RegExpCreate(regexp, undefined);
  return rx[symbol](string);
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
