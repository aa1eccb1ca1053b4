"use strict";
/* The constructors and prototypes of the other function kinds (27.3 GeneratorFunction,
 * 27.4 AsyncGeneratorFunction, 27.8 AsyncFunction): not globals, reached through
 * Object.getPrototypeOf(function* () {}).constructor and the like. Closures of each kind
 * take their [[Prototype]] from the roots set here. */

const lib = global["%lib"];
const FunctionPrototype = lib.FunctionPrototype;
const WRITABLE = lib.WRITABLE, CONFIGURABLE = lib.CONFIGURABLE;
const symToStringTag = $WellKnownSymbol("toStringTag");

/* A constructor and its %X.prototype%, linked as the spec's tables say: the constructor
 * inherits from Function, the prototype from Function.prototype; both links non-writable. */
function makeKind(name, kind, instancePrototype) {
  const prototype = { __proto__: FunctionPrototype };
  const constructors = {
    GeneratorFunction: function GeneratorFunction(body) {
      return lib.CreateDynamicFunction(constructor, new.target, 1, $Arguments(), prototype);
    },
    AsyncFunction: function AsyncFunction(body) {
      return lib.CreateDynamicFunction(constructor, new.target, 2, $Arguments(), prototype);
    },
    AsyncGeneratorFunction: function AsyncGeneratorFunction(body) {
      return lib.CreateDynamicFunction(constructor, new.target, 3, $Arguments(), prototype);
    },
  };
  const constructor = constructors[name];
  $SetPrototypeOf(constructor, global.Function);
  $DefineProperty(constructor, "prototype", prototype, 0);
  $DefineProperty(prototype, "constructor", constructor, CONFIGURABLE);
  if (instancePrototype !== undefined) {
    $DefineProperty(prototype, "prototype", instancePrototype, CONFIGURABLE);
    $DefineProperty(instancePrototype, "constructor", prototype, CONFIGURABLE);
  }
  $DefineProperty(prototype, symToStringTag, name, CONFIGURABLE);
  return prototype;
}

$SetRoot("GENERATOR_FUNCTION_PROTOTYPE", makeKind("GeneratorFunction", 1, lib.GeneratorPrototype));
$SetRoot("ASYNC_FUNCTION_PROTOTYPE", makeKind("AsyncFunction", 2, undefined));
$SetRoot("ASYNC_GENERATOR_FUNCTION_PROTOTYPE", makeKind("AsyncGeneratorFunction", 3, lib.AsyncGeneratorPrototype));
