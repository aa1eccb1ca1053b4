/* JSValue: every JavaScript value in one 64-bit NaN-boxed word. All tag logic lives here.
 *
 * A word whose top 16 bits are below 0xFFF9 is an IEEE double, stored as is. Every NaN is
 * canonicalized to 0x7FF8000000000000 when boxed, so the patterns 0xFFF9…0xFFFF in the top
 * 16 bits are free to carry a tag and a 48-bit payload:
 *
 *   0xFFF9  int32 in the low 32 bits
 *   0xFFFA  special: false 0, true 1, null 2, undefined 3, hole 4 (internal "no value")
 *   0xFFFB  object cell     0xFFFC string cell     0xFFFD symbol cell
 *   0xFFFE  BigInt cell     0xFFFF any other heap cell (shapes, code, weak refs, …)
 *
 * Invariant: a cell pointer fits in 48 bits — always for wasm32, and for user-space
 * pointers on x86-64 and AArch64 — and is 8-byte aligned. */
#ifndef PETREL_OBJECTS_VALUE_H
#define PETREL_OBJECTS_VALUE_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A struct, not a bare integer, so values cannot be mixed up with numbers by accident. */
typedef struct JSValue {
  uint64_t bits;
} JSValue;

enum {
  JS_TAG_SHIFT = 48,
  JS_TAG_INT32 = 0xFFF9,
  JS_TAG_SPECIAL = 0xFFFA,
  JS_TAG_OBJECT = 0xFFFB,
  JS_TAG_STRING = 0xFFFC,
  JS_TAG_SYMBOL = 0xFFFD,
  JS_TAG_BIGINT = 0xFFFE,
  JS_TAG_CELL = 0xFFFF,
  JS_TAG_FIRST_REFERENCE = JS_TAG_OBJECT
};

enum { JS_SPECIAL_FALSE = 0, JS_SPECIAL_TRUE = 1, JS_SPECIAL_NULL = 2, JS_SPECIAL_UNDEFINED = 3,
       JS_SPECIAL_HOLE = 4 };

#define JS_PAYLOAD_MASK ((UINT64_C(1) << JS_TAG_SHIFT) - 1)
#define JS_CANONICAL_NAN_BITS UINT64_C(0x7FF8000000000000)
#define JS_TAGGED(tag, payload) ((JSValue){((uint64_t)(tag) << JS_TAG_SHIFT) | (uint64_t)(payload)})

#define JS_UNDEFINED JS_TAGGED(JS_TAG_SPECIAL, JS_SPECIAL_UNDEFINED)
#define JS_NULL JS_TAGGED(JS_TAG_SPECIAL, JS_SPECIAL_NULL)
#define JS_FALSE JS_TAGGED(JS_TAG_SPECIAL, JS_SPECIAL_FALSE)
#define JS_TRUE JS_TAGGED(JS_TAG_SPECIAL, JS_SPECIAL_TRUE)
/* Not a JS value: marks an absent element or an uninitialized binding (TDZ). */
#define JS_HOLE JS_TAGGED(JS_TAG_SPECIAL, JS_SPECIAL_HOLE)

/* The tag (top 16 bits); any value below JS_TAG_INT32 means "a double". */
static inline uint32_t js_tag(JSValue value) { return (uint32_t)(value.bits >> JS_TAG_SHIFT); }

/* Bit identity: what SameValue needs for non-numbers and what the GC compares. */
static inline bool js_same_bits(JSValue a, JSValue b) { return a.bits == b.bits; }

static inline bool js_is_double(JSValue value) { return js_tag(value) < JS_TAG_INT32; }
static inline bool js_is_int32(JSValue value) { return js_tag(value) == JS_TAG_INT32; }
static inline bool js_is_number(JSValue value) { return js_tag(value) <= JS_TAG_INT32; }
static inline bool js_is_undefined(JSValue value) { return value.bits == JS_UNDEFINED.bits; }
static inline bool js_is_null(JSValue value) { return value.bits == JS_NULL.bits; }
static inline bool js_is_nullish(JSValue value) {
  return js_is_undefined(value) || js_is_null(value);
}
static inline bool js_is_hole(JSValue value) { return value.bits == JS_HOLE.bits; }
static inline bool js_is_bool(JSValue value) {
  return (value.bits | 1) == JS_TRUE.bits;
}
/* Every heap reference, whatever its kind: what the GC's tracers look for. */
static inline bool js_is_cell(JSValue value) { return js_tag(value) >= JS_TAG_FIRST_REFERENCE; }
static inline bool js_is_object(JSValue value) { return js_tag(value) == JS_TAG_OBJECT; }
static inline bool js_is_string(JSValue value) { return js_tag(value) == JS_TAG_STRING; }
static inline bool js_is_symbol(JSValue value) { return js_tag(value) == JS_TAG_SYMBOL; }
static inline bool js_is_bigint(JSValue value) { return js_tag(value) == JS_TAG_BIGINT; }

/* Boxes a double as a double (never as int32); NaNs become the canonical NaN so that no
 * double can collide with a tag. */
static inline JSValue js_from_double(double number) {
  JSValue value;
  if (number != number) {
    value.bits = JS_CANONICAL_NAN_BITS;
  } else {
    memcpy(&value.bits, &number, sizeof number);
  }
  return value;
}

static inline JSValue js_from_int32(int32_t number) {
  return JS_TAGGED(JS_TAG_INT32, (uint32_t)number);
}

/* Boxes a number in its preferred form: int32 when it is an integer in range and not -0
 * (the interpreter's fast paths look for int32), otherwise a double. */
static inline JSValue js_from_number(double number) {
  if (number >= -2147483648.0 && number <= 2147483647.0) {
    int32_t as_int = (int32_t)number;
    if ((double)as_int == number && !(as_int == 0 && signbit(number))) {
      return js_from_int32(as_int);
    }
  }
  return js_from_double(number);
}

static inline JSValue js_from_bool(bool flag) { return flag ? JS_TRUE : JS_FALSE; }

static inline double js_to_double(JSValue value) {
  double number;
  memcpy(&number, &value.bits, sizeof number);
  return number;
}

static inline int32_t js_to_int32(JSValue value) { return (int32_t)(uint32_t)value.bits; }

/* Any number (int32 or double) as a double. */
static inline double js_number_value(JSValue value) {
  return js_is_int32(value) ? (double)js_to_int32(value) : js_to_double(value);
}

static inline bool js_to_bool(JSValue value) { return value.bits == JS_TRUE.bits; }

/* Wraps a heap cell pointer with a reference tag (JS_TAG_OBJECT … JS_TAG_CELL). */
static inline JSValue js_from_cell(uint32_t tag, const void *cell) {
  return JS_TAGGED(tag, (uint64_t)(uintptr_t)cell);
}

static inline void *js_to_cell(JSValue value) {
  return (void *)(uintptr_t)(value.bits & JS_PAYLOAD_MASK);
}

/* The same reference kind pointing elsewhere: what a moving collector writes back. */
static inline JSValue js_retarget_cell(JSValue value, const void *cell) {
  return js_from_cell(js_tag(value), cell);
}

/* Writes a short description of a value ("int32 7", "object 0x…") for traces and test
 * failure messages; returns buffer. */
char *js_value_describe(JSValue value, char *buffer, size_t size);

#endif
