"use strict";
/* Object: the constructor, Object.prototype's methods and the statics (ECMA-262 §20.1),
 * property descriptors in JS over $GetOwnProperty/$DefineProperty (6.2.6, 10.1.6.3), and the
 * ForInKeys entry (14.7.5.9 EnumerateObjectProperties in V8's order). */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const ToObject = lib.ToObject, ToPropertyKey = lib.ToPropertyKey, SameValue = lib.SameValue;
const attrsOf = lib.attrsOf;
const WRITABLE = lib.WRITABLE, ENUMERABLE = lib.ENUMERABLE, CONFIGURABLE = lib.CONFIGURABLE;
const ACCESSOR = lib.ACCESSOR;
const ObjectPrototype = lib.ObjectPrototype;
const symToStringTag = $WellKnownSymbol("toStringTag");

/* --- property descriptors ----------------------------------------------------------------- */
/* A descriptor is a null-prototype record holding only the fields present. */

/* 6.2.6.5 ToPropertyDescriptor */
function ToPropertyDescriptor(Obj) {
  if (!$IsObject(Obj)) throw new TypeError(`Property description must be an object: ${lib.describe(Obj)}`);
  const desc = { __proto__: null };
  if ("enumerable" in Obj) desc.enumerable = !!Obj.enumerable;
  if ("configurable" in Obj) desc.configurable = !!Obj.configurable;
  if ("value" in Obj) desc.value = Obj.value;
  if ("writable" in Obj) desc.writable = !!Obj.writable;
  if ("get" in Obj) {
    const getter = Obj.get;
    if (getter !== undefined && !$IsCallable(getter)) {
      throw new TypeError(`Getter must be a function: ${lib.describe(getter)}`);
    }
    desc.get = getter;
  }
  if ("set" in Obj) {
    const setter = Obj.set;
    if (setter !== undefined && !$IsCallable(setter)) {
      throw new TypeError(`Setter must be a function: ${lib.describe(setter)}`);
    }
    desc.set = setter;
  }
  if (("get" in desc || "set" in desc) && ("value" in desc || "writable" in desc)) {
    throw new TypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
  }
  return desc;
}

/* 6.2.6.1-2 IsAccessorDescriptor / IsDataDescriptor */
function isAccessorDescriptor(desc) {
  return "get" in desc || "set" in desc;
}
function isDataDescriptor(desc) {
  return "value" in desc || "writable" in desc;
}

/* The current own property as a full descriptor record, or undefined. */
function getOwnDescriptor(O, P) {
  const record = $GetOwnProperty(O, P);
  if (record === undefined) return undefined;
  const attrs = attrsOf(record);
  const desc = { __proto__: null };
  if (attrs & ACCESSOR) {
    desc.get = record[0];
    desc.set = record[1];
  } else {
    desc.value = record[0];
    desc.writable = (attrs & WRITABLE) !== 0;
  }
  desc.enumerable = (attrs & ENUMERABLE) !== 0;
  desc.configurable = (attrs & CONFIGURABLE) !== 0;
  return desc;
}

/* 6.2.6.4 FromPropertyDescriptor */
function FromPropertyDescriptor(desc) {
  if (desc === undefined) return undefined;
  const obj = {};
  if ("value" in desc) obj.value = desc.value;
  if ("writable" in desc) obj.writable = desc.writable;
  if ("get" in desc) obj.get = desc.get;
  if ("set" in desc) obj.set = desc.set;
  if ("enumerable" in desc) obj.enumerable = desc.enumerable;
  if ("configurable" in desc) obj.configurable = desc.configurable;
  return obj;
}

/* 10.1.6.3 ValidateAndApplyPropertyDescriptor */
function ValidateAndApplyPropertyDescriptor(O, P, extensible, Desc, current) {
  // Step 2: a new property.
  if (current === undefined) {
    if (!extensible) return false;
    let attrs = (Desc.enumerable ? ENUMERABLE : 0) | (Desc.configurable ? CONFIGURABLE : 0);
    if (isAccessorDescriptor(Desc)) {
      return $DefineProperty(O, P, [Desc.get, Desc.set], attrs | ACCESSOR);
    }
    if (Desc.writable) attrs |= WRITABLE;
    return $DefineProperty(O, P, Desc.value, attrs);
  }
  // Step 4: a non-configurable property allows only compatible changes.
  if (!current.configurable) {
    if (Desc.configurable === true) return false;
    if ("enumerable" in Desc && Desc.enumerable !== current.enumerable) return false;
    const generic = !isAccessorDescriptor(Desc) && !isDataDescriptor(Desc);
    if (!generic && isAccessorDescriptor(Desc) !== isAccessorDescriptor(current)) return false;
    if (isAccessorDescriptor(current)) {
      if ("get" in Desc && !SameValue(Desc.get, current.get)) return false;
      if ("set" in Desc && !SameValue(Desc.set, current.set)) return false;
    } else if (!current.writable) {
      if (Desc.writable === true) return false;
      if ("value" in Desc && !SameValue(Desc.value, current.value)) return false;
    }
  }
  // Step 5: apply the merged descriptor.
  const enumerable = "enumerable" in Desc ? Desc.enumerable : current.enumerable;
  const configurable = "configurable" in Desc ? Desc.configurable : current.configurable;
  let attrs = (enumerable ? ENUMERABLE : 0) | (configurable ? CONFIGURABLE : 0);
  if (isAccessorDescriptor(Desc) || (!isDataDescriptor(Desc) && isAccessorDescriptor(current))) {
    const wasAccessor = isAccessorDescriptor(current);
    const getter = "get" in Desc ? Desc.get : wasAccessor ? current.get : undefined;
    const setter = "set" in Desc ? Desc.set : wasAccessor ? current.set : undefined;
    return $DefineProperty(O, P, [getter, setter], attrs | ACCESSOR);
  }
  const wasData = isDataDescriptor(current);
  const value = "value" in Desc ? Desc.value : wasData ? current.value : undefined;
  const writable = "writable" in Desc ? Desc.writable : wasData ? current.writable : false;
  if (writable) attrs |= WRITABLE;
  return $DefineProperty(O, P, value, attrs);
}

lib.ToPropertyDescriptor = ToPropertyDescriptor;
lib.FromPropertyDescriptor = FromPropertyDescriptor;
lib.getOwnDescriptor = getOwnDescriptor;

/* 10.1.6.1 OrdinaryDefineOwnProperty */
function DefineOwnProperty(O, P, Desc) {
  return ValidateAndApplyPropertyDescriptor(O, P, $IsExtensible(O), Desc, getOwnDescriptor(O, P));
}
lib.DefineOwnProperty = DefineOwnProperty;

/* 7.3.8 DefinePropertyOrThrow, with V8's message. */
function DefinePropertyOrThrow(O, P, Desc) {
  if (!DefineOwnProperty(O, P, Desc)) {
    const name = typeof P === "symbol" ? lib.describe(P) : P;
    if (!$HasOwnProperty(O, P) && !$IsExtensible(O)) {
      throw new TypeError(`Cannot define property ${name}, object is not extensible`);
    }
    throw new TypeError(`Cannot redefine property: ${name}`);
  }
}
lib.DefinePropertyOrThrow = DefinePropertyOrThrow;

/* 20.1.2.3.1 ObjectDefineProperties */
function ObjectDefineProperties(O, Properties) {
  const props = ToObject(Properties);
  const keys = $OwnKeys(props);
  const descriptors = [];
  for (let i = 0; i < keys.length; i++) {
    const record = $GetOwnProperty(props, keys[i]);
    if (record !== undefined && (attrsOf(record) & ENUMERABLE)) {
      $ArrayPush(descriptors, [keys[i], ToPropertyDescriptor(props[keys[i]])]);
    }
  }
  for (let i = 0; i < descriptors.length; i++) {
    DefinePropertyOrThrow(O, descriptors[i][0], descriptors[i][1]);
  }
  return O;
}

/* 7.3.15 SetIntegrityLevel: "sealed" or "frozen". */
function SetIntegrityLevel(O, level) {
  if (!$PreventExtensions(O)) return false;
  const keys = $OwnKeys(O);
  for (let i = 0; i < keys.length; i++) {
    const record = $GetOwnProperty(O, keys[i]);
    if (record === undefined) continue;
    const attrs = attrsOf(record);
    if (attrs & ACCESSOR) {
      $DefineProperty(O, keys[i], [record[0], record[1]], attrs & ~CONFIGURABLE);
    } else {
      const clear = level === "frozen" ? CONFIGURABLE | WRITABLE : CONFIGURABLE;
      $DefineProperty(O, keys[i], record[0], attrs & ~clear);
    }
  }
  return true;
}

/* 7.3.16 TestIntegrityLevel */
function TestIntegrityLevel(O, level) {
  if ($IsExtensible(O)) return false;
  const keys = $OwnKeys(O);
  for (let i = 0; i < keys.length; i++) {
    const record = $GetOwnProperty(O, keys[i]);
    if (record === undefined) continue;
    const attrs = attrsOf(record);
    if (attrs & CONFIGURABLE) return false;
    if (level === "frozen" && !(attrs & ACCESSOR) && (attrs & WRITABLE)) return false;
  }
  return true;
}

/* 7.3.23 EnumerableOwnProperties: "key", "value" or "key+value". */
function EnumerableOwnProperties(O, kind) {
  const keys = $OwnKeys(O);
  const properties = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key !== "string") continue;
    const record = $GetOwnProperty(O, key);
    if (record === undefined || !(attrsOf(record) & ENUMERABLE)) continue;
    if (kind === "key") {
      $ArrayPush(properties, key);
    } else {
      const value = O[key];
      $ArrayPush(properties, kind === "value" ? value : [key, value]);
    }
  }
  return properties;
}

/* Own keys of one type ("string" or "symbol"), 20.1.2.11.1 GetOwnPropertyKeys. */
function GetOwnPropertyKeys(O, type) {
  const keys = $OwnKeys(ToObject(O));
  const list = [];
  for (let i = 0; i < keys.length; i++) {
    if (typeof keys[i] === type) $ArrayPush(list, keys[i]);
  }
  return list;
}

/* The check shared by Object.create, Object.setPrototypeOf and __proto__. */
function checkPrototypeArgument(proto) {
  if (!$IsObject(proto) && proto !== null) {
    throw new TypeError(`Object prototype may only be an Object or null: ${lib.describe(proto)}`);
  }
}

/* Sets a prototype or throws V8's message. */
function setPrototypeOrThrow(O, proto) {
  if (!$SetPrototypeOf(O, proto)) {
    if (!$IsExtensible(O)) throw new TypeError(`${lib.describe(O)} is not extensible`);
    throw new TypeError("Cyclic __proto__ value");
  }
}

/* --- the constructor ---------------------------------------------------------------------- */

/* 20.1.1.1 Object ( [ value ] ) */
function Object(value) {
  // Step 1: a subclass constructing through super() gets the object [[Construct]] made.
  if (new.target !== undefined && new.target !== Object) return this;
  if (value === undefined || value === null) return {};
  return $ToObject(value);
}
lib.linkConstructor(Object, ObjectPrototype);
lib.defineGlobal("Object", Object);
lib.Object = Object;

lib.installMethods(Object, {
  /* 20.1.2.1 */
  assign(target, ...sources) {
    const to = ToObject(target);
    for (let s = 0; s < sources.length; s++) {
      const nextSource = sources[s];
      if (nextSource === undefined || nextSource === null) continue;
      const from = $ToObject(nextSource);
      const keys = $OwnKeys(from);
      for (let i = 0; i < keys.length; i++) {
        const record = $GetOwnProperty(from, keys[i]);
        if (record !== undefined && (attrsOf(record) & ENUMERABLE)) to[keys[i]] = from[keys[i]];
      }
    }
    return to;
  },
  /* 20.1.2.2 */
  create(O, Properties) {
    checkPrototypeArgument(O);
    const obj = {};
    $SetPrototypeOf(obj, O);
    if (Properties !== undefined) ObjectDefineProperties(obj, Properties);
    return obj;
  },
  /* 20.1.2.3 */
  defineProperties(O, Properties) {
    if (!$IsObject(O)) throw new TypeError("Object.defineProperties called on non-object");
    return ObjectDefineProperties(O, Properties);
  },
  /* 20.1.2.4 */
  defineProperty(O, P, Attributes) {
    if (!$IsObject(O)) throw new TypeError("Object.defineProperty called on non-object");
    const key = ToPropertyKey(P);
    const desc = ToPropertyDescriptor(Attributes);
    DefinePropertyOrThrow(O, key, desc);
    return O;
  },
  /* 20.1.2.5 */
  entries(O) {
    return EnumerableOwnProperties(ToObject(O), "key+value");
  },
  /* 20.1.2.6 */
  freeze(O) {
    if (!$IsObject(O)) return O;
    if (!SetIntegrityLevel(O, "frozen")) throw new TypeError("Cannot freeze");
    return O;
  },
  /* 20.1.2.7 */
  fromEntries(iterable) {
    lib.RequireObjectCoercible(iterable, "Object.fromEntries");
    const obj = {};
    const iterator = lib.GetIterator(iterable);
    const next = iterator.next;
    for (;;) {
      const result = $Call(next, iterator);
      if (!$IsObject(result)) throw new TypeError(`Iterator result ${lib.describe(result)} is not an object`);
      if (result.done) return obj;
      const entry = result.value;
      try {
        if (!$IsObject(entry)) throw new TypeError(`Iterator value ${lib.describe(entry)} is not an entry object`);
        const key = ToPropertyKey(entry[0]);
        lib.CreateDataPropertyOrThrow(obj, key, entry[1]);
      } catch (e) {
        lib.IteratorClose(iterator, true);
        throw e;
      }
    }
  },
  /* 20.1.2.8 */
  getOwnPropertyDescriptor(O, P) {
    const obj = ToObject(O);
    const key = ToPropertyKey(P);
    return FromPropertyDescriptor(getOwnDescriptor(obj, key));
  },
  /* 20.1.2.9 */
  getOwnPropertyDescriptors(O) {
    const obj = ToObject(O);
    const keys = $OwnKeys(obj);
    const descriptors = {};
    for (let i = 0; i < keys.length; i++) {
      const desc = FromPropertyDescriptor(getOwnDescriptor(obj, keys[i]));
      if (desc !== undefined) $CreateDataProperty(descriptors, keys[i], desc);
    }
    return descriptors;
  },
  /* 20.1.2.10 */
  getOwnPropertyNames(O) {
    return GetOwnPropertyKeys(O, "string");
  },
  /* 20.1.2.11 */
  getOwnPropertySymbols(O) {
    return GetOwnPropertyKeys(O, "symbol");
  },
  /* 20.1.2.12 */
  getPrototypeOf(O) {
    return $GetPrototypeOf(ToObject(O));
  },
  /* 20.1.2.13 */
  hasOwn(O, P) {
    const obj = ToObject(O);
    return $HasOwnProperty(obj, ToPropertyKey(P));
  },
  /* 20.1.2.14 */
  is(value1, value2) {
    return $ObjectIs(value1, value2);
  },
  /* 20.1.2.15 */
  isExtensible(O) {
    return $IsObject(O) ? $IsExtensible(O) : false;
  },
  /* 20.1.2.16 */
  isFrozen(O) {
    return $IsObject(O) ? TestIntegrityLevel(O, "frozen") : true;
  },
  /* 20.1.2.17 */
  isSealed(O) {
    return $IsObject(O) ? TestIntegrityLevel(O, "sealed") : true;
  },
  /* 20.1.2.18 */
  keys(O) {
    return EnumerableOwnProperties(ToObject(O), "key");
  },
  /* 20.1.2.19 */
  preventExtensions(O) {
    if (!$IsObject(O)) return O;
    if (!$PreventExtensions(O)) throw new TypeError("Cannot prevent extensions");
    return O;
  },
  /* 20.1.2.21 */
  seal(O) {
    if (!$IsObject(O)) return O;
    if (!SetIntegrityLevel(O, "sealed")) throw new TypeError("Cannot seal");
    return O;
  },
  /* 20.1.2.22 */
  setPrototypeOf(O, proto) {
    lib.RequireObjectCoercible(O, "Object.setPrototypeOf");
    checkPrototypeArgument(proto);
    if (!$IsObject(O)) return O;
    setPrototypeOrThrow(O, proto);
    return O;
  },
  /* 20.1.2.23 */
  values(O) {
    return EnumerableOwnProperties(ToObject(O), "value");
  },
});

/* --- Object.prototype --------------------------------------------------------------------- */

/* The builtinTag of 20.1.3.6 step 15 for classes the VM knows. */
const builtinTags = { __proto__: null, Arguments: true, Function: true, Error: true, Boolean: true,
  Number: true, String: true, Date: true, RegExp: true };

lib.installMethods(ObjectPrototype, {
  /* 20.1.3.2 */
  hasOwnProperty(V) {
    const P = ToPropertyKey(V);
    return $HasOwnProperty(ToObject(this), P);
  },
  /* 20.1.3.3 */
  isPrototypeOf(V) {
    if (!$IsObject(V)) return false;
    const O = ToObject(this);
    for (;;) {
      V = $GetPrototypeOf(V);
      if (V === null) return false;
      if (V === O) return true;
    }
  },
  /* 20.1.3.4 */
  propertyIsEnumerable(V) {
    const P = ToPropertyKey(V);
    const record = $GetOwnProperty(ToObject(this), P);
    return record !== undefined && (attrsOf(record) & ENUMERABLE) !== 0;
  },
  /* 20.1.3.5 */
  toLocaleString() {
    return $Call(this.toString, this);
  },
  /* 20.1.3.6 */
  toString() {
    if (this === undefined) return "[object Undefined]";
    if (this === null) return "[object Null]";
    const O = $ToObject(this);
    let builtinTag;
    if ($IsArray(O)) {
      builtinTag = "Array";
    } else {
      const cls = $ObjectClass(O);
      builtinTag = builtinTags[cls] === true ? cls : $IsCallable(O) ? "Function" : "Object";
    }
    const tag = O[symToStringTag];
    return `[object ${typeof tag === "string" ? tag : builtinTag}]`;
  },
  /* 20.1.3.7 */
  valueOf() {
    return ToObject(this);
  },
  /* B.2.2.1 Object.prototype.__proto__ */
  get __proto__() {
    return $GetPrototypeOf(ToObject(this));
  },
  set __proto__(proto) {
    lib.RequireObjectCoercible(this, "Object.prototype.__proto__");
    if (!$IsObject(proto) && proto !== null) return undefined;
    if (!$IsObject(this)) return undefined;
    setPrototypeOrThrow(this, proto);
    return undefined;
  },
});
$SetRoot("OBJECT_PROTOTYPE", ObjectPrototype);
lib.objectToString = $GetOwnProperty(ObjectPrototype, "toString")[0];

/* --- for-in ------------------------------------------------------------------------------- */

/* 14.7.5.9 EnumerateObjectProperties: the enumerable string keys of the object and its
 * prototypes, each once, a key shadowed by a nearer (even non-enumerable) one left out. */
function ForInKeys(object) {
  if (object === undefined || object === null) return [];
  let O = $ToObject(object);
  const keys = [];
  const visited = { __proto__: null };
  while (O !== null) {
    const own = $OwnKeys(O);
    for (let i = 0; i < own.length; i++) {
      const key = own[i];
      if (typeof key !== "string" || $HasOwnProperty(visited, key)) continue;
      $CreateDataProperty(visited, key, true);
      const record = $GetOwnProperty(O, key);
      if (record !== undefined && (attrsOf(record) & ENUMERABLE)) $ArrayPush(keys, key);
    }
    O = $GetPrototypeOf(O);
  }
  return keys;
}
$SetEntry("ForInKeys", ForInKeys);

/* 7.3.25 CopyDataProperties(target, source, excludedItems...): object spread and rest.
 * Getters run, so only plain data sources take the intrinsic's shortcut. */
function CopyDataProperties(target, source) {
  if (source === undefined || source === null) return target;
  if (arguments.length === 2 && $CopyDataProperties(target, source) !== undefined) return target;
  const from = $ToObject(source);
  const keys = $OwnKeys(from);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let excluded = false;
    for (let j = 2; j < arguments.length; j++) {
      if (arguments[j] === key) excluded = true;
    }
    if (excluded) continue;
    const record = $GetOwnProperty(from, key);
    if (record !== undefined && (attrsOf(record) & ENUMERABLE)) $CreateDataProperty(target, key, from[key]);
  }
  return target;
}
$SetEntry("CopyDataProperties", CopyDataProperties);
