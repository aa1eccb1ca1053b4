/* Conversions between BigInts and doubles or 64-bit integers: 21.2.1.1.1 NumberToBigInt
 * (exact, the double's significand placed at its exponent), Number(bigint) (21.1.1.1,
 * 6.1.6.2 "the Number value for ℝ(x)": the top 64 bits plus a sticky bit, rounded once,
 * half to even, Infinity from 2^1024 - 2^970 up), the exact BigInt-vs-Number comparison of
 * 7.2.13 IsLessThan / 7.2.14 IsLooselyEqual (compare with the truncated double, then let the
 * fraction decide), and the int64/uint64 fast paths (BigInt64Array, asIntN(64)). Doubles are
 * taken apart through their bits, so no libm and no FPU rounding mode is involved. */
#include "bigint/bigint_internal.h"

#include <string.h>

static uint64_t double_bits(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

static double bits_double(uint64_t bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

/* Writes the integer part of |x| (finite) into out (up to 32 limbs); *fraction says whether
 * bits were dropped. */
static void truncate_double(double x, BigIntBuffer *out, bool *fraction) {
  uint64_t bits = double_bits(x);
  int biased = (int)((bits >> 52) & 0x7FF);
  uint64_t significand = bits & (((uint64_t)1 << 52) - 1);
  if (biased != 0) significand |= (uint64_t)1 << 52;
  int exponent = (biased == 0 ? 1 : biased) - 1075; /* |x| = significand * 2^exponent */
  *fraction = false;
  if (exponent < 0) {
    if (exponent <= -64) {
      *fraction = significand != 0;
      significand = 0;
    } else {
      *fraction = (significand & (((uint64_t)1 << -exponent) - 1)) != 0;
      significand >>= -exponent;
    }
    exponent = 0;
  }
  size_t limbs = (size_t)(exponent / 32);
  int shift = exponent % 32;
  memset(out->digits, 0, BIGINT_DOUBLE_MAX_LENGTH * sizeof *out->digits);
  /* significand < 2^53, shifted by < 32: at most 85 bits, three limbs. */
  uint64_t low = significand << shift;
  uint32_t high = shift == 0 ? 0 : (uint32_t)(significand >> (64 - shift));
  uint32_t parts[3] = {(uint32_t)low, (uint32_t)(low >> 32), high};
  for (size_t i = 0; i < 3 && limbs + i < BIGINT_DOUBLE_MAX_LENGTH; i++) {
    out->digits[limbs + i] = parts[i];
  }
  bigint_finish(out, BIGINT_DOUBLE_MAX_LENGTH, x < 0);
}

BigIntStatus bigint_from_double(double x, BigIntBuffer *out) {
  if (x != x || x - x != 0) return BIGINT_NOT_INTEGRAL; /* NaN, infinities */
  bool fraction;
  truncate_double(x, out, &fraction);
  if (fraction) return BIGINT_NOT_INTEGRAL;
  return BIGINT_OK;
}

double bigint_to_double(BigIntView a) {
  if (a.length == 0) return 0.0;
  uint64_t length = bigint_bit_length(a);
  uint64_t sign = a.negative ? (uint64_t)1 << 63 : 0;
  if (length > 1024) return bits_double(sign | (uint64_t)0x7FF << 52);
  /* top: the 64 most significant bits, left-aligned; sticky: any bit below them. */
  uint64_t top = 0;
  bool sticky = false;
  int64_t position = (int64_t)length - 64; /* bit index of top's lowest bit */
  for (size_t i = a.length; i-- > 0;) {
    int64_t limb_low = (int64_t)i * 32;
    uint64_t limb = a.digits[i];
    if (limb_low + 32 <= position) {
      sticky |= limb != 0;
      continue;
    }
    int64_t offset = limb_low - position; /* where this limb's bit 0 lands in top */
    if (offset >= 0) {
      top |= limb << offset;
    } else {
      top |= limb >> -offset;
      sticky |= (limb & (((uint64_t)1 << -offset) - 1)) != 0;
    }
  }
  /* Round the 64 bits to 53, half to even. */
  uint64_t kept = top >> 11;
  uint64_t rest = top & 0x7FF;
  if (rest > 0x400 || (rest == 0x400 && (sticky || (kept & 1)))) kept++;
  uint64_t exponent = length - 1; /* value ~ kept * 2^(length - 53) */
  if (kept >> 53) {
    kept >>= 1;
    exponent++;
  }
  if (exponent >= 1024) return bits_double(sign | (uint64_t)0x7FF << 52);
  return bits_double(sign | (exponent + 1023) << 52 | (kept & (((uint64_t)1 << 52) - 1)));
}

int bigint_compare_double(BigIntView a, double x) {
  if (x != x) return BIGINT_UNORDERED;
  if (x - x != 0) return x > 0 ? -1 : 1; /* infinities */
  bool x_negative = x < 0;
  if (a.length == 0 || x == 0) {
    int a_sign = a.length == 0 ? 0 : a.negative ? -1 : 1;
    int x_sign = x == 0 ? 0 : x_negative ? -1 : 1;
    return a_sign < x_sign ? -1 : a_sign > x_sign ? 1 : 0;
  }
  if (a.negative != x_negative) return a.negative ? -1 : 1;
  uint32_t digits[BIGINT_DOUBLE_MAX_LENGTH];
  BigIntBuffer truncated = {digits, 0, false};
  bool fraction;
  truncate_double(x, &truncated, &fraction);
  /* |a| vs |x| = trunc|x| + fraction */
  int order = mag_compare(a.digits, a.length, truncated.digits, truncated.length);
  if (order == 0 && fraction) order = -1;
  return a.negative ? -order : order;
}

void bigint_from_uint64(uint64_t value, BigIntBuffer *out) {
  out->digits[0] = (uint32_t)value;
  out->digits[1] = (uint32_t)(value >> 32);
  bigint_finish(out, 2, false);
}

void bigint_from_int64(int64_t value, BigIntBuffer *out) {
  uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
  bigint_from_uint64(magnitude, out);
  out->negative = value < 0;
}

uint64_t bigint_to_uint64(BigIntView a) {
  uint64_t magnitude = 0;
  if (a.length >= 1) magnitude = a.digits[0];
  if (a.length >= 2) magnitude |= (uint64_t)a.digits[1] << 32;
  return a.negative ? 0 - magnitude : magnitude;
}

int64_t bigint_to_int64(BigIntView a) {
  uint64_t bits = bigint_to_uint64(a);
  /* Two's complement reinterpretation without implementation-defined conversion. */
  if (bits >> 63) return -(int64_t)(~bits) - 1;
  return (int64_t)bits;
}
