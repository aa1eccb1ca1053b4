/* Magnitude helpers shared by the files of src/bigint/ (not part of the API): unsigned limb
 * arrays, least significant first, 32-bit limbs with 64-bit intermediates (no __int128, so
 * the same code runs on wasm32). Functions ending in _n work on unnormalized arrays. */
#ifndef PETREL_BIGINT_BIGINT_INTERNAL_H
#define PETREL_BIGINT_BIGINT_INTERNAL_H

#include "bigint/bigint.h"

/* Length without leading zero limbs. */
static inline size_t mag_normalize(const uint32_t *digits, size_t length) {
  while (length > 0 && digits[length - 1] == 0) length--;
  return length;
}

/* Sets out's length (normalized) and sign, keeping zero positive. */
static inline void bigint_finish(BigIntBuffer *out, size_t length, bool negative) {
  out->length = mag_normalize(out->digits, length);
  out->negative = out->length != 0 && negative;
}

/* -1, 0, 1 comparing normalized magnitudes. */
int mag_compare(const uint32_t *a, size_t a_length, const uint32_t *b, size_t b_length);
/* out = a + b (a_length >= b_length); writes a_length + 1 limbs, returns the normalized length. */
size_t mag_add(uint32_t *out, const uint32_t *a, size_t a_length, const uint32_t *b,
               size_t b_length);
/* out = a - b, requires a >= b (a_length >= b_length); writes a_length limbs. out may be a. */
size_t mag_subtract(uint32_t *out, const uint32_t *a, size_t a_length, const uint32_t *b,
                    size_t b_length);
/* a += b in place over a_length limbs (a_length >= b_length); returns the carry out. */
uint32_t mag_add_in_place(uint32_t *a, size_t a_length, const uint32_t *b, size_t b_length);
/* a -= b in place over a_length limbs; returns the borrow out. */
uint32_t mag_subtract_in_place(uint32_t *a, size_t a_length, const uint32_t *b, size_t b_length);
/* out[0..a_length+b_length) = a * b, unnormalized; scratch from malloc for long operands. */
BigIntStatus mag_multiply(uint32_t *out, const uint32_t *a, size_t a_length, const uint32_t *b,
                          size_t b_length);
/* a = a * factor + addend over `length` limbs; returns the limb that overflowed. */
uint32_t mag_multiply_add_small(uint32_t *a, size_t length, uint32_t factor, uint32_t addend);
/* a = a / divisor over `length` limbs in place; returns the remainder. */
uint32_t mag_divide_small(uint32_t *a, size_t length, uint32_t divisor);

#endif
