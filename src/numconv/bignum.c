/* Fixed-capacity unsigned big integers (see bignum.h): just the operations exact decimal <->
 * binary conversion needs — scale by powers of 2, 5 and 10, add, subtract, compare, and
 * divisions with a small divisor or a small quotient. Schoolbook algorithms on 32-bit limbs;
 * operands stay below ~4000 bits, where nothing cleverer pays off. */
#include "numconv/bignum.h"

#include <assert.h>
#include <string.h>

static void clamp(NumBig *b) {
  while (b->used > 0 && b->limb[b->used - 1] == 0) b->used--;
}

void num_big_set_u64(NumBig *b, uint64_t value) {
  b->limb[0] = (uint32_t)value;
  b->limb[1] = (uint32_t)(value >> 32);
  b->used = 2;
  clamp(b);
}

void num_big_copy(NumBig *dst, const NumBig *src) {
  memcpy(dst->limb, src->limb, (size_t)src->used * sizeof src->limb[0]);
  dst->used = src->used;
}

void num_big_shift_left(NumBig *b, int bits) {
  if (b->used == 0 || bits <= 0) return;
  int limbs = bits / 32, rest = bits % 32;
  assert(b->used + limbs + 1 <= NUM_BIG_LIMBS);
  if (rest == 0) {
    for (int i = b->used - 1; i >= 0; i--) b->limb[i + limbs] = b->limb[i];
  } else {
    b->limb[b->used + limbs] = 0;
    for (int i = b->used - 1; i >= 0; i--) {
      b->limb[i + limbs + 1] |= b->limb[i] >> (32 - rest);
      b->limb[i + limbs] = b->limb[i] << rest;
    }
  }
  for (int i = 0; i < limbs; i++) b->limb[i] = 0;
  b->used += limbs + (rest != 0);
  clamp(b);
}

void num_big_shift_right(NumBig *b, int bits) {
  if (bits <= 0) return;
  int limbs = bits / 32, rest = bits % 32;
  if (limbs >= b->used) {
    b->used = 0;
    return;
  }
  int n = b->used - limbs;
  for (int i = 0; i < n; i++) {
    uint32_t low = b->limb[i + limbs] >> rest;
    uint32_t high = (rest != 0 && i + limbs + 1 < b->used) ? b->limb[i + limbs + 1] << (32 - rest) : 0;
    b->limb[i] = low | high;
  }
  b->used = n;
  clamp(b);
}

bool num_big_low_bits_nonzero(const NumBig *b, int bits) {
  int limbs = bits / 32, rest = bits % 32;
  for (int i = 0; i < limbs && i < b->used; i++)
    if (b->limb[i] != 0) return true;
  if (rest != 0 && limbs < b->used && (b->limb[limbs] & ((1u << rest) - 1)) != 0) return true;
  return false;
}

void num_big_mul_add_small(NumBig *b, uint32_t factor, uint32_t addend) {
  uint64_t carry = addend;
  for (int i = 0; i < b->used; i++) {
    uint64_t product = (uint64_t)b->limb[i] * factor + carry;
    b->limb[i] = (uint32_t)product;
    carry = product >> 32;
  }
  if (carry != 0) {
    assert(b->used < NUM_BIG_LIMBS);
    b->limb[b->used++] = (uint32_t)carry;
  }
  clamp(b);
}

void num_big_mul_pow5(NumBig *b, int n) {
  static const uint32_t pow5[14] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
                                    9765625, 48828125, 244140625, 1220703125};
  while (n >= 13) {
    num_big_mul_add_small(b, pow5[13], 0);
    n -= 13;
  }
  if (n > 0) num_big_mul_add_small(b, pow5[n], 0);
}

void num_big_mul_pow10(NumBig *b, int n) {
  num_big_mul_pow5(b, n);
  num_big_shift_left(b, n);
}

uint32_t num_big_div_small(NumBig *b, uint32_t divisor) {
  uint64_t remainder = 0;
  for (int i = b->used - 1; i >= 0; i--) {
    uint64_t current = (remainder << 32) | b->limb[i];
    b->limb[i] = (uint32_t)(current / divisor);
    remainder = current % divisor;
  }
  clamp(b);
  return (uint32_t)remainder;
}

void num_big_add(NumBig *a, const NumBig *b) {
  int n = a->used > b->used ? a->used : b->used;
  uint64_t carry = 0;
  for (int i = 0; i < n; i++) {
    uint64_t sum = carry + (i < a->used ? a->limb[i] : 0) + (i < b->used ? b->limb[i] : 0);
    a->limb[i] = (uint32_t)sum;
    carry = sum >> 32;
  }
  a->used = n;
  if (carry != 0) {
    assert(n < NUM_BIG_LIMBS);
    a->limb[a->used++] = (uint32_t)carry;
  }
}

void num_big_sub(NumBig *a, const NumBig *b) {
  int64_t borrow = 0;
  for (int i = 0; i < a->used; i++) {
    int64_t diff = (int64_t)a->limb[i] - (i < b->used ? b->limb[i] : 0) - borrow;
    borrow = diff < 0;
    a->limb[i] = (uint32_t)(diff + (borrow << 32));
  }
  assert(borrow == 0);
  clamp(a);
}

int num_big_compare(const NumBig *a, const NumBig *b) {
  if (a->used != b->used) return a->used < b->used ? -1 : 1;
  for (int i = a->used - 1; i >= 0; i--)
    if (a->limb[i] != b->limb[i]) return a->limb[i] < b->limb[i] ? -1 : 1;
  return 0;
}

int num_big_plus_compare(const NumBig *a, const NumBig *b, const NumBig *c) {
  NumBig sum;
  num_big_copy(&sum, a);
  num_big_add(&sum, b);
  return num_big_compare(&sum, c);
}

int num_big_bit_length(const NumBig *b) {
  if (b->used == 0) return 0;
  uint32_t top = b->limb[b->used - 1];
  int bits = 0;
  while (top != 0) {
    bits++;
    top >>= 1;
  }
  return (b->used - 1) * 32 + bits;
}

uint64_t num_big_low_u64(const NumBig *b) {
  uint64_t value = b->used > 0 ? b->limb[0] : 0;
  if (b->used > 1) value |= (uint64_t)b->limb[1] << 32;
  return value;
}

int num_big_divmod_digit(NumBig *r, const NumBig *s) {
  int digit = 0;
  while (num_big_compare(r, s) >= 0) {
    num_big_sub(r, s);
    digit++;
  }
  return digit;
}
