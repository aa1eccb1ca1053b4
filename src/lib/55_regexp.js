"use strict";
/* RegExp (ECMA-262 §22.2.4-22.2.9): the constructor, RegExp.prototype (exec, test, toString,
 * the flag getters, source, flags, Annex B compile) and the Symbol.match / matchAll /
 * replace / search / split methods String.prototype delegates to, with
 * %RegExpStringIteratorPrototype%.
 *
 * A RegExp object's [[OriginalSource]], [[OriginalFlags]] and matcher live in C
 * (src/builtins/intrinsics_regexp.c): $RegExpAlloc / $RegExpInitialize make one,
 * $RegExpSlot reads its slots (and is the brand check), $RegExpExec runs the matcher from an
 * index and builds the match array. Everything that reads or writes properties — lastIndex,
 * exec, flags, the results of a user's exec — is here, in the spec's order. */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const ToString = lib.ToString, ToLength = lib.ToLength, ToIntegerOrInfinity = lib.ToIntegerOrInfinity;
const describe = lib.describe;
const symMatch = $WellKnownSymbol("match");
const symMatchAll = $WellKnownSymbol("matchAll");
const symReplace = $WellKnownSymbol("replace");
const symSearch = $WellKnownSymbol("search");
const symSplit = $WellKnownSymbol("split");
const symSpecies = $WellKnownSymbol("species");
const symToStringTag = $WellKnownSymbol("toStringTag");

/* $RegExpSlot(value, SLOT_…) */
const SLOT_SOURCE = 0, SLOT_FLAGS = 1, SLOT_FLAG_BITS = 2, SLOT_NAMED_GROUPS = 3;
/* Flag bits (RE_FLAG_* in src/regexp/regexp.h). */
const FLAG_HAS_INDICES = 1, FLAG_GLOBAL = 2, FLAG_IGNORE_CASE = 4, FLAG_MULTILINE = 8, FLAG_DOT_ALL = 16;
const FLAG_UNICODE = 32, FLAG_UNICODE_SETS = 64, FLAG_STICKY = 128;

function contains(string, letter) {
  return $StringIndexOf(string, letter, 0) !== -1;
}

/* A receiver that must be an object, with V8's message for method `name`. */
function requireObject(R, name) {
  if (!$IsObject(R)) throw new TypeError(`Method RegExp.prototype.${name} called on incompatible receiver ${describe(R)}`);
}

const SpeciesConstructor = lib.SpeciesConstructor;

/* 22.2.7.3 AdvanceStringIndex ( S, index, unicode ) */
function AdvanceStringIndex(S, index, unicode) {
  if (!unicode) return index + 1;
  const length = $StringLength(S);
  if (index + 1 >= length) return index + 1;
  const first = $StringCharCodeAt(S, index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = $StringCharCodeAt(S, index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/* --- creating RegExps (22.2.3) ------------------------------------------------------------ */

/* 22.2.3.2 RegExpAlloc ( newTarget ) */
function RegExpAlloc(newTarget) {
  return $RegExpAlloc(lib.GetPrototypeFromConstructor(newTarget, RegExpPrototype));
}

/* 22.2.3.3 RegExpInitialize ( obj, pattern, flags ) */
function RegExpInitialize(obj, pattern, flags) {
  const P = pattern === undefined ? "" : ToString(pattern);
  const F = flags === undefined ? "" : ToString(flags);
  $RegExpInitialize(obj, P, F);
  obj.lastIndex = 0;
  return obj;
}

/* 22.2.3.1 RegExpCreate ( P, F ) */
function RegExpCreate(P, F) {
  return RegExpInitialize($RegExpAlloc(RegExpPrototype), P, F);
}

/* 22.2.6.13.1 EscapeRegExpPattern, as V8 writes it: '/' outside a class and line
 * terminators escaped (a backslash before a line terminator gives way to its escape). */
function EscapeRegExpPattern(P) {
  const length = $StringLength(P);
  if (length === 0) return "(?:)";
  let result = "";
  let start = 0;
  let inClass = false;
  for (let i = 0; i < length; i++) {
    const c = $StringCharCodeAt(P, i);
    let replacement;
    if (c === 0x5c) {
      if (i + 1 >= length) continue;
      const next = $StringCharCodeAt(P, i + 1);
      if (next === 0x0a || next === 0x0d || next === 0x2028 || next === 0x2029) {
        replacement = "";
      } else {
        i++;
        continue;
      }
    } else if (c === 0x2f && !inClass) {
      replacement = "\\/";
    } else if (c === 0x5b) {
      inClass = true;
      continue;
    } else if (c === 0x5d) {
      inClass = false;
      continue;
    } else if (c === 0x0a) {
      replacement = "\\n";
    } else if (c === 0x0d) {
      replacement = "\\r";
    } else if (c === 0x2028) {
      replacement = "\\u2028";
    } else if (c === 0x2029) {
      replacement = "\\u2029";
    } else {
      continue;
    }
    result += $StringSubstring(P, start, i) + replacement;
    start = i + 1;
  }
  return start === 0 ? P : result + $StringSubstring(P, start, length);
}

/* 7.2.8 IsRegExp ( argument ) */
function IsRegExp(argument) {
  if (!$IsObject(argument)) return false;
  const matcher = argument[symMatch];
  if (matcher !== undefined) return !!matcher;
  return $ClassOf(argument) === lib.CLASS_REGEXP;
}
lib.IsRegExp = IsRegExp;

/* --- the constructor (22.2.4) ------------------------------------------------------------- */

/* 22.2.4.1 RegExp ( pattern, flags ) */
function RegExp(pattern, flags) {
  // 1. Let patternIsRegExp be ? IsRegExp(pattern).
  const patternIsRegExp = IsRegExp(pattern);
  // 2-3. Called as a function: the pattern itself when it is a RegExp of this constructor.
  let newTarget = new.target;
  if (newTarget === undefined) {
    newTarget = RegExp;
    if (patternIsRegExp && flags === undefined) {
      const patternConstructor = pattern.constructor;
      if (patternConstructor === newTarget) return pattern;
    }
  }
  // 4-6. The source and flags: internal slots, a RegExp-like object's properties, or as given.
  let P, F;
  const source = $RegExpSlot(pattern, SLOT_SOURCE);
  if (source !== undefined) {
    P = source;
    F = flags === undefined ? $RegExpSlot(pattern, SLOT_FLAGS) : flags;
  } else if (patternIsRegExp) {
    P = pattern.source;
    F = flags === undefined ? pattern.flags : flags;
  } else {
    P = pattern;
    F = flags;
  }
  // 7-8.
  const O = RegExpAlloc(newTarget);
  return RegExpInitialize(O, P, F);
}
const RegExpPrototype = {};
lib.linkConstructor(RegExp, RegExpPrototype);
lib.defineGlobal("RegExp", RegExp);
$SetRoot("REGEXP_PROTOTYPE", RegExpPrototype);
lib.RegExpCreate = RegExpCreate;

/* The code unit as \uXXXX (22.2.5.1.2 UnicodeEscape) or \xXX. */
function hexEscape(prefix, code, width) {
  let hex = $NumberToString(code, 16);
  while ($StringLength(hex) < width) hex = `0${hex}`;
  return prefix + hex;
}

/* Whether c is WhiteSpace or LineTerminator (12.2, 12.3). */
function isSpaceOrLineTerminator(c) {
  return c === 0x09 || c === 0x0b || c === 0x0c || c === 0x20 || c === 0xa0 || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 ||
    c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/* 22.2.5.1.1 EncodeForRegExpEscape ( c ), for a code unit that is not part of a pair. */
function EncodeForRegExpEscape(c) {
  // 1. SyntaxCharacter or "/".
  if (c === 0x5e || c === 0x24 || c === 0x5c || c === 0x2e || c === 0x2a || c === 0x2b || c === 0x3f ||
      c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x2f) {
    return `\\${$StringFromCharCode(c)}`;
  }
  // 2. ControlEscape.
  if (c === 0x09) return "\\t";
  if (c === 0x0a) return "\\n";
  if (c === 0x0b) return "\\v";
  if (c === 0x0c) return "\\f";
  if (c === 0x0d) return "\\r";
  // 3-5. Other punctuators, white space, line terminators and lone surrogates.
  if ($StringIndexOf(",-=<>#&!%:;@~'`\"", $StringFromCharCode(c), 0) !== -1 || isSpaceOrLineTerminator(c) ||
      (c >= 0xd800 && c <= 0xdfff)) {
    return c <= 0xff ? hexEscape("\\x", c, 2) : hexEscape("\\u", c, 4);
  }
  return $StringFromCharCode(c);
}

lib.installMethods(RegExp, {
  /* 22.2.5.1 RegExp.escape ( S ) */
  escape(S) {
    if (typeof S !== "string") throw new TypeError("RegExp.escape requires a string");
    const length = $StringLength(S);
    let escaped = "";
    for (let i = 0; i < length; i++) {
      const c = $StringCharCodeAt(S, i);
      if (i === 0 && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
        escaped = hexEscape("\\x", c, 2);
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
        const next = $StringCharCodeAt(S, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          escaped += $StringSubstring(S, i, i + 2);
          i++;
        } else {
          escaped += EncodeForRegExpEscape(c);
        }
      } else {
        escaped += EncodeForRegExpEscape(c);
      }
    }
    return escaped;
  },
  /* 22.2.5.2 get RegExp [ @@species ] */
  get [symSpecies]() {
    return this;
  },
});

/* --- matching (22.2.7) -------------------------------------------------------------------- */

/* 22.2.7.2 RegExpBuiltinExec ( R, S ) */
function RegExpBuiltinExec(R, S) {
  const length = $StringLength(S);
  // 1-2. lastIndex is read (and converted) whatever the flags.
  let lastIndex = ToLength(R.lastIndex);
  const bits = $RegExpSlot(R, SLOT_FLAG_BITS);
  const global = (bits & FLAG_GLOBAL) !== 0;
  const sticky = (bits & FLAG_STICKY) !== 0;
  if (!global && !sticky) lastIndex = 0;
  // 13.a: past the end.
  if (lastIndex > length) {
    if (global || sticky) R.lastIndex = 0;
    return null;
  }
  // 13.b-c: the matcher tries lastIndex and (unless sticky) later positions.
  const A = $RegExpExec(R, S, lastIndex);
  if (A === null) {
    if (global || sticky) R.lastIndex = 0;
    return null;
  }
  // 16-18: e is the end of the match.
  if (global || sticky) R.lastIndex = A.index + $StringLength(A[0]);
  return A;
}

/* 22.2.7.1 RegExpExec ( R, S ) */
function RegExpExec(R, S) {
  const exec = R.exec;
  if ($IsCallable(exec)) {
    const result = $Call(exec, R, S);
    if (result !== null && !$IsObject(result)) {
      throw new TypeError(`${describe(result)} is not an object or null`);
    }
    return result;
  }
  if ($RegExpSlot(R, SLOT_SOURCE) === undefined) {
    throw new TypeError(`Method RegExp.prototype.exec called on incompatible receiver ${describe(R)}`);
  }
  return RegExpBuiltinExec(R, S);
}

/* --- fast paths ---------------------------------------------------------------------------
 * When RegExpExec(R, S) would reach the built-in exec through data properties only, nothing
 * between two matches can be observed: lastIndex is R's own data property and the match
 * arrays are fresh. The methods below then skip the arrays ($RegExpMatchFrom,
 * $RegExpExecAll) while reading and writing lastIndex as the spec does. */

let builtinExec;

/* Whether R is a RegExp whose "exec" resolves, through data properties only, to
 * %RegExp.prototype.exec%. */
function hasBuiltinExec(R) {
  return $RegExpHasBuiltinExec(R, builtinExec);
}

/* RegExpBuiltinExec's lastIndex steps around $RegExpMatchFrom: the capture positions or null. */
function builtinMatchPositions(R, S) {
  const length = $StringLength(S);
  let lastIndex = ToLength(R.lastIndex);
  const bits = $RegExpSlot(R, SLOT_FLAG_BITS);
  const updates = (bits & (FLAG_GLOBAL | FLAG_STICKY)) !== 0;
  if (!updates) lastIndex = 0;
  const positions = lastIndex > length ? null : $RegExpMatchFrom(R, S, lastIndex, true);
  if (positions === null) {
    if (updates) R.lastIndex = 0;
    return null;
  }
  if (updates) R.lastIndex = positions[1];
  return positions;
}

/* Group k of a match as a string, or undefined, from capture positions starting at base. */
function captureAt(S, positions, base, k) {
  const start = positions[base + 2 * k];
  return start < 0 ? undefined : $StringSubstring(S, start, positions[base + 2 * k + 1]);
}

/* 22.2.6.11 steps 10-17 for a global RegExp with the built-in exec and no named groups. */
function replaceAllFast(rx, S, replaceValue, functionalReplace, fullUnicode) {
  const all = $RegExpExecAll(rx, S, fullUnicode);
  rx.lastIndex = 0;
  const groupCount = all[0];
  const stride = 2 * groupCount;
  const plain = !functionalReplace && $StringIndexOf(replaceValue, "$", 0) === -1;
  let accumulatedResult = "";
  let nextSourcePosition = 0;
  for (let i = 1; i < all.length; i += stride) {
    const position = all[i], end = all[i + 1];
    let replacement;
    if (plain) {
      replacement = replaceValue;
    } else {
      const matched = $StringSubstring(S, position, end);
      const captures = [];
      for (let k = 1; k < groupCount; k++) $ArrayPush(captures, captureAt(S, all, i, k));
      if (functionalReplace) {
        const replacerArgs = [matched];
        for (let k = 0; k < captures.length; k++) $ArrayPush(replacerArgs, captures[k]);
        $ArrayPush(replacerArgs, position);
        $ArrayPush(replacerArgs, S);
        replacement = ToString($CallSpread(replaceValue, undefined, replacerArgs));
      } else {
        replacement = lib.GetSubstitution(matched, S, position, captures, undefined, replaceValue);
      }
    }
    accumulatedResult = accumulatedResult + $StringSubstring(S, nextSourcePosition, position) + replacement;
    nextSourcePosition = end;
  }
  if (nextSourcePosition >= $StringLength(S)) return accumulatedResult;
  return accumulatedResult + $StringSubstring(S, nextSourcePosition, $StringLength(S));
}

/* A flag getter (22.2.6.3 and its siblings, RegExpHasFlag): undefined on %RegExp.prototype%. */
function hasFlag(R, bit, name) {
  if (!$IsObject(R)) throw new TypeError(`RegExp.prototype.${name} getter called on non-object ${describe(R)}`);
  const bits = $RegExpSlot(R, SLOT_FLAG_BITS);
  if (bits === undefined) {
    if (R === RegExpPrototype) return undefined;
    throw new TypeError(`RegExp.prototype.${name} getter called on non-RegExp object`);
  }
  return (bits & bit) !== 0;
}

lib.installMethods(RegExpPrototype, {
  /* 22.2.6.2 RegExp.prototype.exec ( string ) */
  exec(string) {
    const R = this;
    if ($RegExpSlot(R, SLOT_SOURCE) === undefined) {
      throw new TypeError(`Method RegExp.prototype.exec called on incompatible receiver ${describe(R)}`);
    }
    const S = ToString(string);
    return RegExpBuiltinExec(R, S);
  },
  /* 22.2.6.3 */
  get dotAll() {
    return hasFlag(this, FLAG_DOT_ALL, "dotAll");
  },
  /* 22.2.6.4 get RegExp.prototype.flags */
  get flags() {
    const R = this;
    if (!$IsObject(R)) throw new TypeError(`RegExp.prototype.flags getter called on non-object ${describe(R)}`);
    let result = "";
    if (R.hasIndices) result += "d";
    if (R.global) result += "g";
    if (R.ignoreCase) result += "i";
    if (R.multiline) result += "m";
    if (R.dotAll) result += "s";
    if (R.unicode) result += "u";
    if (R.unicodeSets) result += "v";
    if (R.sticky) result += "y";
    return result;
  },
  /* 22.2.6.5 */
  get global() {
    return hasFlag(this, FLAG_GLOBAL, "global");
  },
  /* 22.2.6.6 */
  get hasIndices() {
    return hasFlag(this, FLAG_HAS_INDICES, "hasIndices");
  },
  /* 22.2.6.7 */
  get ignoreCase() {
    return hasFlag(this, FLAG_IGNORE_CASE, "ignoreCase");
  },
  /* 22.2.6.8 RegExp.prototype [ @@match ] ( string ) */
  [symMatch](string) {
    const rx = this;
    requireObject(rx, "@@match");
    const S = ToString(string);
    const flags = ToString(rx.flags);
    if (!contains(flags, "g")) return RegExpExec(rx, S);
    const fullUnicode = contains(flags, "u") || contains(flags, "v");
    rx.lastIndex = 0;
    const A = [];
    if (hasBuiltinExec(rx) && ($RegExpSlot(rx, SLOT_FLAG_BITS) & FLAG_GLOBAL) !== 0) {
      const all = $RegExpExecAll(rx, S, fullUnicode);
      rx.lastIndex = 0;
      const stride = 2 * all[0];
      for (let i = 1; i < all.length; i += stride) $ArrayPush(A, $StringSubstring(S, all[i], all[i + 1]));
      return A.length === 0 ? null : A;
    }
    for (;;) {
      const result = RegExpExec(rx, S);
      if (result === null) return A.length === 0 ? null : A;
      const matchStr = ToString(result[0]);
      $ArrayPush(A, matchStr);
      if (matchStr === "") {
        const thisIndex = ToLength(rx.lastIndex);
        rx.lastIndex = AdvanceStringIndex(S, thisIndex, fullUnicode);
      }
    }
  },
  /* 22.2.6.9 RegExp.prototype [ @@matchAll ] ( string ) */
  [symMatchAll](string) {
    const R = this;
    requireObject(R, "@@matchAll");
    const S = ToString(string);
    const C = SpeciesConstructor(R, RegExp);
    const flags = ToString(R.flags);
    const matcher = $Construct(C, [R, flags], C);
    const lastIndex = ToLength(R.lastIndex);
    matcher.lastIndex = lastIndex;
    const global = contains(flags, "g");
    const fullUnicode = contains(flags, "u") || contains(flags, "v");
    return CreateRegExpStringIterator(matcher, S, global, fullUnicode);
  },
  /* 22.2.6.10 */
  get multiline() {
    return hasFlag(this, FLAG_MULTILINE, "multiline");
  },
  /* 22.2.6.11 RegExp.prototype [ @@replace ] ( string, replaceValue ) */
  [symReplace](string, replaceValue) {
    const rx = this;
    requireObject(rx, "@@replace");
    const S = ToString(string);
    const lengthS = $StringLength(S);
    const functionalReplace = $IsCallable(replaceValue);
    if (!functionalReplace) replaceValue = ToString(replaceValue);
    const flags = ToString(rx.flags);
    const global = contains(flags, "g");
    let fullUnicode = false;
    if (global) {
      fullUnicode = contains(flags, "u") || contains(flags, "v");
      rx.lastIndex = 0;
    }
    if (global && hasBuiltinExec(rx) && ($RegExpSlot(rx, SLOT_FLAG_BITS) & FLAG_GLOBAL) !== 0 &&
        $RegExpSlot(rx, SLOT_NAMED_GROUPS) === 0) {
      return replaceAllFast(rx, S, replaceValue, functionalReplace, fullUnicode);
    }
    // 10-12: collect the results.
    const results = [];
    for (;;) {
      const result = RegExpExec(rx, S);
      if (result === null) break;
      $ArrayPush(results, result);
      if (!global) break;
      const matchStr = ToString(result[0]);
      if (matchStr === "") {
        const thisIndex = ToLength(rx.lastIndex);
        rx.lastIndex = AdvanceStringIndex(S, thisIndex, fullUnicode);
      }
    }
    // 13-17: splice in the replacements.
    let accumulatedResult = "";
    let nextSourcePosition = 0;
    for (let r = 0; r < results.length; r++) {
      const result = results[r];
      const resultLength = lib.LengthOfArrayLike(result);
      const nCaptures = resultLength > 1 ? resultLength - 1 : 0;
      const matched = ToString(result[0]);
      const matchLength = $StringLength(matched);
      let position = ToIntegerOrInfinity(result.index);
      position = position < 0 ? 0 : position > lengthS ? lengthS : position;
      const captures = [];
      for (let n = 1; n <= nCaptures; n++) {
        let capN = result[n];
        if (capN !== undefined) capN = ToString(capN);
        $ArrayPush(captures, capN);
      }
      let namedCaptures = result.groups;
      let replacement;
      if (functionalReplace) {
        const replacerArgs = [matched];
        for (let i = 0; i < captures.length; i++) $ArrayPush(replacerArgs, captures[i]);
        $ArrayPush(replacerArgs, position);
        $ArrayPush(replacerArgs, S);
        if (namedCaptures !== undefined) $ArrayPush(replacerArgs, namedCaptures);
        replacement = ToString($CallSpread(replaceValue, undefined, replacerArgs));
      } else {
        if (namedCaptures !== undefined) namedCaptures = lib.ToObject(namedCaptures);
        replacement = lib.GetSubstitution(matched, S, position, captures, namedCaptures, replaceValue);
      }
      if (position >= nextSourcePosition) {
        accumulatedResult = accumulatedResult + $StringSubstring(S, nextSourcePosition, position) + replacement;
        nextSourcePosition = position + matchLength;
      }
    }
    if (nextSourcePosition >= lengthS) return accumulatedResult;
    return accumulatedResult + $StringSubstring(S, nextSourcePosition, lengthS);
  },
  /* 22.2.6.12 RegExp.prototype [ @@search ] ( string ) */
  [symSearch](string) {
    const rx = this;
    requireObject(rx, "@@search");
    const S = ToString(string);
    const previousLastIndex = rx.lastIndex;
    if (!$ObjectIs(previousLastIndex, 0)) rx.lastIndex = 0;
    let result, index = -1;
    if (hasBuiltinExec(rx)) {
      const positions = builtinMatchPositions(rx, S);
      if (positions !== null) index = positions[0];
    } else {
      result = RegExpExec(rx, S);
    }
    const currentLastIndex = rx.lastIndex;
    if (!$ObjectIs(currentLastIndex, previousLastIndex)) rx.lastIndex = previousLastIndex;
    if (result === undefined || result === null) return index;
    return result.index;
  },
  /* 22.2.6.13 get RegExp.prototype.source */
  get source() {
    const R = this;
    if (!$IsObject(R)) throw new TypeError(`RegExp.prototype.source getter called on non-object ${describe(R)}`);
    const src = $RegExpSlot(R, SLOT_SOURCE);
    if (src === undefined) {
      if (R === RegExpPrototype) return "(?:)";
      throw new TypeError("RegExp.prototype.source getter called on non-RegExp object");
    }
    return EscapeRegExpPattern(src);
  },
  /* 22.2.6.14 RegExp.prototype [ @@split ] ( string, limit ) */
  [symSplit](string, limit) {
    const rx = this;
    requireObject(rx, "@@split");
    const S = ToString(string);
    const C = SpeciesConstructor(rx, RegExp);
    const flags = ToString(rx.flags);
    const unicodeMatching = contains(flags, "u") || contains(flags, "v");
    const newFlags = contains(flags, "y") ? flags : `${flags}y`;
    const splitter = $Construct(C, [rx, newFlags], C);
    const A = [];
    const lim = limit === undefined ? 4294967295 : lib.ToNumber(limit) >>> 0;
    if (lim === 0) return A;
    const size = $StringLength(S);
    if (size === 0) {
      const z = RegExpExec(splitter, S);
      if (z !== null) return A;
      $ArrayPush(A, S);
      return A;
    }
    let p = 0;
    let q = p;
    if (C === RegExp && hasBuiltinExec(splitter) &&
        unicodeMatching === (($RegExpSlot(splitter, SLOT_FLAG_BITS) & (FLAG_UNICODE | FLAG_UNICODE_SETS)) !== 0)) {
      // One search from q finds the first position a sticky match would succeed at.
      while (q < size) {
        const positions = $RegExpMatchFrom(splitter, S, q, false);
        if (positions === null || positions[0] >= size) break;
        const e = positions[1];
        if (e === p) {
          q = AdvanceStringIndex(S, positions[0], unicodeMatching);
          continue;
        }
        $ArrayPush(A, $StringSubstring(S, p, positions[0]));
        if (A.length === lim) return A;
        p = e;
        const groupCount = positions.length / 2;
        for (let i = 1; i < groupCount; i++) {
          $ArrayPush(A, captureAt(S, positions, 0, i));
          if (A.length === lim) return A;
        }
        q = p;
      }
      $ArrayPush(A, $StringSubstring(S, p, size));
      return A;
    }
    while (q < size) {
      splitter.lastIndex = q;
      const z = RegExpExec(splitter, S);
      if (z === null) {
        q = AdvanceStringIndex(S, q, unicodeMatching);
        continue;
      }
      let e = ToLength(splitter.lastIndex);
      if (e > size) e = size;
      if (e === p) {
        q = AdvanceStringIndex(S, q, unicodeMatching);
        continue;
      }
      $ArrayPush(A, $StringSubstring(S, p, q));
      if (A.length === lim) return A;
      p = e;
      let numberOfCaptures = lib.LengthOfArrayLike(z);
      numberOfCaptures = numberOfCaptures > 1 ? numberOfCaptures - 1 : 0;
      for (let i = 1; i <= numberOfCaptures; i++) {
        $ArrayPush(A, z[i]);
        if (A.length === lim) return A;
      }
      q = p;
    }
    $ArrayPush(A, $StringSubstring(S, p, size));
    return A;
  },
  /* 22.2.6.15 */
  get sticky() {
    return hasFlag(this, FLAG_STICKY, "sticky");
  },
  /* 22.2.6.16 RegExp.prototype.test ( S ) */
  test(S) {
    const R = this;
    requireObject(R, "test");
    const string = ToString(S);
    if (hasBuiltinExec(R)) return builtinMatchPositions(R, string) !== null;
    return RegExpExec(R, string) !== null;
  },
  /* 22.2.6.17 RegExp.prototype.toString ( ) */
  toString() {
    const R = this;
    requireObject(R, "toString");
    const pattern = ToString(R.source);
    const flags = ToString(R.flags);
    return `/${pattern}/${flags}`;
  },
  /* 22.2.6.18 */
  get unicode() {
    return hasFlag(this, FLAG_UNICODE, "unicode");
  },
  /* 22.2.6.19 */
  get unicodeSets() {
    return hasFlag(this, FLAG_UNICODE_SETS, "unicodeSets");
  },
  /* B.2.4.1 RegExp.prototype.compile ( pattern, flags ) */
  compile(pattern, flags) {
    const O = this;
    if (!$IsObject(O) || $ClassOf(O) !== lib.CLASS_REGEXP) {
      throw new TypeError(`Method RegExp.prototype.compile called on incompatible receiver ${describe(O)}`);
    }
    let P, F;
    const source = $RegExpSlot(pattern, SLOT_SOURCE);
    if (source !== undefined) {
      if (flags !== undefined) throw new TypeError("Cannot supply flags when constructing one RegExp from another");
      P = source;
      F = $RegExpSlot(pattern, SLOT_FLAGS);
    } else {
      P = pattern;
      F = flags;
    }
    return RegExpInitialize(O, P, F);
  },
});

builtinExec = RegExpPrototype.exec;
lib.RegExp = RegExp;
lib.RegExpToString = RegExpPrototype.toString;

/* --- %RegExpStringIteratorPrototype% (22.2.9) --------------------------------------------- */

const kIteratorState = $NewSymbol("RegExpStringIteratorState");
const RegExpStringIteratorPrototype = {};
$SetPrototypeOf(RegExpStringIteratorPrototype, lib.IteratorPrototype);

/* 22.2.9.1 CreateRegExpStringIterator ( R, S, global, fullUnicode ) */
function CreateRegExpStringIterator(R, S, global, fullUnicode) {
  const iterator = {};
  $SetPrototypeOf(iterator, RegExpStringIteratorPrototype);
  $DefineProperty(iterator, kIteratorState, [R, S, global, fullUnicode, false], 0);
  return iterator;
}

lib.installMethods(RegExpStringIteratorPrototype, {
  /* 22.2.9.2.1 %RegExpStringIteratorPrototype%.next ( ) */
  next() {
    const record = $IsObject(this) ? $GetOwnProperty(this, kIteratorState) : undefined;
    if (record === undefined) {
      throw new TypeError(`Method %RegExpStringIterator%.prototype.next called on incompatible receiver ${describe(this)}`);
    }
    const state = record[0];
    if (state[4]) return { value: undefined, done: true };
    const R = state[0], S = state[1];
    const match = RegExpExec(R, S);
    if (match === null) {
      state[4] = true;
      return { value: undefined, done: true };
    }
    if (!state[2]) {
      state[4] = true;
      return { value: match, done: false };
    }
    const matchStr = ToString(match[0]);
    if (matchStr === "") {
      const thisIndex = ToLength(R.lastIndex);
      R.lastIndex = AdvanceStringIndex(S, thisIndex, state[3]);
    }
    return { value: match, done: false };
  },
});
$DefineProperty(RegExpStringIteratorPrototype, symToStringTag, "RegExp String Iterator", lib.CONFIGURABLE);
