/* Shifts, bitwise operators and modular truncation on infinite two's complement
 * (6.1.6.2.2 bitwiseNOT, 6.1.6.2.9 leftShift, 6.1.6.2.10 signedRightShift, 6.1.6.2.18-20
 * bitwiseAND/XOR/OR, 21.2.2.1 BigInt.asIntN, 21.2.2.2 BigInt.asUintN).
 * A negative x is, in two's complement, ~(|x| - 1): the operators stream |x| - 1 limb by
 * limb (a running borrow), combine, and a negative result is stored as its magnitude
 * (~r + 1 computed as (complemented bits) + 1), so no scratch memory is needed.
 * A right shift of a negative value rounds toward -infinity: -((|x| >> n) + (any bit
 * shifted out)). Bit counts go up to 2^53 - 1 without allocating that many bits: only
 * results that really are that long (2^bits - |x| from asUintN, << by a huge count) are
 * TOO_BIG. */
#include "bigint/bigint_internal.h"

#include <string.h>

/* Streams the limbs of x's two's complement (for x < 0: ~(|x| - 1)), zero/one-extended. */
typedef struct LimbStream {
  const uint32_t *digits;
  size_t length;
  bool negative;
  uint32_t borrow; /* of |x| - 1 */
} LimbStream;

static LimbStream stream_start(BigIntView x) {
  LimbStream stream = {x.digits, x.length, x.negative, 1};
  return stream;
}

/* The next limb of the two's complement (call for i = 0, 1, 2, ... in order). */
static uint32_t stream_next(LimbStream *stream, size_t i) {
  uint32_t limb = i < stream->length ? stream->digits[i] : 0;
  if (!stream->negative) return limb;
  uint32_t minus_one = limb - stream->borrow;
  stream->borrow = stream->borrow != 0 && limb == 0;
  return ~minus_one;
}

typedef enum BitwiseOp { BITWISE_AND, BITWISE_OR, BITWISE_XOR } BitwiseOp;

size_t bigint_bitwise_max_length(size_t a_length, size_t b_length) {
  return (a_length > b_length ? a_length : b_length) + 1;
}

static void bitwise(BitwiseOp op, BigIntView a, BigIntView b, BigIntBuffer *out) {
  bool negative;
  switch (op) {
    case BITWISE_AND: negative = a.negative && b.negative; break;
    case BITWISE_OR: negative = a.negative || b.negative; break;
    default: negative = a.negative != b.negative; break;
  }
  size_t length = a.length > b.length ? a.length : b.length;
  LimbStream sa = stream_start(a), sb = stream_start(b);
  for (size_t i = 0; i < length; i++) {
    uint32_t x = stream_next(&sa, i), y = stream_next(&sb, i);
    uint32_t r = op == BITWISE_AND ? x & y : op == BITWISE_OR ? x | y : x ^ y;
    /* A negative result's magnitude is ~r + 1: store ~r now, add the one below. */
    out->digits[i] = negative ? ~r : r;
  }
  out->digits[length] = 0;
  if (negative) {
    uint32_t one = 1;
    mag_add_in_place(out->digits, length + 1, &one, 1);
  }
  bigint_finish(out, length + 1, negative);
}

void bigint_bitwise_and(BigIntView a, BigIntView b, BigIntBuffer *out) {
  bitwise(BITWISE_AND, a, b, out);
}

void bigint_bitwise_or(BigIntView a, BigIntView b, BigIntBuffer *out) {
  bitwise(BITWISE_OR, a, b, out);
}

void bigint_bitwise_xor(BigIntView a, BigIntView b, BigIntBuffer *out) {
  bitwise(BITWISE_XOR, a, b, out);
}

void bigint_bitwise_not(BigIntView a, BigIntBuffer *out) {
  uint32_t one = 1;
  if (a.negative) {
    /* ~x = |x| - 1 */
    bigint_finish(out, mag_subtract(out->digits, a.digits, a.length, &one, 1), false);
  } else if (a.length == 0) {
    out->digits[0] = 1;
    bigint_finish(out, 1, true);
  } else {
    /* ~x = -(x + 1) */
    bigint_finish(out, mag_add(out->digits, a.digits, a.length, &one, 1), true);
  }
}

/* --- shifts ------------------------------------------------------------------------- */

/* The shift count: its magnitude saturated to UINT64_MAX, and its direction. */
static uint64_t shift_amount(BigIntView shift) {
  if (shift.length > 2) return UINT64_MAX;
  uint64_t value = 0;
  for (size_t i = shift.length; i-- > 0;) value = value << 32 | shift.digits[i];
  return value;
}

/* Limbs of |a| << count, or TOO_BIG. */
static BigIntStatus left_length(BigIntView a, uint64_t count, size_t max_length, size_t *length) {
  if (a.length == 0) {
    *length = 0;
    return BIGINT_OK;
  }
  uint64_t limbs = (uint64_t)a.length + count / 32 + 1;
  if (count > UINT64_MAX / 2 || count / 32 >= (uint64_t)max_length ||
      limbs - 1 > (uint64_t)max_length ||
      (bigint_bit_length(a) + count + 31) / 32 > (uint64_t)max_length) {
    return BIGINT_TOO_BIG;
  }
  *length = (size_t)limbs;
  return BIGINT_OK;
}

/* out = a << count (count small enough: checked by left_length). */
static void shift_left_by(BigIntView a, uint64_t count, BigIntBuffer *out) {
  size_t limbs = (size_t)(count / 32);
  int bits = (int)(count % 32);
  if (a.length == 0) {
    bigint_finish(out, 0, false);
    return;
  }
  uint32_t carry = 0;
  for (size_t i = 0; i < a.length; i++) {
    uint32_t limb = a.digits[i];
    out->digits[i + limbs] = bits == 0 ? limb : limb << bits | carry;
    carry = bits == 0 ? 0 : limb >> (32 - bits);
  }
  out->digits[a.length + limbs] = carry;
  memset(out->digits, 0, limbs * sizeof *out->digits);
  bigint_finish(out, a.length + limbs + 1, a.negative);
}

/* out = a >> count, rounding toward -infinity. */
static void shift_right_by(BigIntView a, uint64_t count, BigIntBuffer *out) {
  if (count >= (uint64_t)a.length * 32) {
    /* Every bit goes: 0 for a >= 0, -1 for a < 0. */
    if (a.negative) out->digits[0] = 1;
    bigint_finish(out, a.negative ? 1 : 0, a.negative);
    return;
  }
  size_t limbs = (size_t)(count / 32);
  int bits = (int)(count % 32);
  bool lost = false;
  for (size_t i = 0; i < limbs; i++) lost |= a.digits[i] != 0;
  if (bits != 0) lost |= (a.digits[limbs] & ((1u << bits) - 1)) != 0;
  size_t length = a.length - limbs;
  for (size_t i = 0; i < length; i++) {
    uint32_t low = a.digits[i + limbs];
    uint32_t high = i + limbs + 1 < a.length ? a.digits[i + limbs + 1] : 0;
    out->digits[i] = bits == 0 ? low : low >> bits | high << (32 - bits);
  }
  out->digits[length] = 0;
  if (a.negative && lost) {
    uint32_t one = 1;
    mag_add_in_place(out->digits, length + 1, &one, 1);
  }
  bigint_finish(out, length + 1, a.negative);
}

BigIntStatus bigint_left_shift_max_length(BigIntView a, BigIntView shift, size_t max_length,
                                          size_t *length) {
  if (shift.negative) {
    *length = a.length + 1;
    return BIGINT_OK;
  }
  return left_length(a, shift_amount(shift), max_length, length);
}

BigIntStatus bigint_left_shift(BigIntView a, BigIntView shift, size_t max_length,
                               BigIntBuffer *out) {
  uint64_t count = shift_amount(shift);
  if (shift.negative) {
    shift_right_by(a, count, out);
    return BIGINT_OK;
  }
  size_t length;
  BigIntStatus status = left_length(a, count, max_length, &length);
  if (status != BIGINT_OK) return status;
  shift_left_by(a, count, out);
  return BIGINT_OK;
}

BigIntStatus bigint_signed_right_shift_max_length(BigIntView a, BigIntView shift,
                                                  size_t max_length, size_t *length) {
  BigIntView negated = {shift.digits, shift.length, shift.length != 0 && !shift.negative};
  return bigint_left_shift_max_length(a, negated, max_length, length);
}

BigIntStatus bigint_signed_right_shift(BigIntView a, BigIntView shift, size_t max_length,
                                       BigIntBuffer *out) {
  BigIntView negated = {shift.digits, shift.length, shift.length != 0 && !shift.negative};
  return bigint_left_shift(a, negated, max_length, out);
}

/* --- asIntN / asUintN ---------------------------------------------------------------- */

/* out[0..limbs) = a mod 2^bits (two's complement for a < 0), bits <= limbs * 32. */
static void truncate_to_bits(BigIntView a, uint64_t bits, size_t limbs, uint32_t *out) {
  uint32_t carry = 1;
  for (size_t i = 0; i < limbs; i++) {
    uint32_t limb = i < a.length ? a.digits[i] : 0;
    if (a.negative) {
      /* -|a| = ~|a| + 1 */
      uint64_t sum = (uint64_t)(uint32_t)~limb + carry;
      limb = (uint32_t)sum;
      carry = (uint32_t)(sum >> 32);
    }
    out[i] = limb;
  }
  int top_bits = (int)(bits % 32);
  if (top_bits != 0) out[limbs - 1] &= (1u << top_bits) - 1;
}

size_t bigint_as_int_n_max_length(uint64_t bits, BigIntView a) {
  (void)bits; /* the result is a itself or a truncation of it, whatever bits is */
  return a.length;
}

void bigint_as_int_n(uint64_t bits, BigIntView a, BigIntBuffer *out) {
  uint64_t length = bigint_bit_length(a);
  if (bits == 0 || a.length == 0) {
    bigint_finish(out, 0, false);
    return;
  }
  /* Already in [-2^(bits-1), 2^(bits-1)): a itself (this covers every huge bits). */
  bool fits = length < bits;
  if (!fits && a.negative && length == bits) {
    /* |a| = 2^(bits-1) exactly fits too. */
    size_t top = (size_t)((bits - 1) / 32);
    fits = a.digits[top] == 1u << ((bits - 1) % 32) && mag_normalize(a.digits, top) == 0;
  }
  if (fits) {
    memmove(out->digits, a.digits, a.length * sizeof *a.digits);
    bigint_finish(out, a.length, a.negative);
    return;
  }
  /* Here bits <= bit length of |a|, so the limbs fit a.length. */
  size_t limbs = (size_t)((bits + 31) / 32);
  truncate_to_bits(a, bits, limbs, out->digits);
  uint64_t sign_bit = bits - 1;
  bool negative = (out->digits[sign_bit / 32] >> (sign_bit % 32)) & 1;
  if (negative) {
    /* value - 2^bits = -(2^bits - value): negate within the same bits. */
    BigIntView value = {out->digits, limbs, true};
    truncate_to_bits(value, bits, limbs, out->digits);
  }
  bigint_finish(out, limbs, negative);
}

BigIntStatus bigint_as_uint_n_max_length(uint64_t bits, BigIntView a, size_t max_length,
                                         size_t *length) {
  if (!a.negative) {
    *length = a.length;
    return BIGINT_OK;
  }
  uint64_t limbs = (bits + 31) / 32;
  if (limbs > (uint64_t)max_length) return BIGINT_TOO_BIG;
  *length = (size_t)limbs;
  return BIGINT_OK;
}

BigIntStatus bigint_as_uint_n(uint64_t bits, BigIntView a, size_t max_length, BigIntBuffer *out) {
  if (bits == 0 || a.length == 0) {
    bigint_finish(out, 0, false);
    return BIGINT_OK;
  }
  if (!a.negative && bigint_bit_length(a) <= bits) {
    memmove(out->digits, a.digits, a.length * sizeof *a.digits);
    bigint_finish(out, a.length, false);
    return BIGINT_OK;
  }
  size_t limbs;
  BigIntStatus status = bigint_as_uint_n_max_length(bits, a, max_length, &limbs);
  if (status != BIGINT_OK) return status;
  if (!a.negative) limbs = (size_t)((bits + 31) / 32); /* bits < bit length here */
  truncate_to_bits(a, bits, limbs, out->digits);
  bigint_finish(out, limbs, false);
  return BIGINT_OK;
}
