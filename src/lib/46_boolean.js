"use strict";
/* Boolean (ECMA-262 §20.3): the constructor and Boolean.prototype.toString / valueOf. */

const lib = global["%lib"];

/* 20.3.3.3.1 thisBooleanValue */
function thisBooleanValue(value, method) {
  if (typeof value === "boolean") return value;
  if ($IsObject(value) && $ClassOf(value) === lib.CLASS_BOOLEAN) return $PrimitiveValue(value, lib.CLASS_BOOLEAN);
  throw new lib.TypeError(`Boolean.prototype.${method} requires that 'this' be a Boolean`);
}

/* 20.3.1.1 Boolean ( value ) */
function Boolean(value) {
  const b = !!value;
  if (new.target === undefined) return b;
  const O = $WrapPrimitive(b);
  const proto = lib.GetPrototypeFromConstructor(new.target, BooleanPrototype);
  if (proto !== BooleanPrototype) $SetPrototypeOf(O, proto);
  return O;
}
const BooleanPrototype = $WrapPrimitive(false);
$SetPrototypeOf(BooleanPrototype, lib.ObjectPrototype);
lib.linkConstructor(Boolean, BooleanPrototype);
lib.defineGlobal("Boolean", Boolean);

lib.installMethods(BooleanPrototype, {
  /* 20.3.3.2 */
  toString() {
    return thisBooleanValue(this, "toString") ? "true" : "false";
  },
  /* 20.3.3.3 */
  valueOf() {
    return thisBooleanValue(this, "valueOf");
  },
});
$SetRoot("BOOLEAN_PROTOTYPE", BooleanPrototype);
