/* The C intrinsics (src/interp/intrinsics.def) and the helpers their files share.
 * Every intrinsic is a C leaf: it may allocate (heap_alloc never collects, so raw values
 * stay valid for its whole run) but never calls JS and never reaches a safepoint. It returns
 * 0 with *out set, VM_EXCEPTION after vm_throw (bad input is a TypeError, never a crash),
 * or PT_ENOMEM. */
#ifndef PETREL_BUILTINS_BUILTINS_H
#define PETREL_BUILTINS_BUILTINS_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/intrinsics.h"
#include "interp/vm.h"
#include "objects/string.h"

/* One prototype per intrinsic: int intrinsic_Name(Vm *, JSValue *, uint32_t, JSValue *). */
#define INTRINSIC(name, arity) int intrinsic_##name(Vm *vm, JSValue *args, uint32_t argc, JSValue *out);
#include "interp/intrinsics.def"

/* $MathOp(op, x): the library mirrors these numbers (Math.abs → $MathOp(0, x), …). */
typedef enum MathOp1 {
  MATH_ABS = 0, MATH_ACOS = 1, MATH_ACOSH = 2, MATH_ASIN = 3, MATH_ASINH = 4, MATH_ATAN = 5,
  MATH_ATANH = 6, MATH_CBRT = 7, MATH_CEIL = 8, MATH_COS = 9, MATH_COSH = 10, MATH_EXP = 11,
  MATH_EXPM1 = 12, MATH_FLOOR = 13, MATH_FROUND = 14, MATH_LOG = 15, MATH_LOG1P = 16,
  MATH_LOG10 = 17, MATH_LOG2 = 18, MATH_ROUND = 19, MATH_SIGN = 20, MATH_SIN = 21,
  MATH_SINH = 22, MATH_SQRT = 23, MATH_TAN = 24, MATH_TANH = 25, MATH_TRUNC = 26,
  MATH_CLZ32 = 27, MATH_OP1_COUNT
} MathOp1;
/* $MathOp2(op, x, y). */
typedef enum MathOp2 { MATH_ATAN2 = 0, MATH_POW = 1, MATH_IMUL = 2, MATH_HYPOT = 3, MATH_OP2_COUNT } MathOp2;

/* $StringTrim(s, where). */
enum { TRIM_BOTH = 0, TRIM_START = 1, TRIM_END = 2 };

/* Frees the VM's compiled RegExp programs (vm_free). */
void bi_regexp_cache_free(Vm *vm);

/* --- shared helpers (builtins_util.c) ----------------------------------------------------- */

/* Argument i, or undefined past argc. */
static inline JSValue bi_arg(const JSValue *args, uint32_t argc, uint32_t i) {
  return i < argc ? args[i] : JS_UNDEFINED;
}
/* Turns an object-layer status into the intrinsic's: PT_E2BIG → RangeError "Invalid string
 * length", PT_EINVAL → TypeError; 0 and PT_ENOMEM pass through. */
int bi_status(Vm *vm, int status);
/* TypeError "<what> is not an object" unless value is an object. */
int bi_require_object(Vm *vm, JSValue value, const char *what);
/* Whether a value is callable (functions, bound functions, natives). */
bool bi_is_callable(JSValue value);
bool bi_is_constructor(JSValue value);
/* ToPropertyKey of a primitive (atoms, symbols; numbers as canonical strings). Objects are a
 * TypeError: the library runs ToPrimitive first. */
int bi_to_key(Vm *vm, JSValue value, JSValue *out_key);
/* A key from obj_own_keys (index numbers included) as a JS value: index → string atom. */
int bi_key_value(Vm *vm, JSValue key, JSValue *out);
/* A number's ToString as an atom. */
int bi_number_atom(Vm *vm, double number, JSValue *out);
/* A flat view of a string (flattening a rope). The view stays valid until the next GC. */
int bi_view(Vm *vm, JSValue string, StrView *out_view);
/* A string for a C string (ASCII/UTF-8). */
int bi_cstring(Vm *vm, const char *text, JSValue *out);
/* The ReferenceError of reading a module namespace's export while its binding is
 * uninitialized (obj_get_own gave JS_HOLE): V8's wording differs for descriptors. */
int bi_uninitialized_export(Vm *vm, JSValue key, bool for_descriptor);
/* A new array (Array.prototype) holding values[0 … count). */
int bi_array_of(Vm *vm, const JSValue *values, uint32_t count, JSValue *out);
/* Appends one value to an array made by bi_array_of / obj_new_array. */
int bi_array_append(Vm *vm, JSValue array, JSValue value);
/* The prototype a primitive's wrapper has (undefined for null/undefined). */
JSValue bi_wrapper_prototype(Vm *vm, JSValue primitive);
/* A wrapper object for a primitive (null/undefined: TypeError). */
int bi_wrap_primitive(Vm *vm, JSValue primitive, JSValue *out);
/* A number argument as a double; TypeError when it is not a number. */
int bi_number_arg(Vm *vm, JSValue value, const char *who, double *out);
/* A BigInt's digits in radix 2..36 as a string (intrinsics_bigint.c). */
int bi_bigint_to_string(Vm *vm, JSValue bigint, int radix, JSValue *out);

#endif
