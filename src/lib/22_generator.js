"use strict";
/* Generators (27.5): %GeneratorPrototype% with next/return/throw, each resuming the
 * generator's saved frame through $GeneratorResume (an interpreter operation: the body runs
 * as an ordinary frame until it yields or returns). */

const lib = global["%lib"];

/* 27.5.1 %GeneratorPrototype% */
const GeneratorPrototype = { __proto__: lib.IteratorPrototype };
lib.installMethods(GeneratorPrototype, {
  /* 27.5.1.2 */
  next(value) { return $GeneratorResume(this, value, 0); },
  /* 27.5.1.3 */
  return(value) { return $GeneratorResume(this, value, 2); },
  /* 27.5.1.4 */
  throw(exception) { return $GeneratorResume(this, exception, 1); },
});
$DefineProperty(GeneratorPrototype, $WellKnownSymbol("toStringTag"), "Generator", 4);
lib.GeneratorPrototype = GeneratorPrototype;
$SetRoot("GENERATOR_PROTOTYPE", GeneratorPrototype);
