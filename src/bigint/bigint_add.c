/* Addition, subtraction, negation and comparison (6.1.6.2.1 unaryMinus, 6.1.6.2.7 add,
 * 6.1.6.2.8 subtract, 6.1.6.2.12 lessThan, 6.1.6.2.13 equal) on sign + magnitude: equal
 * signs add magnitudes, different signs subtract the smaller from the larger and take the
 * larger's sign. Also the magnitude primitives the other files build on. */
#include "bigint/bigint_internal.h"

#include <string.h>

int mag_compare(const uint32_t *a, size_t a_length, const uint32_t *b, size_t b_length) {
  if (a_length != b_length) return a_length < b_length ? -1 : 1;
  for (size_t i = a_length; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

size_t mag_add(uint32_t *out, const uint32_t *a, size_t a_length, const uint32_t *b,
               size_t b_length) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < b_length; i++) {
    carry += (uint64_t)a[i] + b[i];
    out[i] = (uint32_t)carry;
    carry >>= 32;
  }
  for (; i < a_length; i++) {
    carry += a[i];
    out[i] = (uint32_t)carry;
    carry >>= 32;
  }
  out[a_length] = (uint32_t)carry;
  return mag_normalize(out, a_length + 1);
}

size_t mag_subtract(uint32_t *out, const uint32_t *a, size_t a_length, const uint32_t *b,
                    size_t b_length) {
  uint32_t borrow = 0;
  size_t i = 0;
  for (; i < b_length; i++) {
    uint64_t difference = (uint64_t)a[i] - b[i] - borrow;
    out[i] = (uint32_t)difference;
    borrow = (uint32_t)(difference >> 63);
  }
  for (; i < a_length; i++) {
    uint64_t difference = (uint64_t)a[i] - borrow;
    out[i] = (uint32_t)difference;
    borrow = (uint32_t)(difference >> 63);
  }
  return mag_normalize(out, a_length);
}

uint32_t mag_add_in_place(uint32_t *a, size_t a_length, const uint32_t *b, size_t b_length) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < b_length; i++) {
    carry += (uint64_t)a[i] + b[i];
    a[i] = (uint32_t)carry;
    carry >>= 32;
  }
  for (; carry != 0 && i < a_length; i++) {
    carry += a[i];
    a[i] = (uint32_t)carry;
    carry >>= 32;
  }
  return (uint32_t)carry;
}

uint32_t mag_subtract_in_place(uint32_t *a, size_t a_length, const uint32_t *b,
                               size_t b_length) {
  uint32_t borrow = 0;
  size_t i = 0;
  for (; i < b_length; i++) {
    uint64_t difference = (uint64_t)a[i] - b[i] - borrow;
    a[i] = (uint32_t)difference;
    borrow = (uint32_t)(difference >> 63);
  }
  for (; borrow != 0 && i < a_length; i++) {
    uint64_t difference = (uint64_t)a[i] - borrow;
    a[i] = (uint32_t)difference;
    borrow = (uint32_t)(difference >> 63);
  }
  return borrow;
}

size_t bigint_add_max_length(size_t a_length, size_t b_length) {
  return (a_length > b_length ? a_length : b_length) + 1;
}

/* a + (b with its sign flipped when `flip`): the one routine under add and subtract. */
static void add_signed(BigIntView a, BigIntView b, bool b_negative, BigIntBuffer *out) {
  if (a.negative == b_negative) {
    size_t length = a.length >= b.length
                        ? mag_add(out->digits, a.digits, a.length, b.digits, b.length)
                        : mag_add(out->digits, b.digits, b.length, a.digits, a.length);
    bigint_finish(out, length, a.negative);
    return;
  }
  int order = mag_compare(a.digits, a.length, b.digits, b.length);
  if (order == 0) {
    bigint_finish(out, 0, false);
  } else if (order > 0) {
    bigint_finish(out, mag_subtract(out->digits, a.digits, a.length, b.digits, b.length),
                  a.negative);
  } else {
    bigint_finish(out, mag_subtract(out->digits, b.digits, b.length, a.digits, a.length),
                  b_negative);
  }
}

void bigint_add(BigIntView a, BigIntView b, BigIntBuffer *out) {
  add_signed(a, b, b.negative, out);
}

void bigint_subtract(BigIntView a, BigIntView b, BigIntBuffer *out) {
  add_signed(a, b, b.length != 0 && !b.negative, out);
}

void bigint_negate(BigIntView a, BigIntBuffer *out) {
  if (a.length != 0) memmove(out->digits, a.digits, a.length * sizeof *a.digits);
  bigint_finish(out, a.length, !a.negative);
}

int bigint_compare_magnitude(BigIntView a, BigIntView b) {
  return mag_compare(a.digits, a.length, b.digits, b.length);
}

int bigint_compare(BigIntView a, BigIntView b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int order = mag_compare(a.digits, a.length, b.digits, b.length);
  return a.negative ? -order : order;
}

bool bigint_equal(BigIntView a, BigIntView b) {
  return a.negative == b.negative && mag_compare(a.digits, a.length, b.digits, b.length) == 0;
}

uint64_t bigint_bit_length(BigIntView a) {
  if (a.length == 0) return 0;
  uint32_t top = a.digits[a.length - 1];
  int bits = 0;
  while (top != 0) {
    bits++;
    top >>= 1;
  }
  return (uint64_t)(a.length - 1) * 32 + (uint64_t)bits;
}
