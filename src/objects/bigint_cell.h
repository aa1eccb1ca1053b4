/* BigInt values on the heap (6.1.6.2 The BigInt Type): an immutable leaf cell holding the
 * sign and the magnitude's 32-bit limbs, least significant first, in the normalized form of
 * src/bigint/ (no leading zero limb; zero has no limbs and is never negative). A value is
 * tagged JS_TAG_BIGINT. The arithmetic itself is the separable library's: a cell is read
 * through bigint_cell_view and built from a finished BigIntBuffer, never changed after. */
#ifndef PETREL_OBJECTS_BIGINT_CELL_H
#define PETREL_OBJECTS_BIGINT_CELL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bigint/bigint.h"
#include "heap/heap.h"
#include "objects/value.h"

typedef struct JSBigInt {
  GcCell cell;
  uint32_t length;   /* limbs in use */
  uint32_t negative; /* 1 when negative (never for zero) */
  uint32_t digits[]; /* least significant first */
} JSBigInt;

/* The most limbs a cell holds: V8's limit, the operations' max_length. */
#define BIGINT_CELL_MAX_LENGTH BIGINT_V8_MAX_LENGTH

static inline JSBigInt *bigint_cell(JSValue value) { return (JSBigInt *)js_to_cell(value); }

/* The value as the library's input. Valid until the next safepoint, like the cell. */
static inline BigIntView bigint_cell_view(JSValue value) {
  JSBigInt *cell = bigint_cell(value);
  BigIntView view = {cell->digits, cell->length, cell->negative != 0};
  return view;
}

static inline bool bigint_cell_is_zero(JSValue value) { return bigint_cell(value)->length == 0; }

/* A new value with the digits of a normalized result (copied). Returns 0, PT_ENOMEM, or
 * PT_E2BIG past BIGINT_CELL_MAX_LENGTH limbs. */
int bigint_cell_new(Heap *heap, BigIntView value, JSValue *out);
/* A new value from an int64_t. */
int bigint_cell_from_int64(Heap *heap, int64_t value, JSValue *out);
/* 6.1.6.2.21 BigInt::toString: the digits in radix 2..36 as a string (a '-' first when
 * negative). Returns 0, PT_ENOMEM, or PT_E2BIG for a string past the maximum length. */
int bigint_cell_to_string(Heap *heap, JSValue value, int radix, JSValue *out);
/* 6.1.6.2.13 BigInt::equal of two BigInt values. */
bool bigint_cell_equal(JSValue a, JSValue b);

#endif
