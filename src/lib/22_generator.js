"use strict";
/* Generators (27.5): %GeneratorPrototype% with next/return/throw, each resuming the
 * generator's saved frame through $GeneratorResume (an interpreter operation: the body runs
 * as an ordinary frame until it yields or returns). */

const lib = global["%lib"];

/* 27.5.1 %GeneratorPrototype% */
const GeneratorPrototype = { __proto__: lib.IteratorPrototype };
/* 27.5.3.2 GeneratorValidate: only a (sync) generator object is accepted. */
function validate(generator, method) {
  if ($GeneratorKind(generator) !== 1) {
    const shown = $IsObject(generator) ? $Call(lib.objectToString, generator) : lib.describe(generator);
    throw new lib.TypeError(`Method [Generator].prototype.${method} called on incompatible receiver ${shown}`);
  }
}

lib.installMethods(GeneratorPrototype, {
  /* 27.5.1.2 */
  next(value) {
    validate(this, "next");
    return $GeneratorResume(this, value, 0);
  },
  /* 27.5.1.3 */
  return(value) {
    validate(this, "return");
    return $GeneratorResume(this, value, 2);
  },
  /* 27.5.1.4 */
  throw(exception) {
    validate(this, "throw");
    return $GeneratorResume(this, exception, 1);
  },
});
$DefineProperty(GeneratorPrototype, $WellKnownSymbol("toStringTag"), "Generator", 4);
lib.GeneratorPrototype = GeneratorPrototype;
$SetRoot("GENERATOR_PROTOTYPE", GeneratorPrototype);
