/* The bytecode compiler: an AST (parser/ast.h) in, FunctionCode cells (interp/code.h) out.
 * Scope analysis decides where each variable lives (a register when no inner function
 * captures it, else a slot of a heap context), then code generation walks the tree once per
 * function. Compilation allocates heap cells but never reaches a safepoint, so the values it
 * holds in C stay valid until it returns. See docs/compiler.md. */
#ifndef PETREL_COMPILER_COMPILER_H
#define PETREL_COMPILER_COMPILER_H

#include <stdbool.h>

#include "interp/vm.h"
#include "parser/ast.h"

typedef enum CompileGoal {
  COMPILE_SCRIPT,        /* a classic script: top-level var/function are global properties */
  COMPILE_FUNCTION_BODY, /* node's CommonJS wrapper: (exports, require, module, __filename, __dirname) */
  COMPILE_LIBRARY,       /* self-hosted library: a function of (global), with $Intrinsic() calls */
  COMPILE_SCRIPT_COMPLETION, /* a classic script that returns its completion value (-p) */
  COMPILE_MODULE,        /* a module body: a generator function (async with top-level await) whose
                            first run instantiates the environment; see comp_compile_module */
  COMPILE_EVAL              /* indirect eval (19.2.1.1 PerformEval, direct = false): sloppy vars are
                               global, let/const/class and strict-mode vars stay in the eval */
} CompileGoal;

/* 19.2.1.1 PerformEval with direct = true: eval code compiled inside the caller's scopes,
 * described by `descriptor` (what the caller's CallEval carries: each visible variable's
 * name, context depth, slot and kind). The result runs as a closure over the caller's
 * current context. */
int comp_compile_direct_eval(Vm *vm, Script *script, Node *program, JSValue descriptor, bool strict, JSValue *out);

/* Compiles a parsed program from `script` into its top-level FunctionCode (*out). Returns 0,
 * PT_ENOMEM, or VM_EXCEPTION with a SyntaxError pending (limits such as too many registers,
 * or constructs the compiler does not support). */
int comp_compile_program(Vm *vm, Script *script, Node *program, CompileGoal goal, JSValue *out);

/* 16.2.1.6 ParseModule: compiles a module into the generator function its body runs as
 * (calling it creates the module environment and hoists its functions, 16.2.1.6.4
 * InitializeEnvironment; resuming it once evaluates the body) and its static record as an
 * array: [requests, imports, local exports, indirect exports, star exports, has TLA,
 * import.meta slot] — see compile_module.c for each list's layout. Returns 0, PT_ENOMEM or
 * VM_EXCEPTION (a SyntaxError pending). */
int comp_compile_module(Vm *vm, Script *script, Node *program, JSValue *out_code, JSValue *out_record);

#endif
