"use strict";
/* Reflect (ECMA-262 §28.1): each function checks its target, converts its key, and calls one
 * object internal method. Those calls all go through `internal` below — today the ordinary
 * methods (10.1) over the object intrinsics, tomorrow the place where a Proxy's traps are
 * dispatched — so Reflect itself never reaches an object some other way. TypeErrors use V8's
 * wording. */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const ToPropertyKey = lib.ToPropertyKey, describe = lib.describe;
const getOwnDescriptor = lib.getOwnDescriptor;

/* --- the object internal methods ------------------------------------------------------------ */

const internal = {
  __proto__: null,
  /* [[GetPrototypeOf]] */
  GetPrototypeOf(O) {
    return $GetPrototypeOf(O);
  },
  /* [[SetPrototypeOf]] (10.1.2.1): false when not extensible or it would make a cycle. */
  SetPrototypeOf(O, V) {
    return $SetPrototypeOf(O, V);
  },
  /* [[IsExtensible]] */
  IsExtensible(O) {
    return $IsExtensible(O);
  },
  /* [[PreventExtensions]] */
  PreventExtensions(O) {
    return $PreventExtensions(O);
  },
  /* [[GetOwnProperty]]: a full descriptor record or undefined. */
  GetOwnProperty(O, P) {
    return getOwnDescriptor(O, P);
  },
  /* [[DefineOwnProperty]] (10.1.6.1 OrdinaryDefineOwnProperty). */
  DefineOwnProperty(O, P, Desc) {
    return lib.DefineOwnProperty(O, P, Desc);
  },
  /* [[HasProperty]] */
  HasProperty(O, P) {
    return P in O;
  },
  /* [[Get]] (10.1.8.1 OrdinaryGet): getters run with Receiver as this. */
  Get(O, P, Receiver) {
    if (Receiver === O) return O[P];
    for (let o = O; o !== null; o = internal.GetPrototypeOf(o)) {
      const record = $GetOwnProperty(o, P);
      if (record === undefined) continue;
      if (record.length === 2) return record[0];
      const getter = record[0];
      return getter === undefined ? undefined : $Call(getter, Receiver);
    }
    return undefined;
  },
  /* [[Set]] (10.1.9.1 OrdinarySet, 10.1.9.2 OrdinarySetWithOwnDescriptor). */
  Set(O, P, V, Receiver) {
    if ($ClassOf(O) === lib.CLASS_MODULE_NAMESPACE) return false; /* 10.4.6.9 */
    // Step 1 of OrdinarySetWithOwnDescriptor: look up the prototype chain.
    let ownDesc = internal.GetOwnProperty(O, P);
    let o = O;
    while (ownDesc === undefined) {
      const parent = internal.GetPrototypeOf(o);
      if (parent === null) {
        ownDesc = { __proto__: null, value: undefined, writable: true, enumerable: true, configurable: true };
        break;
      }
      o = parent;
      ownDesc = internal.GetOwnProperty(o, P);
    }
    // Step 2: a data property.
    if (!("get" in ownDesc)) {
      if (!ownDesc.writable) return false;
      if (!$IsObject(Receiver)) return false;
      const existingDescriptor = internal.GetOwnProperty(Receiver, P);
      if (existingDescriptor !== undefined) {
        if ("get" in existingDescriptor) return false;
        if (!existingDescriptor.writable) return false;
        return internal.DefineOwnProperty(Receiver, P, { __proto__: null, value: V });
      }
      return internal.DefineOwnProperty(Receiver, P,
        { __proto__: null, value: V, writable: true, enumerable: true, configurable: true });
    }
    // Steps 3-7: an accessor.
    const setter = ownDesc.set;
    if (setter === undefined) return false;
    $Call(setter, Receiver, V);
    return true;
  },
  /* [[Delete]] */
  Delete(O, P) {
    return $DeleteProperty(O, P);
  },
  /* [[OwnPropertyKeys]]: a new array. */
  OwnPropertyKeys(O) {
    return $OwnKeys(O);
  },
};

/* --- V8's messages -------------------------------------------------------------------------- */

function requireObject(target, method) {
  if (!$IsObject(target)) throw new TypeError(`Reflect.${method} called on non-object`);
}

/* A value as V8 prints it in "… is not a constructor": strings bare, functions as source. */
function valueText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "function") return $FunctionSourceText(value);
  return describe(value);
}

/* V8's "which is a number" phrase (it says "a undefined"). */
function typePhrase(value) {
  if (value === null) return "null";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

/* --- Reflect -------------------------------------------------------------------------------- */

const Reflect = {};
/* In V8's property order. */
lib.installMethods(Reflect, {
  /* 28.1.3 Reflect.defineProperty ( target, propertyKey, attributes ) */
  defineProperty(target, propertyKey, attributes) {
    requireObject(target, "defineProperty");
    const key = ToPropertyKey(propertyKey);
    const desc = lib.ToPropertyDescriptor(attributes);
    return internal.DefineOwnProperty(target, key, desc);
  },
  /* 28.1.4 Reflect.deleteProperty ( target, propertyKey ) */
  deleteProperty(target, propertyKey) {
    requireObject(target, "deleteProperty");
    const key = ToPropertyKey(propertyKey);
    return internal.Delete(target, key);
  },
  /* 28.1.1 Reflect.apply ( target, thisArgument, argumentsList ) */
  apply(target, thisArgument, argumentsList) {
    if (!$IsCallable(target)) {
      throw new TypeError(`Function.prototype.apply was called on ${valueText(target)}, which is ${typePhrase(target)} and not a function`);
    }
    const args = lib.CreateListFromArrayLike(argumentsList);
    return $CallSpread(target, thisArgument, args);
  },
  /* 28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] ) */
  construct(target, argumentsList) {
    if (!$IsConstructor(target)) throw new TypeError(`${valueText(target)} is not a constructor`);
    const newTarget = arguments.length < 3 ? target : arguments[2];
    if (!$IsConstructor(newTarget)) throw new TypeError(`${valueText(newTarget)} is not a constructor`);
    const args = lib.CreateListFromArrayLike(argumentsList);
    return $Construct(target, args, newTarget);
  },
  /* 28.1.5 Reflect.get ( target, propertyKey [ , receiver ] ) */
  get(target, propertyKey) {
    requireObject(target, "get");
    const key = ToPropertyKey(propertyKey);
    const receiver = arguments.length < 3 ? target : arguments[2];
    return internal.Get(target, key, receiver);
  },
  /* 28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey ) */
  getOwnPropertyDescriptor(target, propertyKey) {
    requireObject(target, "getOwnPropertyDescriptor");
    const key = ToPropertyKey(propertyKey);
    return lib.FromPropertyDescriptor(internal.GetOwnProperty(target, key));
  },
  /* 28.1.7 Reflect.getPrototypeOf ( target ) */
  getPrototypeOf(target) {
    requireObject(target, "getPrototypeOf");
    return internal.GetPrototypeOf(target);
  },
  /* 28.1.8 Reflect.has ( target, propertyKey ) */
  has(target, propertyKey) {
    requireObject(target, "has");
    const key = ToPropertyKey(propertyKey);
    return internal.HasProperty(target, key);
  },
  /* 28.1.9 Reflect.isExtensible ( target ) */
  isExtensible(target) {
    requireObject(target, "isExtensible");
    return internal.IsExtensible(target);
  },
  /* 28.1.10 Reflect.ownKeys ( target ) */
  ownKeys(target) {
    requireObject(target, "ownKeys");
    return internal.OwnPropertyKeys(target);
  },
  /* 28.1.11 Reflect.preventExtensions ( target ) */
  preventExtensions(target) {
    requireObject(target, "preventExtensions");
    return internal.PreventExtensions(target);
  },
  /* 28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] ) */
  set(target, propertyKey, V) {
    requireObject(target, "set");
    const key = ToPropertyKey(propertyKey);
    const receiver = arguments.length < 4 ? target : arguments[3];
    return internal.Set(target, key, V, receiver);
  },
  /* 28.1.13 Reflect.setPrototypeOf ( target, proto ) */
  setPrototypeOf(target, proto) {
    requireObject(target, "setPrototypeOf");
    if (!$IsObject(proto) && proto !== null) {
      throw new TypeError(`Object prototype may only be an Object or null: ${valueText(proto)}`);
    }
    return internal.SetPrototypeOf(target, proto);
  },
});
/* 28.1.14 Reflect [ @@toStringTag ] */
$DefineProperty(Reflect, $WellKnownSymbol("toStringTag"), "Reflect", lib.CONFIGURABLE);
lib.defineGlobal("Reflect", Reflect);
