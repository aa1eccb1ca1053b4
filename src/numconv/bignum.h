/* Fixed-capacity unsigned big integers for exact number conversion (internal to numconv).
 * Little-endian 32-bit limbs with 64-bit intermediates, so the same code is exact and fast
 * enough on native and on wasm32. Capacity covers every ratio the conversions build: the
 * largest is the string-to-double denominator 10^1104 scaled by 2^64 (~3750 bits).
 * Invariant: `used` is the number of limbs up to the highest non-zero one (0 for zero). */
#ifndef PETREL_NUMCONV_BIGNUM_H
#define PETREL_NUMCONV_BIGNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NUM_BIG_LIMBS 160

typedef struct NumBig {
  uint32_t limb[NUM_BIG_LIMBS];
  int used;
} NumBig;

/* Sets b to a 64-bit value: every conversion starts from a significand or digit run. */
void num_big_set_u64(NumBig *b, uint64_t value);
/* Copies src into dst (only the used limbs). */
void num_big_copy(NumBig *dst, const NumBig *src);
/* b <<= bits: scaling by powers of two. */
void num_big_shift_left(NumBig *b, int bits);
/* b >>= bits (bits dropped). */
void num_big_shift_right(NumBig *b, int bits);
/* True if any of the low `bits` bits of b is set: the sticky bit of a truncation. */
bool num_big_low_bits_nonzero(const NumBig *b, int bits);
/* b = b * factor + addend: digit accumulation and scaling by small numbers. */
void num_big_mul_add_small(NumBig *b, uint32_t factor, uint32_t addend);
/* b *= 5^n. */
void num_big_mul_pow5(NumBig *b, int n);
/* b *= 10^n. */
void num_big_mul_pow10(NumBig *b, int n);
/* b /= divisor, returning the remainder: decimal output nine digits at a time. */
uint32_t num_big_div_small(NumBig *b, uint32_t divisor);
/* a += b. */
void num_big_add(NumBig *a, const NumBig *b);
/* a -= b; requires a >= b. */
void num_big_sub(NumBig *a, const NumBig *b);
/* Sign of a - b. */
int num_big_compare(const NumBig *a, const NumBig *b);
/* Sign of (a + b) - c, without forming the sum: the digit loops' termination tests. */
int num_big_plus_compare(const NumBig *a, const NumBig *b, const NumBig *c);
/* Number of significant bits (0 for zero). */
int num_big_bit_length(const NumBig *b);
/* The low 64 bits of b (callers use it when b < 2^64). */
uint64_t num_big_low_u64(const NumBig *b);
/* floor(r / s) for a quotient known to be below 10, leaving r = r mod s: one digit. */
int num_big_divmod_digit(NumBig *r, const NumBig *s);

static inline bool num_big_is_zero(const NumBig *b) { return b->used == 0; }

#endif
