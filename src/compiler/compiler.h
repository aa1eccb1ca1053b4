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
  COMPILE_SCRIPT_COMPLETION /* a classic script that returns its completion value (-p) */
} CompileGoal;

/* Compiles a parsed program from `script` into its top-level FunctionCode (*out). Returns 0,
 * PT_ENOMEM, or VM_EXCEPTION with a SyntaxError pending (limits such as too many registers,
 * or constructs the compiler does not support). */
int comp_compile_program(Vm *vm, Script *script, Node *program, CompileGoal goal, JSValue *out);

#endif
