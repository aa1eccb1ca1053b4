/* The VM: one JavaScript realm and the machine that runs it — the heap, the VM stack of
 * registers and frames in linear memory, the pending exception, the realm's intrinsics and
 * the library entry points. See docs/interpreter.md.
 *
 * Invariants (DESIGN.md, "Front end and interpreter"):
 *  - JS→JS calls never recurse in C: a call pushes a Frame and the dispatch loop continues.
 *    Getters, setters, valueOf and library helpers reached from an opcode are frames too.
 *  - Every live value at a safepoint is in the VM stack, a frame's fields, or vm->roots; the
 *    VM registers one root provider for all of them.
 *  - C functions called from the interpreter (natives, operations) are leaves: they may
 *    allocate and throw, never call JS and never reach a safepoint.
 *  - Errors propagate by return value: 0, VM_EXCEPTION (vm->exception holds the value) or
 *    PT_ENOMEM (fatal: the heap limit was reached). */
#ifndef PETREL_INTERP_VM_H
#define PETREL_INTERP_VM_H

#include <stdbool.h>
#include <stdint.h>

#include "heap/heap.h"
#include "interp/code.h"
#include "objects/context.h"
#include "objects/value.h"

/* A thrown JS exception, as a status: distinct from every PT_E* code. */
#define VM_EXCEPTION (-100000)

typedef enum VmRoot {
#define VM_ROOT(name) VM_ROOT_##name,
#include "interp/vm_roots.def"
  VM_ROOT_COUNT
} VmRoot;

typedef enum AtomId {
#define ATOM(name) ATOM_##name,
#include "interp/atoms.def"
  ATOM_COUNT
} AtomId;

/* Object classes (JSObject.class_id) and their internal slot counts. */
typedef enum ObjClass {
  CLASS_ORDINARY = 0,
  CLASS_ARRAY,
  CLASS_FUNCTION,        /* closure: FN_SLOT_* */
  CLASS_NATIVE_FUNCTION, /* C builtin: NATIVE_SLOT_* */
  CLASS_BOUND_FUNCTION,  /* BOUND_SLOT_* */
  CLASS_ERROR,
  CLASS_BOOLEAN, CLASS_NUMBER, CLASS_STRING, CLASS_SYMBOL, CLASS_BIGINT, /* wrappers: slot 0 */
  CLASS_ARGUMENTS,
  CLASS_FOR_IN,          /* enumerator: keys array, index */
  CLASS_REGEXP,
  CLASS_DATE,
  CLASS_MAP, CLASS_SET, CLASS_WEAK_MAP, CLASS_WEAK_SET,
  CLASS_PROXY,
  CLASS_PROMISE,
  CLASS_GENERATOR,
  CLASS_MODULE_NAMESPACE, /* 10.4.6: see OBJ_FLAG_MODULE_NAMESPACE */
  /* keyed collections and weak references (builtins/intrinsics_collections.c) */
  CLASS_MAP_ITERATOR, CLASS_SET_ITERATOR, CLASS_WEAK_REF, CLASS_FINALIZATION_REGISTRY
} ObjClass;

enum { FN_SLOT_CODE, FN_SLOT_CONTEXT, FN_SLOT_HOME_OBJECT, FN_SLOT_FIELDS, FN_SLOT_COUNT };
enum { NATIVE_SLOT_ID, NATIVE_SLOT_DATA, NATIVE_SLOT_COUNT };
enum { BOUND_SLOT_TARGET, BOUND_SLOT_THIS, BOUND_SLOT_ARGS, BOUND_SLOT_COUNT };
/* A generator's suspended frame: its function, context, resume pc and a copy of its registers. */
enum { GEN_SLOT_STATE, GEN_SLOT_FUNCTION, GEN_SLOT_CONTEXT, GEN_SLOT_PC, GEN_SLOT_REGISTERS, GEN_SLOT_COUNT };
enum { GEN_SUSPENDED_START, GEN_SUSPENDED_YIELD, GEN_EXECUTING, GEN_COMPLETED };
enum { RESUME_NEXT = 0, RESUME_THROW = 1, RESUME_RETURN = 2 };

/* Slots of vm->symbols (the well-known symbols, created on first use by $WellKnownSymbol). */
enum { VM_SYMBOL_ASYNC_ITERATOR = 0, VM_SYMBOL_HAS_INSTANCE = 1, VM_SYMBOL_ITERATOR = 3 };

/* Error kinds the VM throws itself. */
typedef enum ErrorKind {
  ERROR_ERROR, ERROR_EVAL, ERROR_RANGE, ERROR_REFERENCE, ERROR_SYNTAX, ERROR_TYPE, ERROR_URI,
  ERROR_KIND_COUNT
} ErrorKind;

/* Frame flags: how the caller continues when this frame returns. */
enum {
  FRAME_ENTRY = 1u << 0,      /* return to the C caller of interp_call (the run loop exits) */
  FRAME_CONSTRUCT = 1u << 1,  /* [[Construct]]: a non-object result becomes this */
  FRAME_KEEP_ACC = 1u << 2,   /* the result is dropped and the caller's acc restored (setters) */
  FRAME_TO_BOOLEAN = 1u << 3, /* the result is converted to a boolean (has/instanceof traps) */
  FRAME_GENERATOR = 1u << 4,  /* a resumed generator: returning completes it with {value, done: true} */
  FRAME_TO_REGISTER = 1u << 5,/* the result goes to the caller's register `result_register`, acc kept */
};

/* One activation on the VM stack. args[0] is this, args[1 .. argc] the arguments as passed;
 * regs[0 .. register_count) the registers (r0 = this, then the parameters). */
typedef struct Frame {
  JSValue function;   /* the closure running */
  JSValue context;    /* the current context (a CELL_SLOTS: slot 0 is the parent) */
  JSValue new_target; /* undefined unless constructing */
  JSValue acc;        /* the accumulator while this frame waits for a callee or a GC */
  JSValue *args;
  JSValue *regs;
  uint32_t argc;
  uint32_t pc;        /* offset of the current (or, while waiting, the next) instruction */
  uint32_t flags;     /* FRAME_* */
  uint32_t result_register; /* with FRAME_TO_REGISTER */
} Frame;

typedef struct StubCache StubCache;
typedef struct RegExpCache RegExpCache;

typedef struct VmOptions {
  bool print_bytecode;  /* --print-bytecode */
  bool trace_ic;        /* --trace-ic */
  uint32_t stack_size;  /* VM stack slots (values); frames are limited to fit */
  bool no_library;      /* skip loading the self-hosted library (compile-only uses) */
} VmOptions;

typedef struct Vm {
  Heap *heap;
  ObjContext *cx;
  VmOptions options;
  JSValue *stack, *stack_end, *sp; /* registers and arguments: [stack, sp) is live */
  Frame *frames;
  uint32_t frame_count, frame_capacity;
  JSValue exception;               /* valid when a status is VM_EXCEPTION */
  JSValue entry_result;            /* vm_call's result when the callee needed no frame */
  JSValue call_site_name;          /* the call being started, as written ("o.m"), for its errors */
  JSValue throw_function;          /* where the pending exception was thrown (not rethrown): */
  uint32_t throw_pc;               /* what an uncaught exception's source line shows */
  JSValue roots[VM_ROOT_COUNT];
  JSValue atoms[ATOM_COUNT];       /* the VM's own property keys, by AtomId (atoms.def) */
  JSValue *symbols;                /* well-known symbols, by SymbolId */
  StubCache *stub_cache;           /* megamorphic inline caches */
  RegExpCache *regexp_cache;       /* compiled RegExp programs (src/builtins/intrinsics_regexp.c) */
  uint32_t next_script_id;
  uint32_t template_site_count;
  uint64_t random_state;
} Vm;

/* Creates a VM with a fresh heap and realm (globals, prototypes, the library).
 * 0, PT_ENOMEM, or VM_EXCEPTION when the library failed to start (an engine bug: printed). */
int vm_new(const HeapConfig *heap_config, const VmOptions *options, Vm **out);
void vm_free(Vm *vm);

/* --- errors ------------------------------------------------------------------------------ */

/* Creates an error of this kind with a printf-style message, captures the stack, and makes
 * it the pending exception. Returns VM_EXCEPTION (or PT_ENOMEM). */
int vm_throw(Vm *vm, ErrorKind kind, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Makes `value` the pending exception; returns VM_EXCEPTION. */
int vm_throw_value(Vm *vm, JSValue value);
/* An error object of this kind with message (a string) and a captured stack. */
int vm_new_error(Vm *vm, ErrorKind kind, JSValue message, JSValue *out);
/* The V8-format stack text of the current frames ("    at f (file.js:3:5)" lines). */
int vm_capture_stack(Vm *vm, JSValue *out);

/* --- running ----------------------------------------------------------------------------- */

/* Parses and compiles a source text (UTF-8) named `name` into its top-level FunctionCode
 * (*out_code). goal is a CompileGoal (compiler/compiler.h). Syntax errors and constructs the
 * compiler does not support yet become a pending SyntaxError (VM_EXCEPTION) whose message ends
 * with (file:line:col). */
int vm_compile(Vm *vm, const char *name, const char *source, size_t length, int goal, bool is_module,
               JSValue *out_code);

/* Parses and compiles a module (comp_compile_module): its body's generator function and its
 * static record. Syntax errors become a pending SyntaxError ending with (file:line:col). */
int vm_compile_module(Vm *vm, const char *name, const char *source, size_t length, JSValue *out_code,
                      JSValue *out_record);

/* 20.2.1.1.1 CreateDynamicFunction's parsing: kind 0 function, 1 generator, 2 async, 3 async
 * generator; params and body as UTF-8. The result is a script whose completion value is the
 * new function (created in the global scope). SyntaxErrors carry no position, as V8's. */
int vm_compile_dynamic_function(Vm *vm, int kind, const char *params, size_t params_length, const char *body,
                                size_t body_length, JSValue *out_code);

/* Calls a function with this and arguments, running the dispatch loop until it returns.
 * Only the embedding and event-loop layers use this; opcodes never do (interp.c). */
int vm_call(Vm *vm, JSValue function, JSValue this_value, const JSValue *args, uint32_t argc, JSValue *out);

/* Compiles a direct eval's source into the scopes its caller's descriptor names (19.2.1.1). */
int vm_compile_direct_eval(Vm *vm, JSValue source, JSValue descriptor, bool strict, JSValue *out_code);

/* Formats an uncaught exception the way node prints it: the throw site's source line and a
 * caret, then the error's stack (or "Uncaught " and the value's inspection). malloc'd. */
char *vm_format_uncaught(Vm *vm, JSValue exception);

/* --- helpers shared by the interpreter, natives and runtime ------------------------------ */

/* An atom for a C string (PT_ENOMEM only). */
int vm_atom(Vm *vm, const char *text, JSValue *out);
/* The value as a flat string for messages: primitives converted, objects as "[object X]"
 * or a function's name. Never calls JS. */
int vm_describe(Vm *vm, JSValue value, JSValue *out);
/* Writes a string's UTF-8 into a malloc'd NUL-terminated buffer (lone surrogates → U+FFFD). */
char *vm_string_to_cstring(Vm *vm, JSValue string);

#endif
