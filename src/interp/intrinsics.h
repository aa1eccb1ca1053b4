/* Intrinsics: C leaf functions that self-hosted library code calls as `$Name(args)` (the
 * compiler turns such a call into CallRuntime in library code only, so user code cannot reach
 * them). Each takes already-converted arguments, may allocate and throw, and never calls JS. */
#ifndef PETREL_INTERP_INTRINSICS_H
#define PETREL_INTERP_INTRINSICS_H

#include <stdint.h>

#include "interp/vm.h"

typedef int (*IntrinsicFn)(Vm *vm, JSValue *args, uint32_t argc, JSValue *out);

typedef enum IntrinsicId {
#define INTRINSIC(name, argc) INTRINSIC_##name,
#include "interp/intrinsics.def"
  INTRINSIC_COUNT
} IntrinsicId;

extern const IntrinsicFn intrinsic_functions[INTRINSIC_COUNT];
extern const char *const intrinsic_names[INTRINSIC_COUNT];
extern const uint8_t intrinsic_arity[INTRINSIC_COUNT];

/* $BigIntOp(op, a, b): the operators on BigInts. The binary ones are in bytecode order (Add,
 * then Sub … Shr as in bytecode.def), so the interpreter maps an opcode by subtraction. */
typedef enum BigIntOp {
  BIGINT_OP_ADD, BIGINT_OP_SUB, BIGINT_OP_MUL, BIGINT_OP_DIV, BIGINT_OP_MOD, BIGINT_OP_EXP,
  BIGINT_OP_BIT_OR, BIGINT_OP_BIT_AND, BIGINT_OP_BIT_XOR, BIGINT_OP_SHL, BIGINT_OP_SAR, BIGINT_OP_SHR,
  BIGINT_OP_NEGATE, BIGINT_OP_BIT_NOT, BIGINT_OP_INC, BIGINT_OP_DEC /* unary: b is ignored */
} BigIntOp;

/* The intrinsic named `name` (without the `$`), or -1. */
int intrinsic_lookup(const char *name, uint32_t length);

/* Library entries the compiler calls with CallLib (the interpreter's VM_ROOT_LIB_* slots). */
typedef enum LibEntry {
#define LIB_ENTRY(name, root) LIB_##name,
#include "interp/lib_entries.def"
  LIB_ENTRY_COUNT
} LibEntry;
extern const VmRoot lib_entry_roots[LIB_ENTRY_COUNT];
extern const char *const lib_entry_names[LIB_ENTRY_COUNT];

#endif
