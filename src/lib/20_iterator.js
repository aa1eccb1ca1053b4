"use strict";
/* The iteration protocol (ECMA-262 §7.4, §27.1): %IteratorPrototype% and the GetIterator,
 * IteratorClose and SpreadToArray entries that for-of, spread and destructuring use. */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const symIterator = $WellKnownSymbol("iterator");

/* 27.1.2 %IteratorPrototype% */
const IteratorPrototype = {};
lib.installMethods(IteratorPrototype, {
  /* 27.1.2.1 %IteratorPrototype% [ @@iterator ] ( ) */
  [symIterator]() {
    return this;
  },
});
lib.IteratorPrototype = IteratorPrototype;
$SetRoot("ITERATOR_PROTOTYPE", IteratorPrototype);

/* The "x is not iterable" text V8 uses for a value. */
function notIterable(value) {
  const type = typeof value;
  if (value === undefined || value === null) {
    return `${value} is not iterable (cannot read property Symbol(Symbol.iterator))`;
  }
  if (type === "string") return `"${value}" is not iterable`;
  if (type === "symbol" || type === "function") return `${lib.describe(value)} is not iterable`;
  if (type === "object") return "object is not iterable (cannot read property Symbol(Symbol.iterator))";
  return `${type} ${$ToStringPrimitive(value)} is not iterable (cannot read property Symbol(Symbol.iterator))`;
}

/* 7.4.2 GetIterator(obj, sync) → the iterator object (callers read next themselves). */
function GetIterator(value) {
  if (value === undefined || value === null) throw new TypeError(notIterable(value));
  const method = value[symIterator];
  if (!$IsCallable(method)) throw new TypeError(notIterable(value));
  const iterator = $Call(method, value);
  if (!$IsObject(iterator)) throw new TypeError("Result of the Symbol.iterator method is not an object");
  return iterator;
}
lib.GetIterator = GetIterator;

/* 7.4.10 IteratorClose. `quiet` is a throw completion in flight: errors from return are
 * swallowed so the original one wins. */
function IteratorClose(iterator, quiet) {
  if (quiet) {
    try {
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) $Call(ret, iterator);
    } catch (e) {
      // Step 6: the original completion wins.
    }
    return undefined;
  }
  const ret = lib.GetMethod(iterator, "return");
  if (ret === undefined) return undefined;
  const innerResult = $Call(ret, iterator);
  if (!$IsObject(innerResult)) {
    throw new TypeError(`Iterator result ${lib.describe(innerResult)} is not an object`);
  }
  return undefined;
}
lib.IteratorClose = IteratorClose;

/* 7.4.8 IteratorStep over a known next method: the result object, or false when done. */
function IteratorStep(iterator, next) {
  const result = $Call(next, iterator);
  if (!$IsObject(result)) throw new TypeError(`Iterator result ${lib.describe(result)} is not an object`);
  return result.done ? false : result;
}
lib.IteratorStep = IteratorStep;

/* True when iterating `value` would visit exactly its elements through the untouched
 * built-in array iterator, so the elements can be copied directly. */
function isPlainArrayIteration(value) {
  if (!$IsArray(value) || value[symIterator] !== lib.arrayValues) return false;
  const next = $GetOwnProperty(lib.ArrayIteratorPrototype, "next");
  return next !== undefined && next[0] === lib.arrayIteratorNext;
}
lib.isPlainArrayIteration = isPlainArrayIteration;

/* 13.2.4.1 ArrayAccumulation for SpreadElement: appends the values of `iterable` to
 * `array` and returns it. */
function SpreadToArray(array, iterable) {
  if (arguments.length === 1) {
    iterable = array;
    array = [];
  }
  if (isPlainArrayIteration(iterable)) {
    const values = $FastArrayValues(iterable);
    if (values !== undefined) {
      for (let i = 0; i < values.length; i++) $ArrayPush(array, values[i]);
      return array;
    }
  }
  const iterator = GetIterator(iterable);
  const next = iterator.next;
  for (;;) {
    const result = IteratorStep(iterator, next);
    if (result === false) return array;
    $ArrayPush(array, result.value);
  }
}

$SetEntry("GetIterator", GetIterator);
$SetEntry("IteratorClose", IteratorClose);
$SetEntry("SpreadToArray", SpreadToArray);
