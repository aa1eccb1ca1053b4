"use strict";
/* Keyed collections (ECMA-262 §24): Map, Set, WeakMap, WeakSet, %MapIteratorPrototype%,
 * %SetIteratorPrototype%, Map.groupBy and the Set methods of ES2025 (union, intersection,
 * difference, symmetricDifference, isSubsetOf, isSupersetOf, isDisjointFrom).
 *
 * A collection is an object of its class (CollectionCreate) whose table lives in C
 * (src/objects/hashmap.c): $MapGet/$MapSet/… are the spec's [[MapData]]/[[SetData]]
 * operations with SameValueZero keys. The spec's index-based loops over a live list
 * ("visit entries appended meanwhile, skip deleted ones") are the C iterators
 * ($CollectionStep), which stay correct across deletion, growth and clear. */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const RangeError = lib.RangeError;
const CONFIGURABLE = lib.CONFIGURABLE;
const symIterator = $WellKnownSymbol("iterator");
const symToStringTag = $WellKnownSymbol("toStringTag");
const symSpecies = $WellKnownSymbol("species");

/* ObjClass numbers (src/interp/vm.h). */
const CLASS_MAP = 15, CLASS_SET = 16, CLASS_WEAK_MAP = 17, CLASS_WEAK_SET = 18;
const CLASS_MAP_ITERATOR = 23, CLASS_SET_ITERATOR = 24;
lib.CLASS_MAP = CLASS_MAP;
lib.CLASS_SET = CLASS_SET;
lib.CLASS_WEAK_MAP = CLASS_WEAK_MAP;
lib.CLASS_WEAK_SET = CLASS_WEAK_SET;
lib.CLASS_MAP_ITERATOR = CLASS_MAP_ITERATOR;
lib.CLASS_SET_ITERATOR = CLASS_SET_ITERATOR;
lib.CLASS_WEAK_REF = 25;
lib.CLASS_FINALIZATION_REGISTRY = 26;

const KIND_KEYS = 0, KIND_VALUES = 1, KIND_ENTRIES = 2;

/* A receiver as V8 names it in "incompatible receiver" messages. */
function receiverText(value) {
  if (typeof value === "string") return value;
  return lib.describe(value);
}

function requireClass(value, classId, method) {
  if ($ClassOf(value) !== classId) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${receiverText(value)}`);
  }
}

/* V8's "x is not a function" for a callback argument. */
function requireCallable(value) {
  if ($IsCallable(value)) return value;
  const type = typeof value;
  let text;
  if (value === undefined) text = "undefined";
  else if (type === "object" && value !== null) text = "object";
  else if (type === "symbol") text = "symbol";
  else if (type === "string") text = `string "${value}"`;
  else text = `${value === null ? "object" : type} ${$ToStringPrimitive(value)}`;
  throw new TypeError(`${text} is not a function`);
}

/* 9.13 CanBeHeldWeakly */
const symbolKeyFor = Symbol.keyFor;
function CanBeHeldWeakly(v) {
  if ($IsObject(v)) return true;
  return typeof v === "symbol" && $Call(symbolKeyFor, undefined, v) === undefined;
}
lib.CanBeHeldWeakly = CanBeHeldWeakly;

/* 24.1.1.2 AddEntriesFromIterable; `pairs` false: the adder takes each value (Set, WeakSet). */
function AddEntriesFromIterable(target, iterable, adder, pairs) {
  const iterator = lib.GetIterator(iterable);
  const next = iterator.next;
  for (;;) {
    const result = lib.IteratorStep(iterator, next);
    if (result === false) return target;
    const item = result.value;
    try {
      if (!pairs) {
        $Call(adder, target, item);
        continue;
      }
      if (!$IsObject(item)) throw new TypeError(`Iterator value ${receiverText(item)} is not an entry object`);
      const k = item[0];
      const v = item[1];
      $Call(adder, target, k, v);
    } catch (error) {
      lib.IteratorClose(iterator, true);
      throw error;
    }
  }
}

/* A plain array under the untouched array iterator with the built-in adder: the same steps
 * without iterator objects (the array is read live, as the iterator would). */
function addFromArray(target, array, adder, pairs) {
  for (let i = 0; i < $ArrayLength(array); i++) {
    const item = array[i];
    if (!pairs) {
      $MapSet(target, item, item);
      continue;
    }
    if (!$IsObject(item)) throw new TypeError(`Iterator value ${receiverText(item)} is not an entry object`);
    $MapSet(target, item[0], item[1]);
  }
  return target;
}

/* Steps common to the four constructors: new.target, the object, then the iterable. */
function constructCollection(newTarget, name, classId, fallbackProto, iterable, adderName, builtinAdder, pairs) {
  if (newTarget === undefined) throw new TypeError(`Constructor ${name} requires 'new'`);
  const proto = lib.GetPrototypeFromConstructor(newTarget, fallbackProto);
  const collection = $CollectionCreate(proto, classId, 1);
  if (iterable === undefined || iterable === null) return collection;
  const adder = collection[adderName];
  if (!$IsCallable(adder)) {
    throw new TypeError(`'${receiverText(adder)}' returned for property '${adderName}' of object '#<${name}>' is not a function`);
  }
  if (adder === builtinAdder && (classId === CLASS_MAP || classId === CLASS_SET) && lib.isPlainArrayIteration(iterable)) {
    return addFromArray(collection, iterable, adder, pairs);
  }
  return AddEntriesFromIterable(collection, iterable, adder, pairs);
}

/* installMethods in V8's property order (`names`), then any other keys of `source`. */
function installOrdered(target, source, names) {
  const ordered = { __proto__: null };
  for (let i = 0; i < names.length; i++) {
    const record = $GetOwnProperty(source, names[i]);
    if (record !== undefined) $DefineProperty(ordered, names[i], record.length === 3 ? [record[0], record[1]] : record[0], record.length === 3 ? lib.ACCESSOR | CONFIGURABLE | lib.ENUMERABLE : lib.WRITABLE | CONFIGURABLE | lib.ENUMERABLE);
  }
  const keys = $OwnKeys(source);
  for (let i = 0; i < keys.length; i++) {
    if ($GetOwnProperty(ordered, keys[i]) === undefined) {
      const record = $GetOwnProperty(source, keys[i]);
      $DefineProperty(ordered, keys[i], record.length === 3 ? [record[0], record[1]] : record[0], record.length === 3 ? lib.ACCESSOR | CONFIGURABLE | lib.ENUMERABLE : lib.WRITABLE | CONFIGURABLE | lib.ENUMERABLE);
    }
  }
  lib.installMethods(target, ordered);
}

/* --- Map (24.1) ---------------------------------------------------------------------------- */

/* 24.1.1.1 Map ( [ iterable ] ) */
function Map(iterable = undefined) {
  return constructCollection(new.target, "Map", CLASS_MAP, MapPrototype, iterable, "set", mapSet, true);
}
const MapPrototype = {};
lib.linkConstructor(Map, MapPrototype);
lib.defineGlobal("Map", Map);

lib.installMethods(Map, {
  /* 24.1.2.1 Map.groupBy ( items, callbackfn ) */
  groupBy(items, callbackfn) {
    const map = $CollectionCreate(MapPrototype, CLASS_MAP, 1);
    GroupBy(items, callbackfn, map);
    return map;
  },
  /* 24.1.2.3 get Map [ @@species ] */
  get [symSpecies]() {
    return this;
  },
});

/* 7.3.35 GroupBy ( items, callbackfn, zero ) into a Map of key → array (AddValueToKeyedGroup
 * keeps first-insertion order, as the Map does). */
function GroupBy(items, callbackfn, map) {
  lib.RequireObjectCoercible(items, "Map.groupBy");
  requireCallable(callbackfn);
  const iterator = lib.GetIterator(items);
  const next = iterator.next;
  for (let k = 0; ; k++) {
    if (k >= 9007199254740991) {
      const error = new TypeError("Too many elements passed to Map.groupBy");
      lib.IteratorClose(iterator, true);
      throw error;
    }
    const result = lib.IteratorStep(iterator, next);
    if (result === false) return;
    const value = result.value;
    let key;
    try {
      key = $Call(callbackfn, undefined, value, k);
    } catch (error) {
      lib.IteratorClose(iterator, true);
      throw error;
    }
    const group = $MapGet(map, key);
    if (group === undefined) {
      $MapSet(map, key, [value]);
    } else {
      $ArrayPush(group, value);
    }
  }
}

installOrdered(MapPrototype, {
  /* 24.1.3.1 */
  clear() {
    requireClass(this, CLASS_MAP, "Map.prototype.clear");
    $MapClear(this);
    return undefined;
  },
  /* 24.1.3.3 */
  delete(key) {
    requireClass(this, CLASS_MAP, "Map.prototype.delete");
    return $MapDelete(this, key);
  },
  /* 24.1.3.5 Map.prototype.forEach ( callbackfn [ , thisArg ] ) */
  forEach(callbackfn, thisArg = undefined) {
    requireClass(this, CLASS_MAP, "Map.prototype.forEach");
    requireCallable(callbackfn);
    const iterator = $CollectionIterator(this, KIND_ENTRIES, null);
    for (;;) {
      const key = $CollectionStep(iterator);
      if (key === iterator) return undefined;
      $Call(callbackfn, thisArg, $CollectionStepValue(iterator), key, this);
    }
  },
  /* 24.1.3.6 */
  get(key) {
    requireClass(this, CLASS_MAP, "Map.prototype.get");
    return $MapGet(this, key);
  },
  /* 24.1.3.7 */
  has(key) {
    requireClass(this, CLASS_MAP, "Map.prototype.has");
    return $MapHas(this, key);
  },
  /* 24.1.3.8 */
  keys() {
    requireClass(this, CLASS_MAP, "Map.prototype.keys");
    return $CollectionIterator(this, KIND_KEYS, MapIteratorPrototype);
  },
  /* 24.1.3.9 */
  set(key, value) {
    requireClass(this, CLASS_MAP, "Map.prototype.set");
    $MapSet(this, key, value);
    return this;
  },
  /* 24.1.3.10 */
  get size() {
    requireClass(this, CLASS_MAP, "get Map.prototype.size");
    return $MapSize(this);
  },
  /* 24.1.3.11 */
  values() {
    requireClass(this, CLASS_MAP, "Map.prototype.values");
    return $CollectionIterator(this, KIND_VALUES, MapIteratorPrototype);
  },
  /* 24.1.3.4 */
  entries() {
    requireClass(this, CLASS_MAP, "Map.prototype.entries");
    return $CollectionIterator(this, KIND_ENTRIES, MapIteratorPrototype);
  },
  /* Map.prototype.getOrInsert ( key, value ) (proposal-upsert) */
  getOrInsert(key, value) {
    requireClass(this, CLASS_MAP, "Map.prototype.getOrInsert");
    if ($MapHas(this, key)) return $MapGet(this, key);
    $MapSet(this, key, value);
    return value;
  },
  /* Map.prototype.getOrInsertComputed ( key, callbackfn ) (proposal-upsert) */
  getOrInsertComputed(key, callbackfn) {
    requireClass(this, CLASS_MAP, "Map.prototype.getOrInsertComputed");
    requireCallable(callbackfn);
    if (key === 0) key = 0; // CanonicalizeKeyedCollectionKey: -0 → +0
    if ($MapHas(this, key)) return $MapGet(this, key);
    const value = $Call(callbackfn, undefined, key);
    $MapSet(this, key, value);
    return value;
  },
}, ["get", "set", "has", "delete", "clear", "entries", "forEach", "keys", "size", "values"]);
const mapSet = MapPrototype.set;
/* 24.1.3.12 Map.prototype [ @@iterator ] is the same function as entries. */
$DefineProperty(MapPrototype, symToStringTag, "Map", CONFIGURABLE);
$DefineProperty(MapPrototype, symIterator, MapPrototype.entries, lib.WRITABLE | CONFIGURABLE);

/* 24.1.5.2 %MapIteratorPrototype% and 24.2.6.2 %SetIteratorPrototype%: next and the tag. */
function iteratorPrototype(classId, tag) {
  const prototype = {};
  $SetPrototypeOf(prototype, lib.IteratorPrototype);
  lib.installMethods(prototype, {
    next() {
      requireClass(this, classId, tag + ".prototype.next");
      return $CollectionIteratorNext(this);
    },
  });
  $DefineProperty(prototype, symToStringTag, tag, CONFIGURABLE);
  return prototype;
}
const MapIteratorPrototype = iteratorPrototype(CLASS_MAP_ITERATOR, "Map Iterator");

/* --- Set (24.2) ---------------------------------------------------------------------------- */

/* 24.2.2.1 Set ( [ iterable ] ) */
function Set(iterable = undefined) {
  return constructCollection(new.target, "Set", CLASS_SET, SetPrototype, iterable, "add", setAdd, false);
}
const SetPrototype = {};
lib.linkConstructor(Set, SetPrototype);
lib.defineGlobal("Set", Set);
lib.installMethods(Set, {
  /* 24.2.3.2 get Set [ @@species ] */
  get [symSpecies]() {
    return this;
  },
});

/* 24.2.1.2 GetSetRecord ( obj ) */
function GetSetRecord(obj) {
  if (!$IsObject(obj)) throw new TypeError(`${receiverText(obj)} is not an object`);
  const rawSize = obj.size;
  const numSize = lib.ToNumber(rawSize);
  if (numSize !== numSize) throw new TypeError("The 'size' property must be a number");
  const intSize = $ToIntegerOrInfinity(numSize);
  if (intSize < 0) throw new RangeError("'size' must be non-negative");
  const has = obj.has;
  if (!$IsCallable(has)) throw new TypeError("The 'has' property must be a function");
  const keys = obj.keys;
  if (!$IsCallable(keys)) throw new TypeError("The 'keys' property must be a function");
  return { __proto__: null, set: obj, size: intSize, has, keys };
}

/* 7.4.4 GetIteratorFromMethod for the record's keys. */
function keysIterator(record) {
  const iterator = $Call(record.keys, record.set);
  if (!$IsObject(iterator)) throw new TypeError(`Iterator result ${lib.describe(iterator)} is not an object`);
  return { __proto__: null, iterator, next: iterator.next };
}

/* 7.4.9 IteratorStepValue: the next value, or `keysDone`. */
const keysDone = { __proto__: null };
function stepValue(keys) {
  const result = $Call(keys.next, keys.iterator);
  if (!$IsObject(result)) throw new TypeError(`Iterator result ${lib.describe(result)} is not an object`);
  if (result.done) return keysDone;
  return result.value;
}

/* A new Set (OrdinaryObjectCreate(%Set.prototype%)) holding a copy of a set's elements. */
function copySet(set) {
  const copy = $CollectionCreate(SetPrototype, CLASS_SET, 1);
  const iterator = $CollectionIterator(set, KIND_KEYS, null);
  for (;;) {
    const e = $CollectionStep(iterator);
    if (e === iterator) return copy;
    $MapSet(copy, e, e);
  }
}

function callHas(record, e) {
  return !!$Call(record.has, record.set, e);
}

installOrdered(SetPrototype, {
  /* 24.2.4.1 */
  add(value) {
    requireClass(this, CLASS_SET, "Set.prototype.add");
    $MapSet(this, value, value);
    return this;
  },
  /* 24.2.4.2 */
  clear() {
    requireClass(this, CLASS_SET, "Set.prototype.clear");
    $MapClear(this);
    return undefined;
  },
  /* 24.2.4.4 */
  delete(value) {
    requireClass(this, CLASS_SET, "Set.prototype.delete");
    return $MapDelete(this, value);
  },
  /* 24.2.4.5 Set.prototype.difference ( other ) */
  difference(other) {
    requireClass(this, CLASS_SET, "Set.prototype.difference");
    const otherRec = GetSetRecord(other);
    const result = copySet(this);
    if ($MapSize(this) <= otherRec.size) {
      const iterator = $CollectionIterator(result, KIND_KEYS, null);
      for (;;) {
        const e = $CollectionStep(iterator);
        if (e === iterator) break;
        if (callHas(otherRec, e)) $MapDelete(result, e);
      }
    } else {
      const keys = keysIterator(otherRec);
      for (;;) {
        const next = stepValue(keys);
        if (next === keysDone) break;
        $MapDelete(result, next);
      }
    }
    return result;
  },
  /* 24.2.4.6 */
  entries() {
    requireClass(this, CLASS_SET, "Set.prototype.entries");
    return $CollectionIterator(this, KIND_ENTRIES, SetIteratorPrototype);
  },
  /* 24.2.4.7 Set.prototype.forEach ( callbackfn [ , thisArg ] ) */
  forEach(callbackfn, thisArg = undefined) {
    requireClass(this, CLASS_SET, "Set.prototype.forEach");
    requireCallable(callbackfn);
    const iterator = $CollectionIterator(this, KIND_KEYS, null);
    for (;;) {
      const e = $CollectionStep(iterator);
      if (e === iterator) return undefined;
      $Call(callbackfn, thisArg, e, e, this);
    }
  },
  /* 24.2.4.8 */
  has(value) {
    requireClass(this, CLASS_SET, "Set.prototype.has");
    return $MapHas(this, value);
  },
  /* 24.2.4.9 Set.prototype.intersection ( other ) */
  intersection(other) {
    requireClass(this, CLASS_SET, "Set.prototype.intersection");
    const otherRec = GetSetRecord(other);
    const result = $CollectionCreate(SetPrototype, CLASS_SET, 1);
    if ($MapSize(this) <= otherRec.size) {
      const iterator = $CollectionIterator(this, KIND_KEYS, null);
      for (;;) {
        const e = $CollectionStep(iterator);
        if (e === iterator) break;
        if (callHas(otherRec, e)) $MapSet(result, e, e);
      }
    } else {
      const keys = keysIterator(otherRec);
      for (;;) {
        const next = stepValue(keys);
        if (next === keysDone) break;
        if ($MapHas(this, next)) $MapSet(result, next, next);
      }
    }
    return result;
  },
  /* 24.2.4.10 Set.prototype.isDisjointFrom ( other ) */
  isDisjointFrom(other) {
    requireClass(this, CLASS_SET, "Set.prototype.isDisjointFrom");
    const otherRec = GetSetRecord(other);
    if ($MapSize(this) <= otherRec.size) {
      const iterator = $CollectionIterator(this, KIND_KEYS, null);
      for (;;) {
        const e = $CollectionStep(iterator);
        if (e === iterator) return true;
        if (callHas(otherRec, e)) return false;
      }
    }
    const keys = keysIterator(otherRec);
    for (;;) {
      const next = stepValue(keys);
      if (next === keysDone) return true;
      if ($MapHas(this, next)) {
        lib.IteratorClose(keys.iterator, false);
        return false;
      }
    }
  },
  /* 24.2.4.11 Set.prototype.isSubsetOf ( other ) */
  isSubsetOf(other) {
    requireClass(this, CLASS_SET, "Set.prototype.isSubsetOf");
    const otherRec = GetSetRecord(other);
    if ($MapSize(this) > otherRec.size) return false;
    const iterator = $CollectionIterator(this, KIND_KEYS, null);
    for (;;) {
      const e = $CollectionStep(iterator);
      if (e === iterator) return true;
      if (!callHas(otherRec, e)) return false;
    }
  },
  /* 24.2.4.12 Set.prototype.isSupersetOf ( other ) */
  isSupersetOf(other) {
    requireClass(this, CLASS_SET, "Set.prototype.isSupersetOf");
    const otherRec = GetSetRecord(other);
    if ($MapSize(this) < otherRec.size) return false;
    const keys = keysIterator(otherRec);
    for (;;) {
      const next = stepValue(keys);
      if (next === keysDone) return true;
      if (!$MapHas(this, next)) {
        lib.IteratorClose(keys.iterator, false);
        return false;
      }
    }
  },
  /* 24.2.4.14 get Set.prototype.size */
  get size() {
    requireClass(this, CLASS_SET, "get Set.prototype.size");
    return $MapSize(this);
  },
  /* 24.2.4.15 Set.prototype.symmetricDifference ( other ) */
  symmetricDifference(other) {
    requireClass(this, CLASS_SET, "Set.prototype.symmetricDifference");
    const otherRec = GetSetRecord(other);
    const keys = keysIterator(otherRec);
    const result = copySet(this);
    for (;;) {
      const next = stepValue(keys);
      if (next === keysDone) return result;
      const alreadyInResult = $MapHas(result, next);
      if ($MapHas(this, next)) {
        if (alreadyInResult) $MapDelete(result, next);
      } else if (!alreadyInResult) {
        $MapSet(result, next, next);
      }
    }
  },
  /* 24.2.4.16 Set.prototype.union ( other ) */
  union(other) {
    requireClass(this, CLASS_SET, "Set.prototype.union");
    const otherRec = GetSetRecord(other);
    const keys = keysIterator(otherRec);
    const result = copySet(this);
    for (;;) {
      const next = stepValue(keys);
      if (next === keysDone) return result;
      $MapSet(result, next, next);
    }
  },
  /* 24.2.4.17 */
  values() {
    requireClass(this, CLASS_SET, "Set.prototype.values");
    return $CollectionIterator(this, KIND_VALUES, SetIteratorPrototype);
  },
}, ["has", "add", "delete", "clear", "entries", "forEach", "size", "values"]);
const setAdd = SetPrototype.add;
/* 24.2.4.13 Set.prototype.keys and 24.2.4.18 Set.prototype [ @@iterator ] are values. */
$DefineProperty(SetPrototype, "keys", SetPrototype.values, lib.WRITABLE | CONFIGURABLE);
$DefineProperty(SetPrototype, symToStringTag, "Set", CONFIGURABLE);
$DefineProperty(SetPrototype, symIterator, SetPrototype.values, lib.WRITABLE | CONFIGURABLE);

const SetIteratorPrototype = iteratorPrototype(CLASS_SET_ITERATOR, "Set Iterator");

/* --- WeakMap (24.3) and WeakSet (24.4) ----------------------------------------------------- */

/* 24.3.1.1 WeakMap ( [ iterable ] ) */
function WeakMap(iterable = undefined) {
  return constructCollection(new.target, "WeakMap", CLASS_WEAK_MAP, WeakMapPrototype, iterable, "set", undefined, true);
}
const WeakMapPrototype = {};
lib.linkConstructor(WeakMap, WeakMapPrototype);
lib.defineGlobal("WeakMap", WeakMap);

installOrdered(WeakMapPrototype, {
  /* 24.3.3.2 */
  delete(key) {
    requireClass(this, CLASS_WEAK_MAP, "WeakMap.prototype.delete");
    if (!CanBeHeldWeakly(key)) return false;
    return $MapDelete(this, key);
  },
  /* 24.3.3.3 */
  get(key) {
    requireClass(this, CLASS_WEAK_MAP, "WeakMap.prototype.get");
    if (!CanBeHeldWeakly(key)) return undefined;
    return $MapGet(this, key);
  },
  /* 24.3.3.4 */
  has(key) {
    requireClass(this, CLASS_WEAK_MAP, "WeakMap.prototype.has");
    if (!CanBeHeldWeakly(key)) return false;
    return $MapHas(this, key);
  },
  /* 24.3.3.5 */
  set(key, value) {
    requireClass(this, CLASS_WEAK_MAP, "WeakMap.prototype.set");
    if (!CanBeHeldWeakly(key)) throw new TypeError("Invalid value used as weak map key");
    $MapSet(this, key, value);
    return this;
  },
  /* WeakMap.prototype.getOrInsert ( key, value ) (proposal-upsert) */
  getOrInsert(key, value) {
    requireClass(this, CLASS_WEAK_MAP, "WeakMap.prototype.getOrInsert");
    if (!CanBeHeldWeakly(key)) throw new TypeError("Invalid value used as weak map key");
    if ($MapHas(this, key)) return $MapGet(this, key);
    $MapSet(this, key, value);
    return value;
  },
  /* WeakMap.prototype.getOrInsertComputed ( key, callbackfn ) (proposal-upsert) */
  getOrInsertComputed(key, callbackfn) {
    requireClass(this, CLASS_WEAK_MAP, "WeakMap.prototype.getOrInsertComputed");
    requireCallable(callbackfn);
    if (!CanBeHeldWeakly(key)) throw new TypeError("Invalid value used as weak map key");
    if ($MapHas(this, key)) return $MapGet(this, key);
    const value = $Call(callbackfn, undefined, key);
    $MapSet(this, key, value);
    return value;
  },
}, ["delete", "get", "set", "has"]);
$DefineProperty(WeakMapPrototype, symToStringTag, "WeakMap", CONFIGURABLE);

/* 24.4.1.1 WeakSet ( [ iterable ] ) */
function WeakSet(iterable = undefined) {
  return constructCollection(new.target, "WeakSet", CLASS_WEAK_SET, WeakSetPrototype, iterable, "add", undefined, false);
}
const WeakSetPrototype = {};
lib.linkConstructor(WeakSet, WeakSetPrototype);
lib.defineGlobal("WeakSet", WeakSet);

installOrdered(WeakSetPrototype, {
  /* 24.4.3.1 */
  add(value) {
    requireClass(this, CLASS_WEAK_SET, "WeakSet.prototype.add");
    if (!CanBeHeldWeakly(value)) throw new TypeError("Invalid value used in weak set");
    $MapSet(this, value, true);
    return this;
  },
  /* 24.4.3.3 */
  delete(value) {
    requireClass(this, CLASS_WEAK_SET, "WeakSet.prototype.delete");
    if (!CanBeHeldWeakly(value)) return false;
    return $MapDelete(this, value);
  },
  /* 24.4.3.4 */
  has(value) {
    requireClass(this, CLASS_WEAK_SET, "WeakSet.prototype.has");
    if (!CanBeHeldWeakly(value)) return false;
    return $MapHas(this, value);
  },
}, ["delete", "has", "add"]);
$DefineProperty(WeakSetPrototype, symToStringTag, "WeakSet", CONFIGURABLE);
