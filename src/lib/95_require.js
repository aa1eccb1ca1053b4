"use strict";
/* What CommonJS code receives as `require` until the module loader exists (issue 8): every
 * call says plainly that loading modules is not available yet. */

const lib = global["%lib"];
const Error = lib.Error;

$SetEntry("RequireMissing", function require(id) {
  throw new Error("Cannot load module '" + id + "': require() is not implemented in Petrel yet");
});
