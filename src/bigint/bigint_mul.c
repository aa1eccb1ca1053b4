/* Multiplication and exponentiation (6.1.6.2.4 BigInt::multiply, 6.1.6.2.3
 * BigInt::exponentiate). Schoolbook below KARATSUBA_THRESHOLD limbs; above it Karatsuba's
 * three half-size products, z1 = (a0+a1)(b0+b1) - z0 - z2. An operand much shorter than the
 * other is multiplied against halves of the longer one. Products are always written in full
 * (a_length + b_length limbs); Karatsuba's temporaries come from one malloc'd scratch area
 * sized by karatsuba_scratch_length. Exponentiation squares and multiplies left to right,
 * after checking the result's size bound against the caller's limit. */
#include "bigint/bigint_internal.h"

#include <stdlib.h>
#include <string.h>

/* Overridable at build time so tests can push small operands through the recursion. */
#ifndef KARATSUBA_THRESHOLD
#define KARATSUBA_THRESHOLD 40
#endif
/* The middle product has half + 1 limbs: shorter than its parent only from 4 limbs on. */
_Static_assert(KARATSUBA_THRESHOLD >= 4, "Karatsuba needs operands of 4 limbs or more");

uint32_t mag_multiply_add_small(uint32_t *a, size_t length, uint32_t factor, uint32_t addend) {
  uint64_t carry = addend;
  for (size_t i = 0; i < length; i++) {
    carry += (uint64_t)a[i] * factor;
    a[i] = (uint32_t)carry;
    carry >>= 32;
  }
  return (uint32_t)carry;
}

/* out[0..a_length+b_length) = a * b, quadratic. */
static void multiply_schoolbook(uint32_t *out, const uint32_t *a, size_t a_length,
                                const uint32_t *b, size_t b_length) {
  memset(out, 0, (a_length + b_length) * sizeof *out);
  for (size_t j = 0; j < b_length; j++) {
    uint64_t carry = 0;
    uint32_t factor = b[j];
    if (factor == 0) continue;
    for (size_t i = 0; i < a_length; i++) {
      carry += (uint64_t)a[i] * factor + out[i + j];
      out[i + j] = (uint32_t)carry;
      carry >>= 32;
    }
    out[a_length + j] = (uint32_t)carry;
  }
}

/* Scratch limbs multiply_recursive may use for operands of these lengths (generous: the
 * temporaries of each level are at most 4 * half + 4 and the levels halve). */
static size_t karatsuba_scratch_length(size_t a_length, size_t b_length) {
  return 4 * (a_length + b_length) + 64 * 8;
}

/* out[0..a_length+b_length) = a * b. */
static void multiply_recursive(uint32_t *out, const uint32_t *a, size_t a_length,
                               const uint32_t *b, size_t b_length, uint32_t *scratch) {
  if (a_length < b_length) {
    const uint32_t *swap = a;
    a = b;
    b = swap;
    size_t swap_length = a_length;
    a_length = b_length;
    b_length = swap_length;
  }
  if (b_length < KARATSUBA_THRESHOLD) {
    if (b_length == 0) {
      memset(out, 0, a_length * sizeof *out);
      return;
    }
    multiply_schoolbook(out, a, a_length, b, b_length);
    return;
  }
  size_t half = (a_length + 1) / 2;
  if (b_length <= half) {
    /* Unbalanced: a = a1 * B^half + a0, out = a0 * b + (a1 * b) << half. */
    size_t high_length = a_length - half;
    multiply_recursive(out, a, half, b, b_length, scratch);
    memset(out + half + b_length, 0, (a_length - half) * sizeof *out);
    uint32_t *product = scratch;
    multiply_recursive(product, a + half, high_length, b, b_length,
                       scratch + high_length + b_length);
    mag_add_in_place(out + half, a_length + b_length - half, product, high_length + b_length);
    return;
  }
  /* Balanced: z0 = a0*b0 in out's low 2*half limbs, z2 = a1*b1 above it. */
  size_t a_high = a_length - half, b_high = b_length - half;
  multiply_recursive(out, a, half, b, half, scratch);
  multiply_recursive(out + 2 * half, a + half, a_high, b + half, b_high, scratch);
  uint32_t *a_sum = scratch;
  uint32_t *b_sum = a_sum + half + 1;
  uint32_t *middle = b_sum + half + 1;
  uint32_t *rest = middle + 2 * half + 2;
  memcpy(a_sum, a, half * sizeof *a);
  a_sum[half] = mag_add_in_place(a_sum, half, a + half, a_high);
  memcpy(b_sum, b, half * sizeof *b);
  b_sum[half] = mag_add_in_place(b_sum, half, b + half, b_high);
  multiply_recursive(middle, a_sum, half + 1, b_sum, half + 1, rest);
  mag_subtract_in_place(middle, 2 * half + 2, out, 2 * half);
  mag_subtract_in_place(middle, 2 * half + 2, out + 2 * half, a_high + b_high);
  size_t middle_length = mag_normalize(middle, 2 * half + 2);
  mag_add_in_place(out + half, a_length + b_length - half, middle, middle_length);
}

BigIntStatus mag_multiply(uint32_t *out, const uint32_t *a, size_t a_length, const uint32_t *b,
                          size_t b_length) {
  size_t shorter = a_length < b_length ? a_length : b_length;
  if (shorter < KARATSUBA_THRESHOLD) {
    if (shorter == 0) {
      memset(out, 0, (a_length + b_length) * sizeof *out);
    } else if (a_length >= b_length) {
      multiply_schoolbook(out, a, a_length, b, b_length);
    } else {
      multiply_schoolbook(out, b, b_length, a, a_length);
    }
    return BIGINT_OK;
  }
  uint32_t *scratch = malloc(karatsuba_scratch_length(a_length, b_length) * sizeof *scratch);
  if (scratch == NULL) return BIGINT_OUT_OF_MEMORY;
  multiply_recursive(out, a, a_length, b, b_length, scratch);
  free(scratch);
  return BIGINT_OK;
}

size_t bigint_multiply_max_length(size_t a_length, size_t b_length) {
  return a_length + b_length;
}

BigIntStatus bigint_multiply(BigIntView a, BigIntView b, BigIntBuffer *out) {
  BigIntStatus status = mag_multiply(out->digits, a.digits, a.length, b.digits, b.length);
  if (status != BIGINT_OK) return status;
  bigint_finish(out, a.length + b.length, a.negative != b.negative);
  return BIGINT_OK;
}

/* The exponent as a uint64_t, or UINT64_MAX when it is larger (always too big then). */
static uint64_t small_exponent(BigIntView exponent) {
  if (exponent.length > 2) return UINT64_MAX;
  uint64_t value = 0;
  for (size_t i = exponent.length; i-- > 0;) value = value << 32 | exponent.digits[i];
  return value;
}

BigIntStatus bigint_exponentiate_max_length(BigIntView base, BigIntView exponent,
                                            size_t max_length, size_t *length) {
  if (exponent.negative) return BIGINT_NEGATIVE_EXPONENT;
  *length = 1;
  if (exponent.length == 0 || base.length == 0) return BIGINT_OK;
  uint64_t bits = bigint_bit_length(base);
  if (bits == 1) return BIGINT_OK; /* |base| = 1 */
  uint64_t power = small_exponent(exponent);
  /* |base|^e < 2^(bits * e): the bound is exact for powers of two, within bits/(bits-1)
   * otherwise. */
  uint64_t max_bits =
      (uint64_t)max_length > UINT64_MAX / 32 ? UINT64_MAX : (uint64_t)max_length * 32;
  if (power > max_bits / bits) return BIGINT_TOO_BIG;
  uint64_t limbs = (bits * power + 31) / 32;
  if (limbs > max_length) return BIGINT_TOO_BIG;
  /* One more: a square of an n-limb partial power is written as 2n limbs. */
  *length = (size_t)limbs + 1;
  return BIGINT_OK;
}

BigIntStatus bigint_exponentiate(BigIntView base, BigIntView exponent, size_t max_length,
                                 BigIntBuffer *out) {
  size_t capacity;
  BigIntStatus status = bigint_exponentiate_max_length(base, exponent, max_length, &capacity);
  if (status != BIGINT_OK) return status;
  /* 0n ** 0n is 1n; x ** 0n is 1n; 0n ** e is 0n. */
  if (exponent.length == 0) {
    out->digits[0] = 1;
    bigint_finish(out, 1, false);
    return BIGINT_OK;
  }
  uint64_t power = small_exponent(exponent);
  bool negative = base.negative && (power & 1) != 0;
  if (base.length == 0) {
    bigint_finish(out, 0, false);
    return BIGINT_OK;
  }
  if (bigint_bit_length(base) == 1) {
    out->digits[0] = 1;
    bigint_finish(out, 1, negative);
    return BIGINT_OK;
  }
  /* Left-to-right square and multiply, ping-ponging between out and one scratch buffer. */
  uint32_t *scratch = malloc(capacity * sizeof *scratch);
  if (scratch == NULL) return BIGINT_OUT_OF_MEMORY;
  uint32_t *current = out->digits, *next = scratch;
  memcpy(current, base.digits, base.length * sizeof *current);
  size_t length = base.length;
  int top = 63;
  while (((power >> top) & 1) == 0) top--;
  for (int bit = top - 1; bit >= 0; bit--) {
    status = mag_multiply(next, current, length, current, length);
    if (status != BIGINT_OK) break;
    length = mag_normalize(next, 2 * length);
    uint32_t *swap = current;
    current = next;
    next = swap;
    if ((power >> bit) & 1) {
      status = mag_multiply(next, current, length, base.digits, base.length);
      if (status != BIGINT_OK) break;
      length = mag_normalize(next, length + base.length);
      swap = current;
      current = next;
      next = swap;
    }
  }
  if (status == BIGINT_OK && current != out->digits) {
    memcpy(out->digits, current, length * sizeof *current);
  }
  free(scratch);
  if (status != BIGINT_OK) return status;
  bigint_finish(out, length, negative);
  return BIGINT_OK;
}
