/* Division (6.1.6.2.5 BigInt::divide, 6.1.6.2.6 BigInt::remainder): Knuth's algorithm D
 * (TAOCP vol. 2, 4.3.1) on 32-bit limbs with 64-bit intermediates. The divisor is shifted
 * so its top limb has its high bit set; each quotient limb is estimated from the top two
 * limbs of the remainder, corrected at most twice, then multiplied back and subtracted
 * (added back in the rare case the estimate was still one too big). A one-limb divisor
 * takes the short division path. The quotient truncates toward zero; the remainder takes
 * the dividend's sign. */
#include "bigint/bigint_internal.h"

#include <stdlib.h>
#include <string.h>

uint32_t mag_divide_small(uint32_t *a, size_t length, uint32_t divisor) {
  uint64_t remainder = 0;
  for (size_t i = length; i-- > 0;) {
    uint64_t current = remainder << 32 | a[i];
    a[i] = (uint32_t)(current / divisor);
    remainder = current % divisor;
  }
  return (uint32_t)remainder;
}

static int leading_zeros(uint32_t x) {
  int count = 0;
  while ((x & 0x80000000u) == 0) {
    x <<= 1;
    count++;
  }
  return count;
}

/* Knuth D: u (m + n limbs) by v (n >= 2 limbs, top limb non-zero). quotient gets m + 1
 * limbs, remainder n limbs (either may be NULL). */
static BigIntStatus divide_knuth(const uint32_t *u, size_t u_length, const uint32_t *v,
                                 size_t n, uint32_t *quotient, uint32_t *remainder) {
  size_t m = u_length - n;
  uint32_t *scratch = malloc((u_length + 1 + n) * sizeof *scratch);
  if (scratch == NULL) return BIGINT_OUT_OF_MEMORY;
  uint32_t *un = scratch, *vn = scratch + u_length + 1;
  /* D1: normalize. */
  int shift = leading_zeros(v[n - 1]);
  for (size_t i = n - 1; i > 0; i--) {
    vn[i] = shift == 0 ? v[i] : v[i] << shift | v[i - 1] >> (32 - shift);
  }
  vn[0] = v[0] << shift;
  un[u_length] = shift == 0 ? 0 : u[u_length - 1] >> (32 - shift);
  for (size_t i = u_length - 1; i > 0; i--) {
    un[i] = shift == 0 ? u[i] : u[i] << shift | u[i - 1] >> (32 - shift);
  }
  un[0] = u[0] << shift;
  const uint64_t base = (uint64_t)1 << 32;
  for (size_t j = m + 1; j-- > 0;) {
    /* D3: estimate q from the top two limbs. */
    uint64_t top = (uint64_t)un[j + n] << 32 | un[j + n - 1];
    uint64_t q = top / vn[n - 1];
    uint64_t r = top % vn[n - 1];
    while (q >= base || q * vn[n - 2] > (r << 32 | un[j + n - 2])) {
      q--;
      r += vn[n - 1];
      if (r >= base) break;
    }
    /* D4: multiply and subtract. */
    uint64_t borrow = 0, carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t product = q * vn[i] + carry;
      carry = product >> 32;
      uint64_t difference = (uint64_t)un[i + j] - (uint32_t)product - borrow;
      un[i + j] = (uint32_t)difference;
      borrow = difference >> 63;
    }
    uint64_t difference = (uint64_t)un[j + n] - carry - borrow;
    un[j + n] = (uint32_t)difference;
    /* D6: add back when the estimate was one too big. */
    if (difference >> 63) {
      q--;
      uint64_t add_carry = 0;
      for (size_t i = 0; i < n; i++) {
        add_carry += (uint64_t)un[i + j] + vn[i];
        un[i + j] = (uint32_t)add_carry;
        add_carry >>= 32;
      }
      un[j + n] += (uint32_t)add_carry;
    }
    if (quotient != NULL) quotient[j] = (uint32_t)q;
  }
  /* D8: unnormalize the remainder. */
  if (remainder != NULL) {
    for (size_t i = 0; i < n; i++) {
      remainder[i] = shift == 0 ? un[i] : un[i] >> shift | un[i + 1] << (32 - shift);
    }
  }
  free(scratch);
  return BIGINT_OK;
}

size_t bigint_divide_max_length(size_t a_length, size_t b_length) {
  return a_length >= b_length ? a_length - b_length + 1 : 0;
}

size_t bigint_remainder_max_length(size_t a_length, size_t b_length) {
  return a_length < b_length ? a_length : b_length;
}

BigIntStatus bigint_divide_remainder(BigIntView a, BigIntView b, BigIntBuffer *quotient,
                                     BigIntBuffer *remainder) {
  if (b.length == 0) return BIGINT_DIVISION_BY_ZERO;
  bool quotient_negative = a.negative != b.negative;
  if (mag_compare(a.digits, a.length, b.digits, b.length) < 0) {
    if (quotient != NULL) bigint_finish(quotient, 0, false);
    if (remainder != NULL) {
      if (a.length != 0) memmove(remainder->digits, a.digits, a.length * sizeof *a.digits);
      bigint_finish(remainder, a.length, a.negative);
    }
    return BIGINT_OK;
  }
  if (b.length == 1) {
    uint32_t *q = quotient != NULL ? quotient->digits : NULL;
    uint64_t rest = 0;
    for (size_t i = a.length; i-- > 0;) {
      uint64_t current = rest << 32 | a.digits[i];
      if (q != NULL) q[i] = (uint32_t)(current / b.digits[0]);
      rest = current % b.digits[0];
    }
    if (quotient != NULL) bigint_finish(quotient, a.length, quotient_negative);
    if (remainder != NULL) {
      remainder->digits[0] = (uint32_t)rest;
      bigint_finish(remainder, 1, a.negative);
    }
    return BIGINT_OK;
  }
  BigIntStatus status =
      divide_knuth(a.digits, a.length, b.digits, b.length,
                   quotient != NULL ? quotient->digits : NULL,
                   remainder != NULL ? remainder->digits : NULL);
  if (status != BIGINT_OK) return status;
  if (quotient != NULL) bigint_finish(quotient, a.length - b.length + 1, quotient_negative);
  if (remainder != NULL) bigint_finish(remainder, b.length, a.negative);
  return BIGINT_OK;
}

BigIntStatus bigint_divide(BigIntView a, BigIntView b, BigIntBuffer *quotient) {
  return bigint_divide_remainder(a, b, quotient, NULL);
}

BigIntStatus bigint_remainder(BigIntView a, BigIntView b, BigIntBuffer *remainder) {
  return bigint_divide_remainder(a, b, NULL, remainder);
}
