/* The interpreter's entry points for the rest of the VM (vm.c, the CLI, the runtime). */
#ifndef PETREL_INTERP_INTERP_H
#define PETREL_INTERP_INTERP_H

#include "interp/vm.h"

/* Runs the dispatch loop until the frame marked FRAME_ENTRY above `entry_depth` returns
 * (*out is its result) or an exception leaves it (VM_EXCEPTION). */
int interp_run(Vm *vm, uint32_t entry_depth, JSValue *out);

/* A closure of `code` over `context`, with its length, name and (for constructors) prototype. */
int interp_new_closure(Vm *vm, FunctionCode *code, JSValue context, JSValue *out);

/* 10.2.8 SetFunctionName: names a function after a property key; kind 1 "get ", 2 "set ". */
int interp_set_function_name(Vm *vm, JSValue fn, JSValue key, uint32_t kind);

#endif
