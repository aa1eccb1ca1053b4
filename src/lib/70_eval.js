"use strict";
/* 19.2.1 eval (x): indirect eval — the code runs as a script of its own in the global scope
 * (sloppy var and function declarations become global; let/const/class and everything in
 * strict code stay inside it). A direct `eval(...)` in user code never reaches this function:
 * the interpreter compiles it into the caller's scopes (CallEval). */

const lib = global["%lib"];

const evalFunction = {
  eval(x) {
    if (typeof x !== "string") return x;
    return $Call($CompileEval(x), global);
  },
}.eval;
lib.defineGlobal("eval", evalFunction);
$SetRoot("EVAL_FUNCTION", evalFunction);
