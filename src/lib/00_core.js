"use strict";
/* Core of the self-hosted library: the shared internal namespace, property-install helpers,
 * the abstract conversions of ECMA-262 §7.1 and the operator entries the interpreter calls
 * when an operand is an object (ToPrimitive, Add, Binary, Unary, Compare, LooseEqual,
 * ToPropertyKey, ToString).
 *
 * Files run in name order, each as a function of `global`; their top-level bindings are
 * private. Helpers shared between files live on `lib`, a null-prototype object handed over
 * through the temporary global property "%lib" (99_finish.js deletes it before user code
 * runs). Later files capture what they need from `lib` at their start. Errors are thrown
 * with `lib.TypeError` etc., filled in by 05_error.js before any of this code can run. */

const lib = { __proto__: null };
$DefineProperty(global, "%lib", lib, 5);

/* Property attribute bits ($GetOwnProperty / $DefineProperty, src/objects/shape.h). */
const WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4, ACCESSOR = 8;
lib.WRITABLE = WRITABLE;
lib.ENUMERABLE = ENUMERABLE;
lib.CONFIGURABLE = CONFIGURABLE;
lib.ACCESSOR = ACCESSOR;
/* ObjClass numbers ($ClassOf, src/interp/vm.h). */
lib.CLASS_ARRAY = 1;
lib.CLASS_FUNCTION = 2;
lib.CLASS_NATIVE_FUNCTION = 3;
lib.CLASS_BOUND_FUNCTION = 4;
lib.CLASS_ERROR = 5;
lib.CLASS_BOOLEAN = 6;
lib.CLASS_NUMBER = 7;
lib.CLASS_STRING = 8;
lib.CLASS_SYMBOL = 9;
lib.CLASS_BIGINT = 10;
lib.CLASS_ARGUMENTS = 11;
lib.CLASS_REGEXP = 13;
lib.CLASS_DATE = 14;
lib.CLASS_GENERATOR = 21;
lib.CLASS_MODULE_NAMESPACE = 22;

lib.ObjectPrototype = $GetPrototypeOf({});
lib.FunctionPrototype = $GetPrototypeOf(function () {});
lib.ArrayPrototype = $GetPrototypeOf([]);

const symToPrimitive = $WellKnownSymbol("toPrimitive");

/* The attributes of a $GetOwnProperty record ([value, attrs] or [get, set, attrs|8]). */
function attrsOf(record) {
  return record.length === 3 ? record[2] : record[1];
}
lib.attrsOf = attrsOf;

/* Copies the own properties of `source` (an object literal of methods and accessors) onto
 * `target` the way built-ins are installed: non-enumerable, writable and configurable. */
function installMethods(target, source) {
  const keys = $OwnKeys(source);
  for (let i = 0; i < keys.length; i++) {
    const record = $GetOwnProperty(source, keys[i]);
    if (record.length === 3) {
      $DefineProperty(target, keys[i], [record[0], record[1]], CONFIGURABLE | ACCESSOR);
    } else {
      $DefineProperty(target, keys[i], record[0], WRITABLE | CONFIGURABLE);
    }
  }
  return target;
}
lib.installMethods = installMethods;

/* Installs a data property with explicit attributes (constants use 0). */
function defineValue(target, key, value, attrs) {
  $DefineProperty(target, key, value, attrs);
}
lib.defineValue = defineValue;

/* Installs a constructor on the global object: writable, configurable, not enumerable. */
function defineGlobal(name, value) {
  $DefineProperty(global, name, value, WRITABLE | CONFIGURABLE);
}
lib.defineGlobal = defineGlobal;

/* Gives constructor `C` the existing `prototype` object and points it back (the VM made
 * Object.prototype, Function.prototype and Array.prototype before the library ran). */
function linkConstructor(C, prototype) {
  $DefineProperty(C, "prototype", prototype, 0);
  $DefineProperty(prototype, "constructor", C, WRITABLE | CONFIGURABLE);
}
lib.linkConstructor = linkConstructor;

/* A short description of a value for error messages (V8's style: strings quoted, objects
 * as "#<Object>", functions by name). */
function describe(value) {
  const type = typeof value;
  if (type === "string") return `"${value}"`;
  if (type === "symbol") return $Call(lib.SymbolDescriptiveString, undefined, value);
  if (type === "function") {
    const name = $FunctionName(value);
    return name === "" ? "function (anonymous)" : `function ${name}`;
  }
  if (type === "object" && value !== null) {
    if ($IsArray(value)) return "[object Array]";
    if ($ClassOf(value) === lib.CLASS_MODULE_NAMESPACE) return "[object Module]";
    return `#<${constructorNameOf(value)}>`;
  }
  return $ToStringPrimitive(value);
}
lib.describe = describe;

/* The name V8 puts in "#<Name>" (and in JSON's circular message): the nearest constructor's
 * name, else "Object". */
function constructorNameOf(object) {
  let o = object;
  while (o !== null) {
    const record = $GetOwnProperty(o, "constructor");
    if (record !== undefined && record.length === 2 && $IsCallable(record[0])) {
      const name = $FunctionName(record[0]);
      if (name !== "") return name;
    }
    o = $GetPrototypeOf(o);
  }
  return "Object";
}
lib.constructorNameOf = constructorNameOf;

/* 7.3.11 GetMethod */
function GetMethod(value, key) {
  const func = value[key];
  if (func === undefined || func === null) return undefined;
  if (!$IsCallable(func)) throw new lib.TypeError(`${describe(func)} is not a function`);
  return func;
}
lib.GetMethod = GetMethod;

/* 7.1.1 ToPrimitive */
function ToPrimitive(input, hint) {
  // Step 1: only objects convert.
  if (!$IsObject(input)) return input;
  // Step 1.a: Symbol.toPrimitive.
  const exoticToPrim = GetMethod(input, symToPrimitive);
  if (exoticToPrim !== undefined) {
    const result = $Call(exoticToPrim, input, hint);
    if (!$IsObject(result)) return result;
    throw new lib.TypeError("Cannot convert object to primitive value");
  }
  // Step 1.c: the default hint is number.
  return OrdinaryToPrimitive(input, hint === "string" ? "string" : "number");
}
lib.ToPrimitive = ToPrimitive;

/* 7.1.1.1 OrdinaryToPrimitive */
function OrdinaryToPrimitive(O, hint) {
  const first = hint === "string" ? "toString" : "valueOf";
  const second = hint === "string" ? "valueOf" : "toString";
  let method = O[first];
  if ($IsCallable(method)) {
    const result = $Call(method, O);
    if (!$IsObject(result)) return result;
  }
  method = O[second];
  if ($IsCallable(method)) {
    const result = $Call(method, O);
    if (!$IsObject(result)) return result;
  }
  throw new lib.TypeError("Cannot convert object to primitive value");
}

/* 7.1.3 ToNumeric: a Number or a BigInt. */
function ToNumeric(value) {
  const prim = ToPrimitive(value, "number");
  if (typeof prim === "bigint") return prim;
  return $ToNumberPrimitive(prim);
}
lib.ToNumeric = ToNumeric;

/* 7.1.4 ToNumber */
function ToNumber(value) {
  if (typeof value === "number") return value;
  return $ToNumberPrimitive(ToPrimitive(value, "number"));
}
lib.ToNumber = ToNumber;

/* 7.1.5 ToIntegerOrInfinity */
function ToIntegerOrInfinity(value) {
  return $ToIntegerOrInfinity(ToNumber(value));
}
lib.ToIntegerOrInfinity = ToIntegerOrInfinity;

/* 7.1.17 ToString */
function ToString(value) {
  if (typeof value === "string") return value;
  const prim = ToPrimitive(value, "string");
  if (typeof prim === "symbol") throw new lib.TypeError("Cannot convert a Symbol value to a string");
  return $ToStringPrimitive(prim);
}
lib.ToString = ToString;

/* 7.1.19 ToPropertyKey */
function ToPropertyKey(value) {
  return $ToPropertyKeyPrimitive(ToPrimitive(value, "string"));
}
lib.ToPropertyKey = ToPropertyKey;

/* 7.1.18 ToObject, with V8's message. */
function ToObject(value) {
  if (value === undefined || value === null) {
    throw new lib.TypeError(`Cannot convert undefined or null to object`);
  }
  return $ToObject(value);
}
lib.ToObject = ToObject;

/* 7.2.1 RequireObjectCoercible, with the method name V8 puts in its message. */
function RequireObjectCoercible(value, method) {
  if (value === undefined || value === null) {
    throw new lib.TypeError(`${method} called on null or undefined`);
  }
  return value;
}
lib.RequireObjectCoercible = RequireObjectCoercible;

/* 7.1.20 ToLength */
function ToLength(value) {
  return $ToLength(ToNumber(value));
}
lib.ToLength = ToLength;

/* 7.3.18 LengthOfArrayLike */
function LengthOfArrayLike(O) {
  return ToLength(O.length);
}
lib.LengthOfArrayLike = LengthOfArrayLike;

/* 7.3.5 CreateDataPropertyOrThrow */
function CreateDataPropertyOrThrow(O, key, value) {
  if (!$CreateDataProperty(O, key, value)) {
    throw new lib.TypeError(`Cannot add property ${$ToStringPrimitive(key)}, object is not extensible`);
  }
}
lib.CreateDataPropertyOrThrow = CreateDataPropertyOrThrow;

/* 7.3.19 CreateListFromArrayLike (any element types). */
function CreateListFromArrayLike(obj) {
  if (!$IsObject(obj)) throw new lib.TypeError("CreateListFromArrayLike called on non-object");
  const fast = $FastArrayValues(obj);
  if (fast !== undefined) return fast;
  const len = LengthOfArrayLike(obj);
  const list = $NewArray(0);
  for (let index = 0; index < len; index++) $ArrayPush(list, obj[index]);
  return list;
}
lib.CreateListFromArrayLike = CreateListFromArrayLike;

/* 10.1.14 GetPrototypeFromConstructor */
function GetPrototypeFromConstructor(newTarget, fallback) {
  const proto = newTarget.prototype;
  return $IsObject(proto) ? proto : fallback;
}
lib.GetPrototypeFromConstructor = GetPrototypeFromConstructor;

/* 7.3.22 SpeciesConstructor ( O, defaultConstructor ) */
const symSpecies = $WellKnownSymbol("species");
function SpeciesConstructor(O, defaultConstructor) {
  const C = O.constructor;
  if (C === undefined) return defaultConstructor;
  if (!$IsObject(C)) throw new lib.TypeError("The .constructor property is not an object");
  const S = C[symSpecies];
  if (S === undefined || S === null) return defaultConstructor;
  if ($IsConstructor(S)) return S;
  throw new lib.TypeError("object.constructor[Symbol.species] is not a constructor");
}
lib.SpeciesConstructor = SpeciesConstructor;

/* An ordinary object with this prototype (OrdinaryObjectCreate). */
function ObjectCreate(proto) {
  const object = {};
  if (proto !== lib.ObjectPrototype) $SetPrototypeOf(object, proto);
  return object;
}
lib.ObjectCreate = ObjectCreate;

/* 7.2.9 SameValue */
lib.SameValue = function SameValue(x, y) {
  return $ObjectIs(x, y);
};

/* --- operator entries --------------------------------------------------------------------- */

/* 13.15.3 ApplyStringOrNumericBinaryOperator for +: both operands to primitives first
 * (left, then right); then + on primitives concatenates or adds. */
function Add(a, b) {
  const lprim = ToPrimitive(a, "default");
  const rprim = ToPrimitive(b, "default");
  return lprim + rprim;
}

/* 13.15.3 steps 3-7 for the other binary operators: ToNumeric left, then right. */
function Binary(op, a, b) {
  const lnum = ToNumeric(a);
  const rnum = ToNumeric(b);
  switch (op) {
    case "-": return lnum - rnum;
    case "*": return lnum * rnum;
    case "/": return lnum / rnum;
    case "%": return lnum % rnum;
    case "**": return lnum ** rnum;
    case "|": return lnum | rnum;
    case "&": return lnum & rnum;
    case "^": return lnum ^ rnum;
    case "<<": return lnum << rnum;
    case ">>": return lnum >> rnum;
    case ">>>": return lnum >>> rnum;
  }
  throw new lib.TypeError(`Unknown binary operator ${op}`);
}

/* 13.5 unary operators and 13.4 update expressions on an object operand. */
function Unary(op, a) {
  if (op === "tonumber") return ToNumber(a);
  let value = ToNumeric(a);
  switch (op) {
    case "-": return -value;
    case "~": return ~value;
    case "++": value++; return value;
    case "--": value--; return value;
    case "tonumeric": return value;
  }
  throw new lib.TypeError(`Unknown unary operator ${op}`);
}

/* 13.10.1 relational operators: IsLessThan converts the left operand first whichever way
 * round the comparison runs, so both are converted here in source order. */
function Compare(op, a, b) {
  const px = ToPrimitive(a, "number");
  const py = ToPrimitive(b, "number");
  switch (op) {
    case "<": return px < py;
    case ">": return px > py;
    case "<=": return px <= py;
    case ">=": return px >= py;
  }
  throw new lib.TypeError(`Unknown relational operator ${op}`);
}

/* 7.2.15 IsLooselyEqual with at least one object operand. */
function LooseEqual(x, y) {
  const xIsObject = $IsObject(x);
  const yIsObject = $IsObject(y);
  // Step 1: the same type compares strictly.
  if (xIsObject && yIsObject) return x === y;
  if (!xIsObject && !yIsObject) return x == y;
  let primitive = xIsObject ? y : x;
  const object = xIsObject ? x : y;
  // Steps 2-3: null and undefined equal no object.
  if (primitive === undefined || primitive === null) return false;
  // Steps 9-10: a boolean compares as a number.
  if (typeof primitive === "boolean") primitive = primitive ? 1 : 0;
  // Steps 11-12: the object becomes a primitive; == on primitives finishes the job.
  return primitive == ToPrimitive(object, "default");
}

$SetEntry("ToPrimitive", ToPrimitive);
$SetEntry("Add", Add);
$SetEntry("Binary", Binary);
$SetEntry("Unary", Unary);
$SetEntry("Compare", Compare);
$SetEntry("LooseEqual", LooseEqual);
$SetEntry("ToPropertyKey", ToPropertyKey);
$SetEntry("ToString", ToString);

/* 9.1.1.2.1 HasBinding of a with statement's object environment: HasProperty, unless
 * @@unscopables names it. */
const symUnscopables = $WellKnownSymbol("unscopables");
$SetEntry("WithHasBinding", function WithHasBinding(object, name) {
  if (!(name in object)) return false;
  const unscopables = object[symUnscopables];
  return !($IsObject(unscopables) && !!unscopables[name]);
});

/* 19.2.1.3 EvalDeclarationInstantiation step 17: a var a sloppy direct eval declares in a
 * function (the function's %evalvars object, an unprototyped object) starts undefined. */
$SetEntry("EvalDeclareVar", function EvalDeclareVar(object, name) {
  if ($GetOwnProperty(object, name) === undefined) $DefineProperty(object, name, undefined, WRITABLE | ENUMERABLE | CONFIGURABLE);
});
