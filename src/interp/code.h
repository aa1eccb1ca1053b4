/* Compiled code: what the compiler makes of one function (V8's SharedFunctionInfo plus its
 * BytecodeArray). A FunctionCode cell is shared by every closure of the same source function;
 * a closure (function.h) pairs it with a context.
 *
 * Bytecode, handler table and source positions are CELL_BYTES cells; the constant pool and
 * the feedback vector are CELL_SLOTS. All of them may move at a collection, so the
 * interpreter holds a program counter as an offset and reloads the bytecode's address
 * after every safepoint.
 * Invariant: a FunctionCode never changes after the compiler finishes it, except its
 * feedback vector (written by inline caches) and its invocation counters. */
#ifndef PETREL_INTERP_CODE_H
#define PETREL_INTERP_CODE_H

#include <stdbool.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/value.h"

enum {
  CODE_STRICT = 1u << 0,
  CODE_ARROW = 1u << 1,            /* this, arguments, new.target and super come from outside */
  CODE_METHOD = 1u << 2,           /* has a home object; not a constructor */
  CODE_CLASS_CONSTRUCTOR = 1u << 3,/* throws when called without new */
  CODE_DERIVED = 1u << 4,          /* class C extends B: this starts uninitialized */
  CODE_GENERATOR = 1u << 5,
  CODE_ASYNC = 1u << 6,
  CODE_SCRIPT = 1u << 7,           /* a script's or module's top level */
  CODE_LIBRARY = 1u << 8,          /* self-hosted library code: hidden from stack traces */
  CODE_CONSTRUCTOR = 1u << 9,      /* [[Construct]] exists (ordinary functions and classes) */
  CODE_HAS_FIELDS = 1u << 10,      /* a class constructor that runs instance-field initializers */
  CODE_CLASS_FIELDS_INIT = 1u << 11, /* the synthetic function that initializes class fields */
  CODE_GETTER = 1u << 12,          /* name gets "get " in stacks */
  CODE_SETTER = 1u << 13
};

/* One try region: an exception raised in [start, end) goes to `handler` with the context
 * restored from register `context_register`. Innermost regions come first. */
typedef struct HandlerEntry {
  uint32_t start, end, handler;
  uint32_t context_register;
} HandlerEntry;

/* Source positions: bytecode offset → source byte offset, ascending by pc. */
typedef struct PositionEntry {
  uint32_t pc;
  uint32_t source_offset;
} PositionEntry;

typedef struct FunctionCode {
  GcCell cell;
  GcCell *bytecode;   /* CELL_BYTES: opcodes and operands */
  GcCell *constants;  /* CELL_SLOTS: strings, numbers, nested FunctionCode, name lists */
  GcCell *handlers;   /* CELL_BYTES of HandlerEntry, or NULL */
  GcCell *positions;  /* CELL_BYTES of PositionEntry */
  GcCell *feedback;   /* CELL_SLOTS: inline caches and call counts (feedback.h), or NULL */
  GcCell *script;     /* the Script this code came from (source text and name) */
  JSValue name;       /* the function's name as written ("" for anonymous) */
  uint32_t flags;     /* CODE_* */
  uint32_t parameter_count; /* formal parameters before any default or rest: copied to registers */
  uint32_t length;          /* the function's `length` property */
  uint32_t register_count;  /* including this (r0) and the parameters (r1 …) */
  uint32_t bytecode_length;
  uint32_t handler_count, position_count, feedback_count;
  uint32_t source_start, source_end; /* the function's text in the script (toString) */
  uint32_t invocation_count;         /* calls so far: the JIT's tier-up budget reads it */
  uint32_t generator_register;       /* generators: the register holding the generator object
                                        (the next one holds the resume mode) */
} FunctionCode;

/* A compiled source text: the file name, its bytes (UTF-8) and a line table for stacks. */
typedef struct Script {
  GcCell cell;
  JSValue name;        /* a string: the path as given, or "[eval]" */
  GcCell *source;      /* CELL_BYTES: the UTF-8 text */
  uint32_t length;
  uint32_t id;
} Script;

static inline FunctionCode *code_cell(JSValue value) { return (FunctionCode *)js_to_cell(value); }
static inline JSValue code_value(FunctionCode *code) { return js_from_cell(JS_TAG_CELL, code); }
static inline const uint8_t *code_bytes(FunctionCode *code) {
  return (const uint8_t *)gc_slots_raw(code->bytecode);
}
static inline JSValue code_constant(FunctionCode *code, uint32_t index) {
  return gc_slots(code->constants)->slots[index];
}
static inline const char *script_text(Script *script) { return (const char *)gc_slots_raw(script->source); }

/* The source offset of the instruction at pc (the last position entry at or before it). */
uint32_t code_source_offset(FunctionCode *code, uint32_t pc);
/* Line (from 1) and column (from 1, in UTF-16 units, as V8 prints them) of a source offset. */
void script_line_column(Script *script, uint32_t offset, uint32_t *out_line, uint32_t *out_column);
/* The handler for an exception at pc, or NULL. */
const HandlerEntry *code_find_handler(FunctionCode *code, uint32_t pc);

/* Trace functions for cell_types.def. */
void code_trace(GcCell *cell, GcVisitor *visitor);
void script_trace(GcCell *cell, GcVisitor *visitor);

#endif
