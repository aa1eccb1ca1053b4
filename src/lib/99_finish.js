"use strict";
/* Runs last: removes the "%lib" hand-over property so user code never sees the library's
 * internals. */
$DeleteProperty(global, "%lib");
