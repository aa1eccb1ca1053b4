"use strict";
/* The Inspect entry: console.log's formatting of one value, a port of node's
 * lib/internal/util/inspect.js (formatValue, formatRaw, reduceToSingleString,
 * groupArrayElements) with node's defaults: depth 2, breakLength 80, compact 3,
 * maxArrayLength 100, maxStringLength 10000, no colors. Typed arrays, Proxy details and
 * util.inspect.custom are not handled yet. */

const lib = global["%lib"];
const attrsOf = lib.attrsOf;
const ENUMERABLE = lib.ENUMERABLE, ACCESSOR = lib.ACCESSOR;
const symIterator = $WellKnownSymbol("iterator");
const symToStringTag = $WellKnownSymbol("toStringTag");

const kObjectType = 0;
const kArrayType = 1; // array elements: values only
const kArrayExtrasType = 2;

/* Built-in constructors whose toString %s trusts (node's builtInObjects). */
const builtInObjects = { __proto__: null, Object: true, Function: true, Array: true, Number: true,
  Boolean: true, String: true, Symbol: true, Error: true, EvalError: true, RangeError: true,
  ReferenceError: true, SyntaxError: true, TypeError: true, URIError: true, Date: true,
  RegExp: true, Map: true, Set: true, WeakMap: true, WeakSet: true, Promise: true, BigInt: true,
  AggregateError: true };
lib.builtInObjects = builtInObjects;

function newContext(options) {
  return {
    __proto__: null,
    seen: [],
    circular: undefined, // [object, index] pairs
    indentationLvl: 0,
    currentDepth: 0,
    depth: options !== undefined && options.depth !== undefined ? options.depth : 2,
    showHidden: options !== undefined && options.showHidden === true,
    breakLength: 80,
    compact: 3,
    maxArrayLength: 100,
    maxStringLength: 10000,
    budget: { __proto__: null },
  };
}

/* --- small string helpers (independent of String.prototype, which users may change) --- */

function repeat(s, n) {
  return n <= 0 ? "" : $StringRepeat(s, n);
}
function padStart(s, width) {
  const n = $StringLength(s);
  return n >= width ? s : repeat(" ", width - n) + s;
}
function padEnd(s, width) {
  const n = $StringLength(s);
  return n >= width ? s : s + repeat(" ", width - n);
}
function includes(s, search) {
  return $StringIndexOf(s, search, 0) !== -1;
}
function startsWith(s, prefix) {
  return $StringLength(s) >= $StringLength(prefix) && $StringSubstring(s, 0, $StringLength(prefix)) === prefix;
}
function endsWith(s, suffix) {
  const n = $StringLength(s), m = $StringLength(suffix);
  return n >= m && $StringSubstring(s, n - m, n) === suffix;
}
function slice(s, start, end) {
  const n = $StringLength(s);
  if (end === undefined) end = n;
  if (end < 0) end = n + end;
  return $StringSubstring(s, start, end < start ? start : end);
}
function replaceAll(s, search, replacement) {
  let result = "";
  let from = 0;
  for (;;) {
    const at = $StringIndexOf(s, search, from);
    if (at === -1) return result + $StringSubstring(s, from, $StringLength(s));
    result += $StringSubstring(s, from, at) + replacement;
    from = at + $StringLength(search);
  }
}
function split(s, separator) {
  const parts = [];
  let from = 0;
  for (;;) {
    const at = $StringIndexOf(s, separator, from);
    if (at === -1) {
      $ArrayPush(parts, $StringSubstring(s, from, $StringLength(s)));
      return parts;
    }
    $ArrayPush(parts, $StringSubstring(s, from, at));
    from = at + $StringLength(separator);
  }
}
function join(list, separator) {
  let result = "";
  for (let i = 0; i < list.length; i++) result += i === 0 ? list[i] : separator + list[i];
  return result;
}
function indexOfValue(list, value) {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return i;
  return -1;
}
function removeAt(list, index) {
  const rest = [];
  for (let i = 0; i < list.length; i++) if (i !== index) $ArrayPush(rest, list[i]);
  return rest;
}

/* node's keyStrRegExp /^[a-zA-Z_][a-zA-Z_0-9]*$/ */
function isIdentifierKey(key) {
  const n = $StringLength(key);
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = $StringCharCodeAt(key, i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}

/* node's numberRegExp /^(0|[1-9][0-9]*)$/ */
function isIndexString(key) {
  const n = $StringLength(key);
  if (n === 0) return false;
  if ($StringCharCodeAt(key, 0) === 48) return n === 1;
  for (let i = 0; i < n; i++) {
    const c = $StringCharCodeAt(key, i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/* node's strEscapeSequencesReplacer for symbol and non-enumerable keys: control
 * characters, quote and backslash become escapes, nothing is quoted. */
function escapeKeyText(text) {
  let result = "";
  const n = $StringLength(text);
  for (let i = 0; i < n; i++) {
    const c = $StringCharCodeAt(text, i);
    if (c === 39) result += "\\'";
    else if (c === 92) result += "\\\\";
    else if (c === 8) result += "\\b";
    else if (c === 9) result += "\\t";
    else if (c === 10) result += "\\n";
    else if (c === 12) result += "\\f";
    else if (c === 13) result += "\\r";
    else if (c < 32 || (c >= 127 && c <= 159)) {
      const hex = $StringToUpperCase($NumberToString(c, 16));
      result += `\\x${$StringLength(hex) < 2 ? "0" : ""}${hex}`;
    } else result += $StringFromCharCode(c);
  }
  return result;
}

function symbolToString(symbol) {
  const description = $SymbolDescription(symbol);
  return `Symbol(${description === undefined ? "" : description})`;
}

/* --- primitives ----------------------------------------------------------------------- */

function formatNumber(n) {
  return $NumberToInspect(n);
}

/* node's formatPrimitive */
function formatPrimitive(value, ctx) {
  const type = typeof value;
  if (type === "string") {
    let trailer = "";
    const length = $StringLength(value);
    if (length > ctx.maxStringLength) {
      const remaining = length - ctx.maxStringLength;
      value = $StringSubstring(value, 0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
    }
    if ($StringLength(value) > 16 && $StringLength(value) > ctx.breakLength - ctx.indentationLvl - 4) {
      // Split after each line break, one quoted piece per line.
      const pieces = [];
      let from = 0;
      for (;;) {
        const at = $StringIndexOf(value, "\n", from);
        if (at === -1 || at + 1 === $StringLength(value)) {
          $ArrayPush(pieces, $InspectString($StringSubstring(value, from, $StringLength(value))));
          break;
        }
        $ArrayPush(pieces, $InspectString($StringSubstring(value, from, at + 1)));
        from = at + 1;
      }
      return join(pieces, ` +\n${repeat(" ", ctx.indentationLvl + 2)}`) + trailer;
    }
    return $InspectString(value) + trailer;
  }
  if (type === "number") return formatNumber(value);
  if (type === "bigint") return `${$ToStringPrimitive(value)}n`;
  if (type === "boolean") return value ? "true" : "false";
  if (type === "undefined") return "undefined";
  return symbolToString(value);
}

/* --- objects -------------------------------------------------------------------------- */

function ownDescriptor(object, key) {
  const record = $GetOwnProperty(object, key);
  if (record === undefined) return undefined;
  const attrs = attrsOf(record);
  if (attrs & ACCESSOR) {
    return { __proto__: null, get: record[0], set: record[1], enumerable: (attrs & ENUMERABLE) !== 0 };
  }
  return { __proto__: null, value: record[0], enumerable: (attrs & ENUMERABLE) !== 0 };
}

function isInstanceof(object, C) {
  try {
    return lib.InstanceOf(object, C);
  } catch (e) {
    return false;
  }
}

/* node's getConstructorName (without showHidden's prototype properties). */
function getConstructorName(obj, ctx, recurseTimes) {
  let firstProto;
  const tmp = obj;
  while (obj !== null) {
    const descriptor = ownDescriptor(obj, "constructor");
    if (descriptor !== undefined && typeof descriptor.value === "function") {
      const name = descriptor.value.name;
      if (name !== "" && isInstanceof(tmp, descriptor.value)) return lib.ToString(name);
    }
    obj = $GetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = $ObjectClass(tmp);
  if (recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
  if (protoConstr === null) {
    const inner = newContext({ depth: -1 });
    return `${res} <${formatValue(inner, firstProto, 0)}>`;
  }
  return `${res} <${protoConstr}>`;
}

function getPrefix(constructor, tag, fallback, size) {
  if (size === undefined) size = "";
  if (constructor === null) {
    if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== "" && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

/* node's getKeys: enumerable own string keys, then enumerable symbols (all with showHidden). */
function getKeys(value, showHidden) {
  const own = $OwnKeys(value);
  const keys = [];
  const symbols = [];
  for (let i = 0; i < own.length; i++) {
    const key = own[i];
    const record = $GetOwnProperty(value, key);
    if (record === undefined) continue;
    if (!showHidden && !(attrsOf(record) & ENUMERABLE)) continue;
    $ArrayPush(typeof key === "symbol" ? symbols : keys, key);
  }
  for (let i = 0; i < symbols.length; i++) $ArrayPush(keys, symbols[i]);
  return keys;
}

/* Own non-index keys of an array (node's getOwnNonIndexProperties). */
function getNonIndexKeys(value, showHidden) {
  const all = getKeys(value, showHidden);
  const keys = [];
  for (let i = 0; i < all.length; i++) {
    const key = all[i];
    if (typeof key === "string" && isIndexString(key) && $StringLength(key) < 11 &&
        $ToNumberPrimitive(key) < 4294967295) continue;
    $ArrayPush(keys, key);
  }
  return keys;
}

function isError(value) {
  return $ClassOf(value) === lib.CLASS_ERROR || isInstanceof(value, lib.Error);
}

/* node's getFunctionBase / getClassBase */
function getFunctionBase(value, constructor, tag) {
  const stringified = $FunctionSourceText(value);
  if (startsWith(stringified, "class") && endsWith(stringified, "}")) {
    const body = slice(stringified, 5, -1);
    const bracketIndex = $StringIndexOf(body, "{", 0);
    if (bracketIndex !== -1 && !includes($StringSubstring(body, 0, bracketIndex), "(")) {
      return getClassBase(value, constructor, tag);
    }
  }
  const type = "Function";
  let base = `[${type}`;
  if (constructor === null) base += " (null prototype)";
  const name = value.name;
  if (name === "") base += " (anonymous)";
  else base += `: ${lib.ToString(name)}`;
  base += "]";
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const hasName = $HasOwnProperty(value, "name");
  const name = (hasName && value.name) || "(anonymous)";
  let base = `class ${name}`;
  if (constructor !== "Function" && constructor !== null) base += ` [${constructor}]`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = $GetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += " extends [null prototype]";
  }
  return `[${base}]`;
}

/* --- errors --------------------------------------------------------------------------- */

function getStackString(error) {
  return error.stack ? lib.ToString(error.stack) : lib.errorToString(error);
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    const names = ["name", "message", "stack"];
    for (let i = 0; i < names.length; i++) {
      const index = indexOfValue(keys, names[i]);
      if (index !== -1 && includes(stack, lib.ToString(err[names[i]]))) keys = removeAt(keys, index);
    }
  }
  return keys;
}

/* node's improveStack, without its regular-expression fallback for null prototypes. */
function improveStack(stack, constructor, name, tag) {
  let len = $StringLength(name);
  if (constructor === null ||
      (endsWith(name, "Error") && startsWith(stack, name) &&
       ($StringLength(stack) === len || $StringCharCodeAt(stack, len) === 58 || $StringCharCodeAt(stack, len) === 10))) {
    let fallback = "Error";
    if (constructor === null) {
      fallback = errorNameOfStack(stack);
      len = $StringLength(fallback);
      if (fallback === "") fallback = "Error";
    }
    const prefix = slice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (includes(prefix, name)) {
        if (len === 0) stack = `${prefix}: ${stack}`;
        else stack = `${prefix}${slice(stack, len)}`;
      } else {
        stack = `${prefix} [${name}]${slice(stack, len)}`;
      }
    }
  }
  return stack;
}

/* The leading "SomethingError" of a stack, as node's regular expressions find it. */
function errorNameOfStack(stack) {
  const n = $StringLength(stack);
  let end = 0;
  while (end < n) {
    const c = $StringCharCodeAt(stack, end);
    if (c === 58 || c === 10) break;
    end++;
  }
  const head = $StringSubstring(stack, 0, end);
  const c0 = $StringCharCodeAt(head, 0);
  return end > 1 && c0 >= 65 && c0 <= 90 ? head : "";
}

/* node's identicalSequenceRange: a run of frames shared with the cause's stack. */
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = indexOfValue(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = a.length - i < rest ? a.length - i : rest;
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return [len, i];
      }
    }
  }
  return [0, 0];
}

function getStackFrames(ctx, err, stack) {
  let frames = split(stack, "\n");
  let cause;
  try {
    cause = err.cause;
  } catch (e) {
    cause = undefined;
  }
  if (cause !== undefined && cause !== null && $IsObject(cause) && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = $StringIndexOf(causeStack, "\n    at", 0);
    if (causeStackStart !== -1) {
      const causeFrames = split(slice(causeStack, causeStackStart + 1), "\n");
      const range = identicalSequenceRange(frames, causeFrames);
      const len = range[0], offset = range[1];
      if (len > 0) {
        const skipped = len - 2;
        const rest = [];
        for (let i = 0; i <= offset; i++) $ArrayPush(rest, frames[i]);
        $ArrayPush(rest, `    ... ${skipped} lines matching cause stack trace ...`);
        for (let i = offset + 1 + skipped; i < frames.length; i++) $ArrayPush(rest, frames[i]);
        frames = rest;
      }
    }
  }
  return frames;
}

/* node's formatError; returns [base, keys]. */
function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name !== undefined && err.name !== null ? lib.ToString(err.name) : "Error";
  let stack = getStackString(err);
  keys = removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ("cause" in err && (keys.length === 0 || indexOfValue(keys, "cause") === -1)) $ArrayPush(keys, "cause");
  const errors = err.errors;
  if ($IsArray(errors) && (keys.length === 0 || indexOfValue(keys, "errors") === -1)) $ArrayPush(keys, "errors");
  stack = improveStack(stack, constructor, name, tag);
  const message = err.message;
  let pos = (message && $StringIndexOf(stack, lib.ToString(message), 0)) || -1;
  if (pos !== -1) pos += $StringLength(lib.ToString(message));
  let stackStart = $StringIndexOf(stack, "\n    at", pos < 0 ? 0 : pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = $StringSubstring(stack, 0, stackStart);
    const lines = getStackFrames(ctx, err, slice(stack, stackStart + 1));
    newStack += `\n${join(lines, "\n")}`;
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) stack = replaceAll(stack, "\n", `\n${repeat(" ", ctx.indentationLvl)}`);
  return [stack, keys];
}

/* --- boxed primitives ----------------------------------------------------------------- */

const boxedTypes = [
  [lib.CLASS_NUMBER, "Number"], [lib.CLASS_STRING, "String"], [lib.CLASS_BOOLEAN, "Boolean"],
  [lib.CLASS_BIGINT, "BigInt"], [lib.CLASS_SYMBOL, "Symbol"],
];

function boxedType(value) {
  const cls = $ClassOf(value);
  for (let i = 0; i < boxedTypes.length; i++) {
    if (boxedTypes[i][0] === cls) return boxedTypes[i];
  }
  return undefined;
}

/* node's getBoxedBase; returns [base, keys]. */
function getBoxedBase(value, ctx, keys, constructor, tag, boxed) {
  const type = boxed[1];
  const primitive = $PrimitiveValue(value, boxed[0]);
  if (type === "String") {
    // The index keys only repeat the string.
    const rest = [];
    const length = $StringLength(primitive);
    for (let i = length; i < keys.length; i++) $ArrayPush(rest, keys[i]);
    keys = rest;
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += " (null prototype)";
    else base += ` (${constructor})`;
  }
  const inner = newContext(undefined);
  inner.breakLength = Infinity;
  base += `: ${formatPrimitive(primitive, inner)}]`;
  if (tag !== "" && tag !== constructor) base += ` [${tag}]`;
  return [base, keys];
}

/* --- the formatter -------------------------------------------------------------------- */

function formatValue(ctx, value, recurseTimes) {
  if (!$IsObject(value)) {
    if (value === null) return "null";
    return formatPrimitive(value, ctx);
  }
  if (indexOfValue(ctx.seen, value) !== -1) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = [[value, index]];
    } else {
      index = circularIndex(ctx, value);
      if (index === undefined) {
        index = ctx.circular.length + 1;
        $ArrayPush(ctx.circular, [value, index]);
      }
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value, recurseTimes);
}

function circularIndex(ctx, value) {
  if (ctx.circular === undefined) return undefined;
  for (let i = 0; i < ctx.circular.length; i++) {
    if (ctx.circular[i][0] === value) return ctx.circular[i][1];
  }
  return undefined;
}

function formatPromise(ctx, value, recurseTimes) {
  const state = lib.PromiseState(value);
  if (state[0] === "pending") return ["<pending>"];
  ctx.indentationLvl += 2;
  const shown = formatValue(ctx, state[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state[0] === "rejected" ? `<rejected> ${shown}` : shown];
}

function formatRaw(ctx, value, recurseTimes) {
  let keys;
  const constructor = getConstructorName(value, ctx, recurseTimes);
  let tag = value[symToStringTag];
  if (typeof tag !== "string") {
    tag = "";
  } else if (tag !== "") {
    const record = $GetOwnProperty(value, symToStringTag);
    const own = record !== undefined && (ctx.showHidden || (attrsOf(record) & ENUMERABLE) !== 0);
    if (own) tag = "";
  }
  let base = "";
  let formatter = formatEmpty;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (symIterator in value || constructor === null) {
    noIterator = false;
    if ($IsArray(value)) {
      const length = value.length;
      const prefix = constructor !== "Array" || tag !== "" ? getPrefix(constructor, tag, "Array", `(${length})`) : "";
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, "]"];
      if (length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if ($ClassOf(value) === lib.CLASS_SET || $ClassOf(value) === lib.CLASS_MAP) {
      const isSet = $ClassOf(value) === lib.CLASS_SET;
      const entries = $CollectionPreview(value);
      const size = isSet ? entries.length - 1 : (entries.length - 1) / 2;
      const prefix = getPrefix(constructor, tag, isSet ? "Set" : "Map", `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = isSet ? formatSet : formatMap;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, "}"];
    } else if ($ClassOf(value) === lib.CLASS_MAP_ITERATOR || $ClassOf(value) === lib.CLASS_SET_ITERATOR) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces($ClassOf(value) === lib.CLASS_MAP_ITERATOR ? "Map" : "Set", tag);
      formatter = formatIterator;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ["{", "}"];
    const boxed = typeof value === "function" ? undefined : boxedType(value);
    if (typeof value === "function") {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0) return base;
    } else if (constructor === "Object") {
      if ($ClassOf(value) === lib.CLASS_ARGUMENTS) {
        braces[0] = "[Arguments] {";
      } else if (tag !== "") {
        braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
      }
      if (keys.length === 0) return `${braces[0]}}`;
    } else if ($RegExpSlot(value, 0) !== undefined) {
      /* node: RegExps say that they are RegExps (RegExp.prototype.toString) */
      base = $Call(lib.RegExpToString, constructor !== null ? value : new lib.RegExp(value));
      const prefix = getPrefix(constructor, tag, "RegExp");
      if (prefix !== "RegExp ") base = `${prefix}${base}`;
      if (keys.length === 0 || (recurseTimes > ctx.depth && ctx.depth !== null)) return base;
    } else if (isError(value)) {
      const formatted = formatError(value, constructor, tag, ctx, keys);
      base = formatted[0];
      keys = formatted[1];
      if (keys.length === 0) return base;
    } else if (boxed !== undefined) {
      const formatted = getBoxedBase(value, ctx, keys, constructor, tag, boxed);
      base = formatted[0];
      keys = formatted[1];
      if (keys.length === 0) return base;
    } else if ($ClassOf(value) === lib.CLASS_WEAK_SET || $ClassOf(value) === lib.CLASS_WEAK_MAP) {
      braces[0] = `${getPrefix(constructor, tag, $ClassOf(value) === lib.CLASS_WEAK_SET ? "WeakSet" : "WeakMap")}{`;
      formatter = formatWeakCollection;
    } else if (lib.IsPromise(value)) {
      /* node: Promise { value }, Promise { <pending> }, Promise { <rejected> reason } */
      braces[0] = `${getPrefix(constructor, tag, "Promise")}{`;
      formatter = formatPromise;
    } else {
      if (keys.length === 0) return `${getPrefix(constructor, tag, "Object")}{}`;
      braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = slice(getPrefix(constructor, tag, "Object"), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return constructorName;
  }
  recurseTimes += 1;
  $ArrayPush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  const output = formatter(ctx, value, recurseTimes, braces);
  for (let i = 0; i < keys.length; i++) {
    $ArrayPush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
  }
  const index = circularIndex(ctx, value);
  if (index !== undefined) {
    const reference = `<ref *${index}>`;
    base = base === "" ? reference : `${reference} ${base}`;
  }
  ctx.seen.length = ctx.seen.length - 1;

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + $StringLength(res);
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 134217728) ctx.depth = -1;
  return res;
}

function formatEmpty() {
  return [];
}

/* node's formatSet / formatMap (entries read without running user code). */
function formatSet(ctx, value, recurseTimes) {
  const entries = $CollectionPreview(value);
  const length = entries.length - 1;
  const maxLength = ctx.maxArrayLength < length ? ctx.maxArrayLength : length;
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) $ArrayPush(output, formatValue(ctx, entries[i + 1], recurseTimes));
  if (length > maxLength) $ArrayPush(output, remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const entries = $CollectionPreview(value);
  const length = (entries.length - 1) / 2;
  const maxLength = ctx.maxArrayLength < length ? ctx.maxArrayLength : length;
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const k = formatValue(ctx, entries[2 * i + 1], recurseTimes);
    $ArrayPush(output, `${k} => ${formatValue(ctx, entries[2 * i + 2], recurseTimes)}`);
  }
  if (length > maxLength) $ArrayPush(output, remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatWeakCollection() {
  return ["<items unknown>"];
}

/* node's getIteratorBraces and formatIterator (previewEntries of what is left). */
function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== "") tag += "] [";
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, "}"];
}

function formatIterator(ctx, value, recurseTimes, braces) {
  const preview = $CollectionPreview(value);
  const isKeyValue = preview[0];
  const count = isKeyValue ? (preview.length - 1) / 2 : preview.length - 1;
  const maxLength = ctx.maxArrayLength < count ? ctx.maxArrayLength : count;
  const output = [];
  ctx.indentationLvl += 2;
  if (isKeyValue) {
    if (endsWith(braces[0], " Iterator] {")) braces[0] = `${slice(braces[0], 0, -12)} Entries] {`;
    for (let i = 0; i < maxLength; i++) {
      const pair = [formatValue(ctx, preview[2 * i + 1], recurseTimes), formatValue(ctx, preview[2 * i + 2], recurseTimes)];
      $ArrayPush(output, reduceToSingleString(ctx, pair, "", ["[", "]"], kArrayExtrasType, recurseTimes));
    }
  } else {
    for (let i = 0; i < maxLength; i++) $ArrayPush(output, formatValue(ctx, preview[i + 1], recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (count > maxLength) $ArrayPush(output, remainingText(count - maxLength));
  return output;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? "s" : ""}`;
}

/* node's formatArray */
function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = ctx.maxArrayLength < valLen ? ctx.maxArrayLength : valLen;
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!$HasOwnProperty(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    $ArrayPush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) $ArrayPush(output, remainingText(remaining));
  return output;
}

/* node's formatSpecialArray: arrays with holes. */
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = $OwnEnumerableStringKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = $ToNumberPrimitive(key);
    if (tmp > 4294967294) break;
    if (`${index}` !== key) {
      if (!isIndexString(key)) break;
      const emptyItems = tmp - index;
      $ArrayPush(output, `<${emptyItems} empty item${emptyItems > 1 ? "s" : ""}>`);
      index = tmp;
      if (output.length === maxLength) break;
    }
    $ArrayPush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) $ArrayPush(output, `<${remaining} empty item${remaining > 1 ? "s" : ""}>`);
  } else if (remaining > 0) {
    $ArrayPush(output, remainingText(remaining));
  }
  return output;
}

/* node's formatProperty */
function formatProperty(ctx, value, recurseTimes, key, type) {
  let name, str;
  let desc = ownDescriptor(value, key);
  if (desc === undefined) desc = { __proto__: null, value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? "[Getter/Setter]" : "[Getter]";
  } else if (desc.set !== undefined) {
    str = "[Setter]";
  } else {
    str = "undefined";
  }
  if (type === kArrayType) return str;
  if (typeof key === "symbol") {
    name = `[${escapeKeyText(symbolToString(key))}]`;
  } else if (key === "__proto__") {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKeyText(key)}]`;
  } else if (isIdentifierKey(key)) {
    name = key;
  } else {
    name = $InspectString(key);
  }
  return `${name}: ${str}`;
}

/* node's groupArrayElements: numbers-and-short-entries arrays in aligned columns. */
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = [];
  for (; i < outputLength; i++) {
    const len = $StringLength(output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = $MathOp(23, actualMax - totalLength / output.length);
    const biasedMax = actualMax - 3 - averageBias > 1 ? actualMax - 3 - averageBias : 1;
    let columns = $MathOp(19, $MathOp(23, approxCharHeights * biasedMax * outputLength) / biasedMax);
    const byWidth = $MathOp(13, (ctx.breakLength - ctx.indentationLvl) / actualMax);
    if (byWidth < columns) columns = byWidth;
    if (ctx.compact * 4 < columns) columns = ctx.compact * 4;
    if (15 < columns) columns = 15;
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      $ArrayPush(maxLineLength, lineLength + separatorSpace);
    }
    let padNumbers = true;
    if (value !== undefined) {
      for (let k = 0; k < output.length; k++) {
        const type = typeof value[k];
        if (type !== "number" && type !== "bigint") {
          padNumbers = false;
          break;
        }
      }
    }
    for (let k = 0; k < outputLength; k += columns) {
      const max = k + columns < outputLength ? k + columns : outputLength;
      let str = "";
      let j = k;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - k];
        str += padNumbers ? padStart(`${output[j]}, `, padding) : padEnd(`${output[j]}, `, padding);
      }
      if (padNumbers) {
        str += padStart(output[j], maxLineLength[j - k] - separatorSpace);
      } else {
        str += output[j];
      }
      $ArrayPush(tmp, str);
    }
    if (ctx.maxArrayLength < output.length) $ArrayPush(tmp, output[outputLength]);
    output = tmp;
  }
  return output;
}

/* node's isBelowBreakLength */
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += $StringLength(output[i]);
    if (totalLength > ctx.breakLength) return false;
  }
  return base === "" || !includes(base, "\n");
}

/* node's reduceToSingleString for compact = 3. */
function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  const entries = output.length;
  if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
    const start = output.length + ctx.indentationLvl + $StringLength(braces[0]) + $StringLength(base) + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joinedOutput = join(output, ", ");
      if (!includes(joinedOutput, "\n")) {
        return `${base ? `${base} ` : ""}${braces[0]} ${joinedOutput} ${braces[1]}`;
      }
    }
  }
  const indentation = `\n${repeat(" ", ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
}

/* util.inspect(value, options) for the options the library uses (depth, showHidden). */
function inspect(value, options) {
  return formatValue(newContext(options), value, 0);
}
lib.inspect = inspect;
lib.formatNumber = formatNumber;

$SetEntry("Inspect", function Inspect(value) {
  return inspect(value, undefined);
});
