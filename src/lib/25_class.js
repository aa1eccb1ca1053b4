"use strict";
/* Class elements: the InitFields entry runs a class's field initializers on a new instance
 * (15.7.10 InitializeInstanceElements), and its static fields and blocks on the class
 * (15.7.14 step 31). The compiler records them as (key, closure, kind) triples in definition
 * order: kind 0 a public field, 1 a private field, 2 a static block (called, no key), and
 * -1/-2/-3 a private method/getter/setter (installed before any field, 7.3.34 step 3). */

const lib = global["%lib"];
const TypeError = lib.TypeError;

function InitFields(fields, object) {
  const count = $ArrayLength(fields);
  /* private methods and accessors first */
  for (let i = 0; i < count; i += 3) {
    const kind = fields[i + 2];
    if (kind < 0) $PrivateDefine(object, fields[i], fields[i + 1], -kind);
  }
  for (let i = 0; i < count; i += 3) {
    const kind = fields[i + 2];
    if (kind < 0) continue;
    const value = $Call(fields[i + 1], object);
    if (kind === 2) continue;
    if (kind === 1) {
      $PrivateDefine(object, fields[i], value, 0);
    } else if (!$CreateDataProperty(object, fields[i], value)) {
      /* 7.3.7 CreateDataPropertyOrThrow, with V8's messages */
      const key = fields[i];
      const name = typeof key === "symbol" ? lib.describe(key) : $ToStringPrimitive(key);
      if ($GetOwnProperty(object, key) === undefined) {
        throw new TypeError(`Cannot define property ${name}, object is not extensible`);
      }
      if (name === "prototype" && $IsCallable(object)) {
        throw new TypeError("Classes may not have a static property named 'prototype'");
      }
      throw new TypeError("Cannot redefine property: " + name);
    }
  }
}
$SetEntry("InitFields", InitFields);
