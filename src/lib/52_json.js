"use strict";
/* JSON (ECMA-262 §25.5). JSON.parse's text goes through the C parser ($JSONParse, V8's
 * SyntaxError wording); the reviver walk is InternalizeJSONProperty here. JSON.stringify runs
 * the spec's SerializeJSONProperty steps, after first offering the value to
 * $JSONStringifyFast, a C leaf that serializes plain data (no replacer, no toJSON, no getters,
 * no wrappers) and declines anything whose serialization could observe or run user code.
 * Circular structures throw V8's multi-line TypeError. (The source-text-access proposal's
 * context argument is not implemented.) */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const ToString = lib.ToString, ToNumber = lib.ToNumber, LengthOfArrayLike = lib.LengthOfArrayLike;
const attrsOf = lib.attrsOf;
const ENUMERABLE = lib.ENUMERABLE, CONFIGURABLE = lib.CONFIGURABLE;
const CLASS_NUMBER = lib.CLASS_NUMBER, CLASS_STRING = lib.CLASS_STRING;
const CLASS_BOOLEAN = lib.CLASS_BOOLEAN, CLASS_BIGINT = lib.CLASS_BIGINT;

/* 7.3.23 EnumerableOwnProperties(O, key): the enumerable own string keys, read up front. */
function enumerableOwnKeys(O) {
  const keys = $OwnKeys(O);
  const result = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key !== "string") continue;
    const record = $GetOwnProperty(O, key);
    if (record !== undefined && (attrsOf(record) & ENUMERABLE)) $ArrayPush(result, key);
  }
  return result;
}

/* --- JSON.parse ----------------------------------------------------------------------------- */

/* 25.5.1.1 InternalizeJSONProperty(holder, name, reviver) */
function InternalizeJSONProperty(holder, name, reviver) {
  // Step 1.
  const val = holder[name];
  // Step 2.
  if ($IsObject(val)) {
    if ($IsArray(val)) {
      const len = LengthOfArrayLike(val);
      for (let I = 0; I < len; I++) {
        const prop = $ToStringPrimitive(I);
        const newElement = InternalizeJSONProperty(val, prop, reviver);
        if (newElement === undefined) $DeleteProperty(val, prop);
        else $CreateDataProperty(val, prop, newElement);
      }
    } else {
      const keys = enumerableOwnKeys(val);
      for (let i = 0; i < keys.length; i++) {
        const P = keys[i];
        const newElement = InternalizeJSONProperty(val, P, reviver);
        if (newElement === undefined) $DeleteProperty(val, P);
        else $CreateDataProperty(val, P, newElement);
      }
    }
  }
  // Step 3.
  return $Call(reviver, holder, name, val);
}

/* --- JSON.stringify ------------------------------------------------------------------------- */

/* The constructor name V8 prints in its circular-structure message. */
const constructorName = lib.constructorNameOf;

/* V8's description of the key that led to an object: "index 3" or "property 'x'". */
function describeKey(key) {
  if (typeof key === "number") return `index ${key}`;
  return key === "" ? "<anonymous>" : `property '${key}'`;
}

/* V8's CircularStructureMessageBuilder: the circle from the object seen again, at most two
 * lines after the start and one before the closing key, "..." between. */
function circularError(state, start, closingKey) {
  const stack = state.stack, keys = state.keys;
  const size = stack.length;
  let message = "Converting circular structure to JSON";
  message += `\n    --> starting at object with constructor '${constructorName(stack[start])}'`;
  let index = start + 1;
  const prefixEnd = size < index + 2 ? size : index + 2;
  for (; index < prefixEnd; index++) {
    message += `\n    |     ${describeKey(keys[index])} -> object with constructor '${constructorName(stack[index])}'`;
  }
  if (size > index + 1) message += "\n    |     ...";
  if (index < size - 1) index = size - 1;
  for (; index < size; index++) {
    message += `\n    |     ${describeKey(keys[index])} -> object with constructor '${constructorName(stack[index])}'`;
  }
  message += `\n    --- ${describeKey(closingKey)} closes the circle`;
  return new TypeError(message);
}

/* Entering an object or array: the cycle check of 25.5.2.5 step 1 / 25.5.2.6 step 1. */
function enter(state, value, key) {
  const stack = state.stack;
  for (let i = 0; i < stack.length; i++) {
    if (stack[i] === value) throw circularError(state, i, key);
  }
  $ArrayPush(stack, value);
  $ArrayPush(state.keys, key);
}

function leave(state) {
  $ArrayPopFast(state.stack);
  $ArrayPopFast(state.keys);
}

/* 25.5.2.2 SerializeJSONProperty(state, key, holder); `key` is a number for array elements
 * (passed on as its string, remembered as an index for the circular message). */
function SerializeJSONProperty(state, key, holder) {
  const name = typeof key === "number" ? $ToStringPrimitive(key) : key;
  // Step 1.
  let value = holder[name];
  // Step 2.
  if ($IsObject(value) || typeof value === "bigint") {
    const toJSON = value.toJSON;
    if ($IsCallable(toJSON)) value = $Call(toJSON, value, name);
  }
  // Step 3.
  if (state.ReplacerFunction !== undefined) value = $Call(state.ReplacerFunction, holder, name, value);
  // Step 4: unwrap boxed primitives.
  if ($IsObject(value)) {
    const cls = $ClassOf(value);
    if (cls === CLASS_NUMBER) value = ToNumber(value);
    else if (cls === CLASS_STRING) value = ToString(value);
    else if (cls === CLASS_BOOLEAN || cls === CLASS_BIGINT) value = $PrimitiveValue(value, cls);
  }
  // Steps 5-10.
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  const type = typeof value;
  if (type === "string") return $QuoteJSONString(value);
  if (type === "number") return value === value && value !== Infinity && value !== -Infinity ? $ToStringPrimitive(value) : "null";
  if (type === "bigint") throw new TypeError("Do not know how to serialize a BigInt");
  // Step 11.
  if ($IsObject(value) && !$IsCallable(value)) {
    return $IsArray(value) ? SerializeJSONArray(state, value, key) : SerializeJSONObject(state, value, key);
  }
  // Step 12.
  return undefined;
}

/* 25.5.2.5 SerializeJSONObject(state, value) */
function SerializeJSONObject(state, value, key) {
  enter(state, value, key);
  const stepback = state.indent;
  state.indent = stepback + state.gap;
  const K = state.PropertyList !== undefined ? state.PropertyList : enumerableOwnKeys(value);
  const separator = state.gap === "" ? ":" : ": ";
  let properties = "";
  let empty = true;
  for (let i = 0; i < K.length; i++) {
    const P = K[i];
    const strP = SerializeJSONProperty(state, P, value);
    if (strP === undefined) continue;
    const member = $QuoteJSONString(P) + separator + strP;
    if (empty) {
      properties = state.gap === "" ? member : "\n" + state.indent + member;
      empty = false;
    } else {
      properties += state.gap === "" ? "," + member : ",\n" + state.indent + member;
    }
  }
  const final = empty ? "{}" : state.gap === "" ? "{" + properties + "}" : "{" + properties + "\n" + stepback + "}";
  leave(state);
  state.indent = stepback;
  return final;
}

/* 25.5.2.6 SerializeJSONArray(state, value) */
function SerializeJSONArray(state, value, key) {
  enter(state, value, key);
  const stepback = state.indent;
  state.indent = stepback + state.gap;
  const len = LengthOfArrayLike(value);
  let properties = "";
  for (let index = 0; index < len; index++) {
    let strP = SerializeJSONProperty(state, index, value);
    if (strP === undefined) strP = "null";
    if (state.gap === "") properties += index === 0 ? strP : "," + strP;
    else properties += (index === 0 ? "\n" : ",\n") + state.indent + strP;
  }
  const final = len === 0 ? "[]" : state.gap === "" ? "[" + properties + "]" : "[" + properties + "\n" + stepback + "]";
  leave(state);
  state.indent = stepback;
  return final;
}

/* 25.5.2 JSON.stringify steps 4-5: the replacer array's property list, deduplicated. */
function propertyListOf(replacer) {
  const list = [];
  const seen = { __proto__: null };
  const len = LengthOfArrayLike(replacer);
  for (let k = 0; k < len; k++) {
    const v = replacer[$ToStringPrimitive(k)];
    let item;
    if (typeof v === "string") {
      item = v;
    } else if (typeof v === "number") {
      item = $ToStringPrimitive(v);
    } else if ($IsObject(v)) {
      const cls = $ClassOf(v);
      if (cls === CLASS_STRING || cls === CLASS_NUMBER) item = ToString(v);
    }
    if (item !== undefined && !$HasOwnProperty(seen, item)) {
      $CreateDataProperty(seen, item, true);
      $ArrayPush(list, item);
    }
  }
  return list;
}

/* Steps 6-8: the gap from space. */
function gapOf(space) {
  if ($IsObject(space)) {
    const cls = $ClassOf(space);
    if (cls === CLASS_NUMBER) space = ToNumber(space);
    else if (cls === CLASS_STRING) space = ToString(space);
  }
  if (typeof space === "number") {
    let spaceMV = $ToIntegerOrInfinity(space);
    if (spaceMV > 10) spaceMV = 10;
    return spaceMV < 1 ? "" : $StringRepeat(" ", spaceMV);
  }
  if (typeof space === "string") return $StringLength(space) <= 10 ? space : $StringSubstring(space, 0, 10);
  return "";
}

const JSONObject = {};
lib.installMethods(JSONObject, {
  /* 25.5.1 JSON.parse ( text [ , reviver ] ) */
  parse(text, reviver) {
    const jsonString = ToString(text);
    const unfiltered = $JSONParse(jsonString);
    if (!$IsCallable(reviver)) return unfiltered;
    const root = {};
    $CreateDataProperty(root, "", unfiltered);
    return InternalizeJSONProperty(root, "", reviver);
  },
  /* 25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] ) */
  stringify(value, replacer, space) {
    const state = { __proto__: null, ReplacerFunction: undefined, PropertyList: undefined,
      stack: [], keys: [], indent: "", gap: "" };
    if ($IsObject(replacer)) {
      if ($IsCallable(replacer)) state.ReplacerFunction = replacer;
      else if ($IsArray(replacer)) state.PropertyList = propertyListOf(replacer);
    }
    state.gap = gapOf(space);
    if (state.ReplacerFunction === undefined && state.PropertyList === undefined) {
      const fast = $JSONStringifyFast(value, state.gap);
      if (fast !== false) return fast;
    }
    const wrapper = {};
    $CreateDataProperty(wrapper, "", value);
    return SerializeJSONProperty(state, "", wrapper);
  },
});
$DefineProperty(JSONObject, $WellKnownSymbol("toStringTag"), "JSON", CONFIGURABLE);
lib.defineGlobal("JSON", JSONObject);
