"use strict";
/* Symbol (ECMA-262 §20.4): the function, the well-known symbols, the global registry
 * (Symbol.for / Symbol.keyFor, kept in a null-prototype object) and Symbol.prototype. */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const symToPrimitive = $WellKnownSymbol("toPrimitive");
const symToStringTag = $WellKnownSymbol("toStringTag");

/* 20.4.3.4.1 thisSymbolValue */
function thisSymbolValue(value, method) {
  if (typeof value === "symbol") return value;
  if ($IsObject(value) && $ClassOf(value) === lib.CLASS_SYMBOL) return $PrimitiveValue(value, lib.CLASS_SYMBOL);
  throw new TypeError(`Symbol.prototype.${method} requires that 'this' be a Symbol`);
}

/* 20.4.3.3.1 SymbolDescriptiveString */
function SymbolDescriptiveString(sym) {
  const desc = $SymbolDescription(sym);
  return `Symbol(${desc === undefined ? "" : desc})`;
}
lib.SymbolDescriptiveString = SymbolDescriptiveString;

/* 20.4.1.1 Symbol ( [ description ] ) */
function Symbol(description) {
  if (new.target !== undefined) throw new TypeError("Symbol is not a constructor");
  const descString = description === undefined ? undefined : lib.ToString(description);
  return $NewSymbol(descString);
}
const SymbolPrototype = Symbol.prototype;
$DefineProperty(Symbol, "prototype", SymbolPrototype, 0);
lib.defineGlobal("Symbol", Symbol);

/* 20.4.2: the well-known symbols, not writable, enumerable or configurable. */
const wellKnown = ["asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll",
  "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"];
for (let i = 0; i < wellKnown.length; i++) {
  $DefineProperty(Symbol, wellKnown[i], $WellKnownSymbol(wellKnown[i]), 0);
}

/* 9.4.1 the GlobalSymbolRegistry: key → symbol. */
const registry = { __proto__: null };

lib.installMethods(Symbol, {
  /* 20.4.2.2 */
  for(key) {
    const stringKey = lib.ToString(key);
    if ($HasOwnProperty(registry, stringKey)) return registry[stringKey];
    const newSymbol = $NewSymbol(stringKey);
    $CreateDataProperty(registry, stringKey, newSymbol);
    return newSymbol;
  },
  /* 20.4.2.6 */
  keyFor(sym) {
    if (typeof sym !== "symbol") throw new TypeError(`${lib.describe(sym)} is not a symbol`);
    const key = $SymbolDescription(sym);
    if (key !== undefined && $HasOwnProperty(registry, key) && registry[key] === sym) return key;
    return undefined;
  },
});

lib.installMethods(SymbolPrototype, {
  /* 20.4.3.2 get Symbol.prototype.description */
  get description() {
    return $SymbolDescription(thisSymbolValue(this, "description"));
  },
  /* 20.4.3.3 */
  toString() {
    return SymbolDescriptiveString(thisSymbolValue(this, "toString"));
  },
  /* 20.4.3.4 */
  valueOf() {
    return thisSymbolValue(this, "valueOf");
  },
});
/* 20.4.3.5 Symbol.prototype [ @@toPrimitive ] ( hint ): configurable only. */
const toPrimitiveHolder = {
  [symToPrimitive](hint) {
    return thisSymbolValue(this, "[Symbol.toPrimitive]");
  },
};
$DefineProperty(SymbolPrototype, symToPrimitive, toPrimitiveHolder[symToPrimitive], lib.CONFIGURABLE);
/* 20.4.3.6 Symbol.prototype [ @@toStringTag ] */
$DefineProperty(SymbolPrototype, symToStringTag, "Symbol", lib.CONFIGURABLE);
$SetRoot("SYMBOL_PROTOTYPE", SymbolPrototype);
