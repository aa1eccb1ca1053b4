"use strict";
/* Array: the constructor, statics and Array.prototype (ECMA-262 §23.1), with
 * %ArrayIteratorPrototype% (23.1.5). Methods are the spec's generic algorithms over Get/Set/
 * HasProperty, so they work on array-likes too.
 *
 * Limitation: an array iterator keeps its state under a library-private symbol key
 * (non-enumerable), because no intrinsic gives library objects internal slots. */

const lib = global["%lib"];
const TypeError = lib.TypeError, RangeError = lib.RangeError;
const ToObject = lib.ToObject, ToIntegerOrInfinity = lib.ToIntegerOrInfinity;
const LengthOfArrayLike = lib.LengthOfArrayLike, ToString = lib.ToString;
const CreateDataPropertyOrThrow = lib.CreateDataPropertyOrThrow;
const ArrayPrototype = lib.ArrayPrototype;
const symIterator = $WellKnownSymbol("iterator");
const symSpecies = $WellKnownSymbol("species");
const symToStringTag = $WellKnownSymbol("toStringTag");
const symUnscopables = $WellKnownSymbol("unscopables");
const symIsConcatSpreadable = $WellKnownSymbol("isConcatSpreadable");
const MAX_SAFE_INTEGER = 9007199254740991;

/* 10.4.2.2 ArrayCreate */
function ArrayCreate(length, proto) {
  if (length > 4294967295) throw new RangeError("Invalid array length");
  const A = $NewArray(length);
  if (proto !== undefined && proto !== ArrayPrototype) $SetPrototypeOf(A, proto);
  return A;
}

/* 10.4.2.3 ArraySpeciesCreate */
function ArraySpeciesCreate(originalArray, length) {
  if (!$IsArray(originalArray)) return ArrayCreate(length, undefined);
  let C = originalArray.constructor;
  if ($IsObject(C)) {
    C = C[symSpecies];
    if (C === null) C = undefined;
  }
  if (C === undefined) return ArrayCreate(length, undefined);
  if (!$IsConstructor(C)) throw new TypeError("object.constructor[Symbol.species] is not a constructor");
  return $Construct(C, [length], C);
}

/* A relative index argument (start/end) clamped to [0, len]. */
function relativeIndex(value, len, fallback) {
  if (value === undefined) return fallback;
  const relative = ToIntegerOrInfinity(value);
  if (relative === -Infinity) return 0;
  if (relative < 0) return len + relative > 0 ? len + relative : 0;
  return relative < len ? relative : len;
}

function requireCallable(fn) {
  if (!$IsCallable(fn)) throw new TypeError(`${lib.describe(fn)} is not a function`);
}

/* 23.1.3.30.2 SortCompare */
function SortCompare(comparefn, x, y) {
  if (comparefn !== undefined) {
    const v = lib.ToNumber($Call(comparefn, undefined, x, y));
    return v !== v ? 0 : v;
  }
  const xString = ToString(x), yString = ToString(y);
  return xString < yString ? -1 : xString > yString ? 1 : 0;
}

/* A stable merge sort of `items` (no undefineds) in place. */
function mergeSort(items, comparefn) {
  const n = items.length;
  let src = items, dst = $NewArray(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (SortCompare(comparefn, src[j], src[i]) < 0) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src; src = dst; dst = t;
  }
  if (src !== items) for (let i = 0; i < n; i++) items[i] = src[i];
}

/* 23.1.3.30.1 SortIndexedProperties (skipping holes) followed by the write-back of
 * Array.prototype.sort steps 6-9. */
function sortInPlace(obj, len, comparefn) {
  const items = [];
  let undefinedCount = 0;
  for (let k = 0; k < len; k++) {
    if (k in obj) {
      const kValue = obj[k];
      if (kValue === undefined) undefinedCount++;
      else $ArrayPush(items, kValue);
    }
  }
  mergeSort(items, comparefn);
  let j = 0;
  for (; j < items.length; j++) obj[j] = items[j];
  for (let u = 0; u < undefinedCount; u++, j++) obj[j] = undefined;
  for (; j < len; j++) delete obj[j];
  return obj;
}

/* 23.1.3.13.1 FlattenIntoArray */
function FlattenIntoArray(target, source, sourceLen, start, depth, mapper, thisArg) {
  let targetIndex = start;
  for (let sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++) {
    if (!(sourceIndex in source)) continue;
    let element = source[sourceIndex];
    if (mapper !== undefined) element = $Call(mapper, thisArg, element, sourceIndex, source);
    if (depth > 0 && $IsArray(element)) {
      targetIndex = FlattenIntoArray(target, element, LengthOfArrayLike(element), targetIndex, depth - 1, undefined, undefined);
    } else {
      if (targetIndex >= MAX_SAFE_INTEGER) throw new TypeError("Array too long");
      CreateDataPropertyOrThrow(target, targetIndex, element);
      targetIndex++;
    }
  }
  return targetIndex;
}

/* Arrays being joined right now: V8 joins a cycle as "". */
const joinStack = [];

/* 23.1.1.1 Array ( ...values ) */
function Array(len) {
  const newTarget = new.target === undefined ? Array : new.target;
  const proto = lib.GetPrototypeFromConstructor(newTarget, ArrayPrototype);
  const numberOfArgs = arguments.length;
  if (numberOfArgs === 0) return ArrayCreate(0, proto);
  if (numberOfArgs === 1) {
    if (typeof len !== "number") {
      const array = ArrayCreate(0, proto);
      CreateDataPropertyOrThrow(array, 0, len);
      return array;
    }
    const intLen = len >>> 0;
    if (intLen !== len) throw new RangeError("Invalid array length");
    return ArrayCreate(intLen, proto);
  }
  const array = ArrayCreate(0, proto);
  for (let k = 0; k < numberOfArgs; k++) CreateDataPropertyOrThrow(array, k, arguments[k]);
  return array;
}
lib.linkConstructor(Array, ArrayPrototype);
lib.defineGlobal("Array", Array);

lib.installMethods(Array, {
  /* 23.1.2.1 */
  from(items) {
    const mapfn = arguments.length > 1 ? arguments[1] : undefined;
    const thisArg = arguments.length > 2 ? arguments[2] : undefined;
    const C = this;
    if (mapfn !== undefined) requireCallable(mapfn);
    const usingIterator = items === undefined || items === null ? undefined : lib.GetMethod(items, symIterator);
    if (usingIterator !== undefined) {
      const A = $IsConstructor(C) ? $Construct(C, [], C) : ArrayCreate(0, undefined);
      const iterator = $Call(usingIterator, items);
      if (!$IsObject(iterator)) throw new TypeError("Result of the Symbol.iterator method is not an object");
      const next = iterator.next;
      for (let k = 0; ; k++) {
        const result = lib.IteratorStep(iterator, next);
        if (result === false) {
          A.length = k;
          return A;
        }
        try {
          const value = mapfn !== undefined ? $Call(mapfn, thisArg, result.value, k) : result.value;
          CreateDataPropertyOrThrow(A, k, value);
        } catch (e) {
          lib.IteratorClose(iterator, true);
          throw e;
        }
      }
    }
    const arrayLike = ToObject(items);
    const len = LengthOfArrayLike(arrayLike);
    const A = $IsConstructor(C) ? $Construct(C, [len], C) : ArrayCreate(len, undefined);
    for (let k = 0; k < len; k++) {
      const kValue = arrayLike[k];
      CreateDataPropertyOrThrow(A, k, mapfn !== undefined ? $Call(mapfn, thisArg, kValue, k) : kValue);
    }
    A.length = len;
    return A;
  },
  /* 23.1.2.2 */
  isArray(arg) {
    return $IsArray(arg);
  },
  /* 23.1.2.3 */
  of(...items) {
    const len = items.length;
    const C = this;
    const A = $IsConstructor(C) ? $Construct(C, [len], C) : ArrayCreate(len, undefined);
    for (let k = 0; k < len; k++) CreateDataPropertyOrThrow(A, k, items[k]);
    A.length = len;
    return A;
  },
  /* 23.1.2.5 get Array [ @@species ] */
  get [symSpecies]() {
    return this;
  },
});

const methods = {
  /* 23.1.3.1 */
  at(index) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const relativeIndex = ToIntegerOrInfinity(index);
    const k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
    if (k < 0 || k >= len) return undefined;
    return O[k];
  },
  /* 23.1.3.2 */
  concat(item) {
    const O = ToObject(this);
    const A = ArraySpeciesCreate(O, 0);
    let n = 0;
    const all = [O];
    for (let i = 0; i < arguments.length; i++) $ArrayPush(all, arguments[i]);
    for (let i = 0; i < all.length; i++) {
      const E = all[i];
      let spreadable = false;
      if ($IsObject(E)) {
        const flag = E[symIsConcatSpreadable];
        spreadable = flag !== undefined ? !!flag : $IsArray(E);
      }
      if (spreadable) {
        const len = LengthOfArrayLike(E);
        if (n + len > MAX_SAFE_INTEGER) throw new TypeError("Invalid array length");
        for (let k = 0; k < len; k++, n++) {
          if (k in E) CreateDataPropertyOrThrow(A, n, E[k]);
        }
      } else {
        if (n >= MAX_SAFE_INTEGER) throw new TypeError("Invalid array length");
        CreateDataPropertyOrThrow(A, n, E);
        n++;
      }
    }
    A.length = n;
    return A;
  },
  /* 23.1.3.4 */
  entries() {
    return CreateArrayIterator(ToObject(this), 2);
  },
  /* 23.1.3.5 */
  every(callbackfn) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(callbackfn);
    for (let k = 0; k < len; k++) {
      if (k in O && !$Call(callbackfn, thisArg, O[k], k, O)) return false;
    }
    return true;
  },
  /* 23.1.3.7 */
  fill(value) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const k0 = relativeIndex(arguments.length > 1 ? arguments[1] : undefined, len, 0);
    const final = relativeIndex(arguments.length > 2 ? arguments[2] : undefined, len, len);
    for (let k = k0; k < final; k++) O[k] = value;
    return O;
  },
  /* 23.1.3.8 */
  filter(callbackfn) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(callbackfn);
    const A = ArraySpeciesCreate(O, 0);
    let to = 0;
    for (let k = 0; k < len; k++) {
      if (!(k in O)) continue;
      const kValue = O[k];
      if ($Call(callbackfn, thisArg, kValue, k, O)) CreateDataPropertyOrThrow(A, to++, kValue);
    }
    return A;
  },
  /* 23.1.3.9 */
  find(predicate) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(predicate);
    for (let k = 0; k < len; k++) {
      const kValue = O[k];
      if ($Call(predicate, thisArg, kValue, k, O)) return kValue;
    }
    return undefined;
  },
  /* 23.1.3.10 */
  findIndex(predicate) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(predicate);
    for (let k = 0; k < len; k++) {
      if ($Call(predicate, thisArg, O[k], k, O)) return k;
    }
    return -1;
  },
  /* 23.1.3.11 */
  findLast(predicate) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(predicate);
    for (let k = len - 1; k >= 0; k--) {
      const kValue = O[k];
      if ($Call(predicate, thisArg, kValue, k, O)) return kValue;
    }
    return undefined;
  },
  /* 23.1.3.12 */
  findLastIndex(predicate) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(predicate);
    for (let k = len - 1; k >= 0; k--) {
      if ($Call(predicate, thisArg, O[k], k, O)) return k;
    }
    return -1;
  },
  /* 23.1.3.13 */
  flat() {
    const depth = arguments.length > 0 ? arguments[0] : undefined;
    const O = ToObject(this);
    const sourceLen = LengthOfArrayLike(O);
    let depthNum = 1;
    if (depth !== undefined) {
      depthNum = ToIntegerOrInfinity(depth);
      if (depthNum < 0) depthNum = 0;
    }
    const A = ArraySpeciesCreate(O, 0);
    FlattenIntoArray(A, O, sourceLen, 0, depthNum, undefined, undefined);
    return A;
  },
  /* 23.1.3.14 */
  flatMap(mapperFunction) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const sourceLen = LengthOfArrayLike(O);
    requireCallable(mapperFunction);
    const A = ArraySpeciesCreate(O, 0);
    FlattenIntoArray(A, O, sourceLen, 0, 1, mapperFunction, thisArg);
    return A;
  },
  /* 23.1.3.15 */
  forEach(callbackfn) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(callbackfn);
    for (let k = 0; k < len; k++) {
      if (k in O) $Call(callbackfn, thisArg, O[k], k, O);
    }
    return undefined;
  },
  /* 23.1.3.16 */
  includes(searchElement) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    if (len === 0) return false;
    let n = arguments.length > 1 ? ToIntegerOrInfinity(arguments[1]) : 0;
    if (n === Infinity) return false;
    if (n === -Infinity) n = 0;
    let k = n >= 0 ? n : len + n > 0 ? len + n : 0;
    for (; k < len; k++) {
      const elementK = O[k];
      // SameValueZero
      if (elementK === searchElement || (elementK !== elementK && searchElement !== searchElement)) return true;
    }
    return false;
  },
  /* 23.1.3.17 */
  indexOf(searchElement) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    if (len === 0) return -1;
    let n = arguments.length > 1 ? ToIntegerOrInfinity(arguments[1]) : 0;
    if (n === Infinity) return -1;
    if (n === -Infinity) n = 0;
    let k = n >= 0 ? n : len + n > 0 ? len + n : 0;
    for (; k < len; k++) {
      if (k in O && O[k] === searchElement) return k;
    }
    return -1;
  },
  /* 23.1.3.18 */
  join(separator) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const sep = separator === undefined ? "," : ToString(separator);
    for (let i = 0; i < joinStack.length; i++) if (joinStack[i] === O) return "";
    $ArrayPush(joinStack, O);
    try {
      let R = "";
      for (let k = 0; k < len; k++) {
        if (k > 0) R += sep;
        const element = O[k];
        if (element !== undefined && element !== null) R += ToString(element);
      }
      return R;
    } finally {
      joinStack.length = joinStack.length - 1;
    }
  },
  /* 23.1.3.19 */
  keys() {
    return CreateArrayIterator(ToObject(this), 0);
  },
  /* 23.1.3.20 */
  lastIndexOf(searchElement) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    if (len === 0) return -1;
    const n = arguments.length > 1 ? ToIntegerOrInfinity(arguments[1]) : len - 1;
    if (n === -Infinity) return -1;
    let k = n >= 0 ? (n < len - 1 ? n : len - 1) : len + n;
    for (; k >= 0; k--) {
      if (k in O && O[k] === searchElement) return k;
    }
    return -1;
  },
  /* 23.1.3.21 */
  map(callbackfn) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(callbackfn);
    const A = ArraySpeciesCreate(O, len);
    for (let k = 0; k < len; k++) {
      if (k in O) CreateDataPropertyOrThrow(A, k, $Call(callbackfn, thisArg, O[k], k, O));
    }
    return A;
  },
  /* 23.1.3.22 */
  pop() {
    if ($IsFastArray(this) && $ArrayLength(this) > 0) return $ArrayPopFast(this);
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    if (len === 0) {
      O.length = 0;
      return undefined;
    }
    const newLen = len - 1;
    const element = O[newLen];
    delete O[newLen];
    O.length = newLen;
    return element;
  },
  /* 23.1.3.23 */
  push(item) {
    if ($ArgumentCount() === 1 && $IsFastArray(this)) return $ArrayPush(this, item);
    const args = $Arguments();
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const argCount = args.length;
    if (len + argCount > MAX_SAFE_INTEGER) throw new TypeError(`Pushing ${argCount} elements on an array-like of length ${len} is disallowed, as the total surpasses 2**53-1`);
    for (let i = 0; i < argCount; i++) O[len + i] = args[i];
    O.length = len + argCount;
    return len + argCount;
  },
  /* 23.1.3.24 */
  reduce(callbackfn) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(callbackfn);
    let k = 0;
    let accumulator;
    if (arguments.length > 1) {
      accumulator = arguments[1];
    } else {
      for (; k < len && !(k in O); k++);
      if (k >= len) throw new TypeError("Reduce of empty array with no initial value");
      accumulator = O[k++];
    }
    for (; k < len; k++) {
      if (k in O) accumulator = $Call(callbackfn, undefined, accumulator, O[k], k, O);
    }
    return accumulator;
  },
  /* 23.1.3.25 */
  reduceRight(callbackfn) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(callbackfn);
    let k = len - 1;
    let accumulator;
    if (arguments.length > 1) {
      accumulator = arguments[1];
    } else {
      for (; k >= 0 && !(k in O); k--);
      if (k < 0) throw new TypeError("Reduce of empty array with no initial value");
      accumulator = O[k--];
    }
    for (; k >= 0; k--) {
      if (k in O) accumulator = $Call(callbackfn, undefined, accumulator, O[k], k, O);
    }
    return accumulator;
  },
  /* 23.1.3.26 */
  reverse() {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const middle = $MathOp(13, len / 2);
    for (let lower = 0; lower !== middle; lower++) {
      const upper = len - lower - 1;
      const lowerExists = lower in O;
      const lowerValue = lowerExists ? O[lower] : undefined;
      const upperExists = upper in O;
      const upperValue = upperExists ? O[upper] : undefined;
      if (upperExists) O[lower] = upperValue;
      else if (lowerExists) delete O[lower];
      if (lowerExists) O[upper] = lowerValue;
      else if (upperExists) delete O[upper];
    }
    return O;
  },
  /* 23.1.3.27 */
  shift() {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    if (len === 0) {
      O.length = 0;
      return undefined;
    }
    const first = O[0];
    for (let k = 1; k < len; k++) {
      if (k in O) O[k - 1] = O[k];
      else delete O[k - 1];
    }
    delete O[len - 1];
    O.length = len - 1;
    return first;
  },
  /* 23.1.3.28 */
  slice(start, end) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const k0 = relativeIndex(start, len, 0);
    const final = relativeIndex(end, len, len);
    const count = final - k0 > 0 ? final - k0 : 0;
    const A = ArraySpeciesCreate(O, count);
    let n = 0;
    for (let k = k0; k < final; k++, n++) {
      if (k in O) CreateDataPropertyOrThrow(A, n, O[k]);
    }
    A.length = n;
    return A;
  },
  /* 23.1.3.29 */
  some(callbackfn) {
    const thisArg = arguments.length > 1 ? arguments[1] : undefined;
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    requireCallable(callbackfn);
    for (let k = 0; k < len; k++) {
      if (k in O && $Call(callbackfn, thisArg, O[k], k, O)) return true;
    }
    return false;
  },
  /* 23.1.3.30 */
  sort(comparefn) {
    if (comparefn !== undefined && !$IsCallable(comparefn)) {
      throw new TypeError("The comparison function must be either a function or undefined");
    }
    const obj = ToObject(this);
    return sortInPlace(obj, LengthOfArrayLike(obj), comparefn);
  },
  /* 23.1.3.31 */
  splice(start, deleteCount) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const actualStart = relativeIndex(start, len, 0);
    const itemCount = arguments.length > 2 ? arguments.length - 2 : 0;
    let actualDeleteCount;
    if (arguments.length === 0) actualDeleteCount = 0;
    else if (arguments.length === 1) actualDeleteCount = len - actualStart;
    else {
      const dc = ToIntegerOrInfinity(deleteCount);
      actualDeleteCount = dc < 0 ? 0 : dc > len - actualStart ? len - actualStart : dc;
    }
    if (len + itemCount - actualDeleteCount > MAX_SAFE_INTEGER) throw new TypeError("Invalid array length");
    const A = ArraySpeciesCreate(O, actualDeleteCount);
    for (let k = 0; k < actualDeleteCount; k++) {
      const from = actualStart + k;
      if (from in O) CreateDataPropertyOrThrow(A, k, O[from]);
    }
    A.length = actualDeleteCount;
    if (itemCount < actualDeleteCount) {
      for (let k = actualStart; k < len - actualDeleteCount; k++) {
        const from = k + actualDeleteCount, to = k + itemCount;
        if (from in O) O[to] = O[from];
        else delete O[to];
      }
      for (let k = len; k > len - actualDeleteCount + itemCount; k--) delete O[k - 1];
    } else if (itemCount > actualDeleteCount) {
      for (let k = len - actualDeleteCount; k > actualStart; k--) {
        const from = k + actualDeleteCount - 1, to = k + itemCount - 1;
        if (from in O) O[to] = O[from];
        else delete O[to];
      }
    }
    for (let i = 0; i < itemCount; i++) O[actualStart + i] = arguments[i + 2];
    O.length = len - actualDeleteCount + itemCount;
    return A;
  },
  /* 23.1.3.36 */
  toString() {
    const array = ToObject(this);
    const func = array.join;
    if (!$IsCallable(func)) return $Call(lib.objectToString, array);
    return $Call(func, array);
  },
  /* 23.1.3.37 */
  unshift(item) {
    const O = ToObject(this);
    const len = LengthOfArrayLike(O);
    const argCount = arguments.length;
    if (argCount > 0) {
      if (len + argCount > MAX_SAFE_INTEGER) throw new TypeError("Invalid array length");
      for (let k = len; k > 0; k--) {
        const from = k - 1, to = k + argCount - 1;
        if (from in O) O[to] = O[from];
        else delete O[to];
      }
      for (let j = 0; j < argCount; j++) O[j] = arguments[j];
    }
    O.length = len + argCount;
    return len + argCount;
  },
  /* 23.1.3.38 */
  values() {
    return CreateArrayIterator(ToObject(this), 1);
  },
};
lib.installMethods(ArrayPrototype, methods);
const values = $GetOwnProperty(ArrayPrototype, "values")[0];
/* 23.1.3.40 Array.prototype [ @@iterator ] is the same function as values. */
$DefineProperty(ArrayPrototype, symIterator, values, lib.WRITABLE | lib.CONFIGURABLE);
/* 23.1.3.41 Array.prototype [ @@unscopables ] */
const unscopables = { __proto__: null, at: true, copyWithin: true, entries: true, fill: true,
  find: true, findIndex: true, findLast: true, findLastIndex: true, flat: true, flatMap: true,
  includes: true, keys: true, toReversed: true, toSorted: true, toSpliced: true, values: true };
$DefineProperty(ArrayPrototype, symUnscopables, unscopables, lib.CONFIGURABLE);
$SetRoot("ARRAY_PROTOTYPE", ArrayPrototype);
lib.arrayValues = values;

/* --- array iterators (23.1.5) ------------------------------------------------------------- */

const kState = $NewSymbol("ArrayIteratorState");
const ArrayIteratorPrototype = {};
$SetPrototypeOf(ArrayIteratorPrototype, lib.IteratorPrototype);

/* 23.1.5.1 CreateArrayIterator; kind 0 keys, 1 values, 2 entries. */
function CreateArrayIterator(array, kind) {
  const iterator = {};
  $SetPrototypeOf(iterator, ArrayIteratorPrototype);
  $DefineProperty(iterator, kState, [array, 0, kind], lib.WRITABLE);
  return iterator;
}

lib.installMethods(ArrayIteratorPrototype, {
  /* 23.1.5.2.1 %ArrayIteratorPrototype%.next ( ) */
  next() {
    const state = $IsObject(this) ? $GetOwnProperty(this, kState) : undefined;
    if (state === undefined) {
      throw new TypeError(`Method Array Iterator.prototype.next called on incompatible receiver ${lib.describe(this)}`);
    }
    const record = state[0];
    const a = record[0];
    if (a === undefined) return { value: undefined, done: true };
    const index = record[1];
    const len = LengthOfArrayLike(a);
    if (index >= len) {
      record[0] = undefined;
      return { value: undefined, done: true };
    }
    record[1] = index + 1;
    const kind = record[2];
    if (kind === 0) return { value: index, done: false };
    const elementValue = a[index];
    if (kind === 1) return { value: elementValue, done: false };
    return { value: [index, elementValue], done: false };
  },
});
$DefineProperty(ArrayIteratorPrototype, symToStringTag, "Array Iterator", lib.CONFIGURABLE);
$SetRoot("ARRAY_ITERATOR_PROTOTYPE", ArrayIteratorPrototype);
lib.ArrayIteratorPrototype = ArrayIteratorPrototype;
lib.arrayIteratorNext = $GetOwnProperty(ArrayIteratorPrototype, "next")[0];
