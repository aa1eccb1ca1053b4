/* Decimal text -> double, correctly rounded (round half to even on the exact value), and the
 * ECMAScript front ends over it: StringToNumber, parseFloat, parseInt.
 * Mechanism: significant digits are collected into at most 780 digits plus a sticky '1'
 * when anything non-zero follows. Every halfway point between two doubles has at most 768
 * significant digits, so the truncation never changes which side of one the value lies on.
 * Then digits * 10^e is converted exactly:
 *  - Clinger's fast path when the digits fit a double exactly and 10^|e| <= 10^22 does too
 *    (one IEEE multiply or divide, which rounds correctly by itself);
 *  - otherwise big integers: for e >= 0 the top 64 bits of digits * 10^e plus a sticky bit,
 *    for e < 0 a 64-bit quotient of (digits << k) / 10^-e plus the remainder as sticky bit,
 *    rounded once by num_round_to_double. */
#include "numconv/numconv.h"

#include <float.h>

#include "numconv/bignum.h"
#include "numconv/numconv_internal.h"

#define MAX_SIGNIFICANT_DIGITS 780
#define EXPONENT_LIMIT 100000000 /* explicit exponents saturate here: far past 1e±400 */

double num_round_to_double(uint64_t q, int exp2, bool sticky) {
  if (q == 0) return 0;
  while ((q >> 63) == 0) {
    q <<= 1;
    exp2--;
  }
  /* q * 2^exp2 with q in [2^63, 2^64): the value's binary exponent is exp2 + 63. */
  int exponent = exp2 + 63;
  int keep = exponent >= -1022 ? 53 : exponent + 1075;
  if (keep < 0) return 0; /* below half the smallest subnormal */
  int drop = 64 - keep;
  uint64_t kept = drop >= 64 ? 0 : q >> drop;
  uint64_t rest = drop >= 64 ? q : q & ((UINT64_C(1) << drop) - 1);
  uint64_t half = UINT64_C(1) << (drop - 1);
  if (rest > half || (rest == half && (sticky || (kept & 1) != 0))) kept++;
  if (exponent < -1022) return num_from_bits(kept); /* subnormal; a carry makes it normal */
  if (kept == (UINT64_C(1) << 53)) {
    kept >>= 1;
    exponent++;
  }
  if (exponent > 1023) return num_infinity();
  return num_from_bits(((uint64_t)(exponent + 1023) << 52) | (kept & NUM_SIGNIFICAND_MASK));
}

/* Significant digits (no leading zeros) and the power of ten they are scaled by. */
typedef struct DecimalDigits {
  char digits[MAX_SIGNIFICANT_DIGITS + 1];
  int count;
  int64_t exponent;
  bool sticky;
} DecimalDigits;

static void add_digit(DecimalDigits *d, uint32_t c, bool in_fraction) {
  if (d->count == 0 && c == '0') {
    if (in_fraction) d->exponent--;
  } else if (d->count < MAX_SIGNIFICANT_DIGITS) {
    d->digits[d->count++] = (char)c;
    if (in_fraction) d->exponent--;
  } else {
    if (c != '0') d->sticky = true;
    if (!in_fraction) d->exponent++;
  }
}

static const double EXACT_POWERS_OF_TEN[23] = {
  1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Big integer of the digits; 9 at a time. */
static void digits_to_big(const DecimalDigits *d, NumBig *m) {
  num_big_set_u64(m, 0);
  int i = 0;
  while (i < d->count) {
    uint32_t chunk = 0, scale = 1;
    for (int j = 0; j < 9 && i < d->count; j++, i++) {
      chunk = chunk * 10 + (uint32_t)(d->digits[i] - '0');
      scale *= 10;
    }
    num_big_mul_add_small(m, scale, chunk);
  }
}

/* digits * 10^(exponent + extra) correctly rounded. */
static double digits_to_double(DecimalDigits *d, int64_t extra_exponent) {
  if (d->sticky) {
    d->digits[d->count++] = '1';
    d->exponent--;
  }
  while (d->count > 0 && d->digits[d->count - 1] == '0') {
    d->count--;
    d->exponent++;
  }
  if (d->count == 0) return 0;
  int64_t e64 = d->exponent + extra_exponent;
  /* 10^310 > max double; below 10^-324 everything rounds to zero (half the smallest
   * subnormal is 2.47e-324). */
  if (d->count + e64 > 310) return num_infinity();
  if (d->count + e64 < -324) return 0;
  int e = (int)e64;

#if FLT_EVAL_METHOD == 0
  if (d->count <= 15) {
    uint64_t small = 0;
    for (int i = 0; i < d->count; i++) small = small * 10 + (uint64_t)(d->digits[i] - '0');
    double value = (double)small; /* exact: below 10^15 < 2^53 */
    if (e == 0) return value;
    if (e < 0 && e >= -22) return value / EXACT_POWERS_OF_TEN[-e];
    if (e > 0 && e <= 22) return value * EXACT_POWERS_OF_TEN[e];
    if (e > 22 && d->count + (e - 22) <= 15) {
      /* Move the excess power into the still exact integer first. */
      return (value * EXACT_POWERS_OF_TEN[e - 22]) * EXACT_POWERS_OF_TEN[22];
    }
  }
#endif

  NumBig m;
  digits_to_big(d, &m);
  if (e >= 0) {
    num_big_mul_pow10(&m, e);
    int shift = num_big_bit_length(&m) - 64;
    if (shift <= 0) return num_round_to_double(num_big_low_u64(&m), 0, false);
    bool sticky = num_big_low_bits_nonzero(&m, shift);
    num_big_shift_right(&m, shift);
    return num_round_to_double(num_big_low_u64(&m), shift, sticky);
  }
  /* value = m / 10^-e; make the quotient (m << k) / den land in (2^62, 2^64). */
  NumBig den;
  num_big_set_u64(&den, 1);
  num_big_mul_pow10(&den, -e);
  int k = 63 - num_big_bit_length(&m) + num_big_bit_length(&den);
  if (k >= 0) num_big_shift_left(&m, k);
  else num_big_shift_left(&den, -k);
  /* Restoring division, one quotient bit at a time, from den * 2^63 down to den. */
  num_big_shift_left(&den, 64);
  uint64_t q = 0;
  for (int bit = 63; bit >= 0; bit--) {
    num_big_shift_right(&den, 1);
    if (num_big_compare(&m, &den) >= 0) {
      num_big_sub(&m, &den);
      q |= UINT64_C(1) << bit;
    }
  }
  return num_round_to_double(q, -k, !num_big_is_zero(&m));
}

static bool is_decimal_digit(uint32_t c) { return c >= '0' && c <= '9'; }

double num_scan_decimal(const NumText *text, size_t start, bool with_fraction_and_exponent,
                        size_t *end) {
  DecimalDigits d;
  d.count = 0;
  d.exponent = 0;
  d.sticky = false;
  size_t i = start;
  bool any_digit = false;
  while (i < text->length && is_decimal_digit(num_text_at(text, i))) {
    add_digit(&d, num_text_at(text, i), false);
    i++;
    any_digit = true;
  }
  if (with_fraction_and_exponent && i < text->length && num_text_at(text, i) == '.') {
    size_t j = i + 1;
    bool any_fraction_digit = false;
    while (j < text->length && is_decimal_digit(num_text_at(text, j))) {
      add_digit(&d, num_text_at(text, j), true);
      j++;
      any_fraction_digit = true;
    }
    /* "1." and ".5" are literals, "." is not. */
    if (any_digit || any_fraction_digit) {
      i = j;
      any_digit = true;
    }
  }
  if (!any_digit) {
    *end = start;
    return 0;
  }
  int64_t exponent = 0;
  if (with_fraction_and_exponent && i < text->length &&
      (num_text_at(text, i) == 'e' || num_text_at(text, i) == 'E')) {
    size_t j = i + 1;
    bool negative = false;
    if (j < text->length && (num_text_at(text, j) == '+' || num_text_at(text, j) == '-')) {
      negative = num_text_at(text, j) == '-';
      j++;
    }
    if (j < text->length && is_decimal_digit(num_text_at(text, j))) {
      while (j < text->length && is_decimal_digit(num_text_at(text, j))) {
        if (exponent < EXPONENT_LIMIT) exponent = exponent * 10 + (num_text_at(text, j) - '0');
        j++;
      }
      if (negative) exponent = -exponent;
      i = j;
    }
  }
  *end = i;
  return digits_to_double(&d, exponent);
}

double num_digits_to_double(const char *digits, size_t length, int64_t exponent) {
  DecimalDigits d;
  d.count = 0;
  d.exponent = 0;
  d.sticky = false;
  for (size_t i = 0; i < length; i++) add_digit(&d, (uint8_t)digits[i], false);
  if (exponent > EXPONENT_LIMIT) exponent = EXPONENT_LIMIT;
  if (exponent < -EXPONENT_LIMIT) exponent = -EXPONENT_LIMIT;
  return digits_to_double(&d, exponent);
}

double num_parse_decimal(const char *text, size_t length, size_t *consumed) {
  NumText t = {(const uint8_t *)text, NULL, length};
  return num_scan_decimal(&t, 0, true, consumed);
}

bool num_is_whitespace(uint32_t c) {
  /* 12.2 WhiteSpace (TAB, VT, FF, ZWNBSP, and the Unicode Zs category) and
   * 12.3 LineTerminator (LF, CR, LS, PS). Zs: U+0020, U+00A0, U+1680, U+2000..U+200A,
   * U+202F, U+205F, U+3000 (stable since Unicode 6.3 moved U+180E out). */
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

static bool text_matches(const NumText *text, size_t start, const char *word) {
  size_t n = strlen(word);
  if (text->length - start < n) return false;
  for (size_t i = 0; i < n; i++)
    if (num_text_at(text, start + i) != (uint8_t)word[i]) return false;
  return true;
}

static size_t skip_leading_whitespace(const NumText *text) {
  size_t i = 0;
  while (i < text->length && num_is_whitespace(num_text_at(text, i))) i++;
  return i;
}

/* 7.1.4.1.1 StringToNumber. */
static double string_to_number(const NumText *text) {
  size_t start = skip_leading_whitespace(text);
  size_t end = text->length;
  while (end > start && num_is_whitespace(num_text_at(text, end - 1))) end--;
  /* StringNumericLiteral ::: StrWhiteSpace_opt is 0. */
  if (start == end) return 0;
  NumText t = *text;
  t.length = end;
  /* NonDecimalIntegerLiteral: 0b, 0o, 0x without sign or separators. */
  if (end - start > 2 && num_text_at(&t, start) == '0') {
    uint32_t marker = num_text_at(&t, start + 1) | 0x20;
    int radix = marker == 'x' ? 16 : marker == 'o' ? 8 : marker == 'b' ? 2 : 0;
    if (radix != 0) {
      size_t digits_end;
      double value = num_radix_digits_to_double(&t, start + 2, radix, &digits_end);
      return digits_end == end && digits_end > start + 2 ? value : num_nan();
    }
  }
  /* StrDecimalLiteral ::: StrUnsignedDecimalLiteral, with + or - in front. */
  double sign = 1;
  uint32_t first = num_text_at(&t, start);
  if (first == '+' || first == '-') {
    if (first == '-') sign = -1;
    start++;
  }
  if (end - start == 8 && text_matches(&t, start, "Infinity")) return sign * num_infinity();
  size_t literal_end;
  double value = num_scan_decimal(&t, start, true, &literal_end);
  if (literal_end == start || literal_end != end) return num_nan();
  return sign * value;
}

double num_from_string(const char *text, size_t length) {
  NumText t = {(const uint8_t *)text, NULL, length};
  return string_to_number(&t);
}

double num_from_string_utf16(const uint16_t *text, size_t length) {
  NumText t = {NULL, text, length};
  return string_to_number(&t);
}

/* 19.2.4 parseFloat, steps 2-5: the longest StrDecimalLiteral prefix after whitespace. */
static double parse_float(const NumText *text) {
  size_t start = skip_leading_whitespace(text);
  double sign = 1;
  if (start < text->length) {
    uint32_t first = num_text_at(text, start);
    if (first == '+' || first == '-') {
      if (first == '-') sign = -1;
      start++;
    }
  }
  if (text_matches(text, start, "Infinity")) return sign * num_infinity();
  size_t end;
  double value = num_scan_decimal(text, start, true, &end);
  if (end == start) return num_nan();
  return sign * value;
}

double num_parse_float(const char *text, size_t length) {
  NumText t = {(const uint8_t *)text, NULL, length};
  return parse_float(&t);
}

double num_parse_float_utf16(const uint16_t *text, size_t length) {
  NumText t = {NULL, text, length};
  return parse_float(&t);
}

/* 19.2.5 parseInt, steps 2-16 (radix is ToInt32(radix) already). */
static double parse_int(const NumText *text, int32_t radix) {
  size_t start = skip_leading_whitespace(text);
  double sign = 1;
  if (start < text->length) {
    uint32_t first = num_text_at(text, start);
    if (first == '+' || first == '-') {
      if (first == '-') sign = -1;
      start++;
    }
  }
  bool strip_prefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return num_nan();
    if (radix != 16) strip_prefix = false;
  } else {
    radix = 10;
  }
  if (strip_prefix && text->length - start >= 2 && num_text_at(text, start) == '0' &&
      (num_text_at(text, start + 1) | 0x20) == 'x') {
    start += 2;
    radix = 16;
  }
  size_t end;
  double value = num_radix_digits_to_double(text, start, radix, &end);
  if (end == start) return num_nan();
  return sign * value;
}

double num_parse_int(const char *text, size_t length, int32_t radix) {
  NumText t = {(const uint8_t *)text, NULL, length};
  return parse_int(&t, radix);
}

double num_parse_int_utf16(const uint16_t *text, size_t length, int32_t radix) {
  NumText t = {NULL, text, length};
  return parse_int(&t, radix);
}
