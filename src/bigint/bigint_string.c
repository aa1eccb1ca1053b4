/* Text conversions: 21.2.3.3 BigInt.prototype.toString(radix) and 7.1.14 StringToBigInt
 * (plus the lexer's literal digits, 12.9.3 NumericLiteral with the BigIntLiteralSuffix).
 * toString: power-of-two radices read bits straight from the limbs; other radices split the
 * value by radix^(k * 2^i) (k digits of the radix fit a limb) with Knuth D, recursively,
 * and convert the pieces below TO_STRING_SPLIT_LIMBS by repeated short division by radix^k;
 * every low piece is zero-padded to its exact width. Parsing multiplies the
 * accumulated limbs by radix^k and adds k digits at a time, in place in the result.
 * StringToBigInt: StrWhiteSpace trimmed on both sides, then empty (0n), a decimal run with
 * an optional sign, or 0x/0X, 0o/0O, 0b/0B and digits without sign; no separators,
 * no fraction, no exponent, no "n" suffix, no Infinity. */
#include "bigint/bigint_internal.h"

#include <stdlib.h>
#include <string.h>

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Largest k with radix^k < 2^32, and radix^k. */
static int chunk_digits(int radix, uint32_t *power) {
  uint64_t value = (uint64_t)radix;
  int count = 1;
  while (value * (uint64_t)radix <= UINT32_MAX) {
    value *= (uint64_t)radix;
    count++;
  }
  *power = (uint32_t)value;
  return count;
}

/* floor(log2(radix)) for radix 2..36. */
static int floor_log2(int radix) {
  int bits = 0;
  while ((1 << (bits + 1)) <= radix) bits++;
  return bits;
}

size_t bigint_to_string_max_length(BigIntView a, int radix) {
  if (a.length == 0) return 1;
  if (radix < 2 || radix > 36) radix = 2;
  uint64_t bits = bigint_bit_length(a);
  return (size_t)(bits / (uint64_t)floor_log2(radix) + 1) + (a.negative ? 1 : 0);
}

/* Below this many limbs a value is converted by repeated short division (overridable at
 * build time so tests can push small values through the recursion). */
#ifndef TO_STRING_SPLIT_LIMBS
#define TO_STRING_SPLIT_LIMBS 48
#endif
/* Enough levels for any size_t-long value (each squares the power). */
#define TO_STRING_MAX_LEVELS 48

/* power[i] = radix^(chunk * 2^i), the divisors of the divide-and-conquer conversion. */
typedef struct RadixPowers {
  BigIntBuffer power[TO_STRING_MAX_LEVELS];
  int count;
  int radix;
  int per_chunk; /* digits in power[0] */
} RadixPowers;

/* Writes v's digits right to left ending at *end by short division: exactly `width`
 * digits (zero-padded), or as many as needed when width is 0 (the leading part). */
static BigIntStatus emit_small(const uint32_t *v, size_t length, const RadixPowers *powers,
                               size_t width, char **end) {
  uint32_t *scratch = NULL;
  if (length > 0) {
    scratch = malloc(length * sizeof *scratch);
    if (scratch == NULL) return BIGINT_OUT_OF_MEMORY;
    memcpy(scratch, v, length * sizeof *scratch);
  }
  char *position = *end;
  uint32_t divisor = powers->power[0].digits[0];
  uint32_t radix = (uint32_t)powers->radix;
  while (length > 0) {
    uint32_t chunk = mag_divide_small(scratch, length, divisor);
    length = mag_normalize(scratch, length);
    for (int i = 0; i < powers->per_chunk && (length > 0 || chunk != 0 || width != 0); i++) {
      *--position = DIGIT_CHARS[chunk % radix];
      chunk /= radix;
    }
  }
  free(scratch);
  while ((size_t)(*end - position) < width) *--position = '0';
  *end = position;
  return BIGINT_OK;
}

/* v < power[level]^2 (or v is the leading part): v = q * power[level] + r; r's digits are
 * exactly chunk * 2^level wide, q's go in front of them. */
static BigIntStatus emit_digits(const uint32_t *v, size_t length, int level,
                                const RadixPowers *powers, size_t width, char **end) {
  length = mag_normalize(v, length);
  if (level < 0 || length < TO_STRING_SPLIT_LIMBS) {
    return emit_small(v, length, powers, width, end);
  }
  BigIntView divisor = bigint_view(&powers->power[level]);
  if (width == 0 && mag_compare(v, length, divisor.digits, divisor.length) < 0) {
    return emit_digits(v, length, level - 1, powers, 0, end); /* a leading part, no split */
  }
  size_t low_width = (size_t)powers->per_chunk << level;
  size_t q_capacity = bigint_divide_max_length(length, divisor.length);
  uint32_t *scratch = malloc((q_capacity + divisor.length) * sizeof *scratch);
  if (scratch == NULL) return BIGINT_OUT_OF_MEMORY;
  BigIntBuffer q = {scratch, 0, false}, r = {scratch + q_capacity, 0, false};
  BigIntView value = {v, length, false};
  BigIntStatus status = bigint_divide_remainder(value, divisor, &q, &r);
  if (status == BIGINT_OK) {
    status = emit_digits(r.digits, r.length, level - 1, powers, low_width, end);
  }
  if (status == BIGINT_OK) {
    size_t high_width = width == 0 ? 0 : width - low_width;
    status = emit_digits(q.digits, q.length, level - 1, powers, high_width, end);
  }
  free(scratch);
  return status;
}

/* Digits of a (non-zero) in a radix that is not a power of two, right to left ending at
 * *end: divide and conquer over squared powers of the radix, so the work is Knuth D's
 * multiply-subtract loops rather than one hardware division per limb and chunk. */
static BigIntStatus emit_radix(BigIntView a, int radix, char **end) {
  RadixPowers powers;
  memset(&powers, 0, sizeof powers);
  powers.radix = radix;
  uint32_t first;
  powers.per_chunk = chunk_digits(radix, &first);
  BigIntStatus status = BIGINT_OK;
  powers.power[0].digits = malloc(sizeof(uint32_t));
  if (powers.power[0].digits == NULL) return BIGINT_OUT_OF_MEMORY;
  powers.power[0].digits[0] = first;
  powers.power[0].length = 1;
  powers.count = 1;
  /* Square while power^2 could still be <= a: stop once it has more limbs than a. */
  while (powers.count < TO_STRING_MAX_LEVELS &&
         2 * powers.power[powers.count - 1].length - 1 <= a.length) {
    BigIntBuffer *previous = &powers.power[powers.count - 1];
    BigIntBuffer *next = &powers.power[powers.count];
    next->digits = malloc(2 * previous->length * sizeof(uint32_t));
    if (next->digits == NULL) {
      status = BIGINT_OUT_OF_MEMORY;
      break;
    }
    powers.count++;
    status = bigint_multiply(bigint_view(previous), bigint_view(previous), next);
    if (status != BIGINT_OK) break;
  }
  if (status == BIGINT_OK) {
    status = emit_digits(a.digits, a.length, powers.count - 1, &powers, 0, end);
  }
  for (int i = 0; i < powers.count; i++) free(powers.power[i].digits);
  return status;
}

BigIntStatus bigint_to_string(BigIntView a, int radix, char *out, size_t *length) {
  if (radix < 2 || radix > 36) return BIGINT_SYNTAX; /* the caller's RangeError, checked first */
  if (a.length == 0) {
    out[0] = '0';
    *length = 1;
    return BIGINT_OK;
  }
  size_t capacity = bigint_to_string_max_length(a, radix);
  /* Digits are produced least significant first at the end of out, then moved down. */
  char *end = out + capacity;
  if ((radix & (radix - 1)) == 0) {
    int bits = floor_log2(radix);
    uint64_t total = bigint_bit_length(a);
    for (uint64_t bit = 0; bit < total; bit += (uint64_t)bits) {
      size_t index = (size_t)(bit / 32);
      int offset = (int)(bit % 32);
      uint64_t window = a.digits[index];
      if (index + 1 < a.length) window |= (uint64_t)a.digits[index + 1] << 32;
      *--end = DIGIT_CHARS[(window >> offset) & (uint64_t)(radix - 1)];
    }
  } else {
    BigIntStatus status = emit_radix(a, radix, &end);
    if (status != BIGINT_OK) return status;
  }
  if (a.negative) *--end = '-';
  *length = (size_t)(out + capacity - end);
  memmove(out, end, *length);
  return BIGINT_OK;
}

size_t bigint_from_string_max_length(size_t length) {
  /* At most 6 bits per character (radix 36). */
  return length / 32 * 6 + (length % 32 * 6 + 31) / 32 + 1;
}

static int digit_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return (int)(c - 'A' + 10);
  return 99;
}

/* Accumulates digits; `at(i)` reads code unit i of a byte or UTF-16 run. */
typedef struct Text {
  const char *bytes;
  const uint16_t *units;
  size_t length;
} Text;

static uint32_t text_at(Text text, size_t i) {
  return text.bytes != NULL ? (uint8_t)text.bytes[i] : text.units[i];
}

static BigIntStatus parse_digits(Text text, size_t start, size_t end, int radix,
                                 size_t max_length, BigIntBuffer *out) {
  uint32_t power;
  int per_chunk = chunk_digits(radix, &power);
  size_t length = 0;
  size_t i = start;
  while (i < end && text_at(text, i) == '0') i++;
  while (i < end) {
    uint32_t chunk = 0, scale = 1;
    for (int k = 0; k < per_chunk && i < end; k++, i++) {
      int value = digit_value(text_at(text, i));
      if (value >= radix) return BIGINT_SYNTAX;
      chunk = chunk * (uint32_t)radix + (uint32_t)value;
      scale *= (uint32_t)radix;
    }
    uint32_t carry = mag_multiply_add_small(out->digits, length, scale, chunk);
    if (carry != 0) {
      if (length >= max_length) return BIGINT_TOO_BIG;
      out->digits[length++] = carry;
    }
  }
  bigint_finish(out, length, false);
  return BIGINT_OK;
}

/* 12.2 WhiteSpace and 12.3 LineTerminator: what StrWhiteSpaceChar trims. */
static bool is_js_whitespace(uint32_t c) {
  if (c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20) return true;
  if (c < 0xA0) return false;
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

static BigIntStatus string_to_bigint(Text text, size_t max_length, BigIntBuffer *out) {
  size_t start = 0, end = text.length;
  while (start < end && is_js_whitespace(text_at(text, start))) start++;
  while (end > start && is_js_whitespace(text_at(text, end - 1))) end--;
  if (start == end) {
    bigint_finish(out, 0, false);
    return BIGINT_OK;
  }
  int radix = 10;
  bool negative = false;
  uint32_t first = text_at(text, start);
  if (end - start > 2 && first == '0') {
    uint32_t letter = text_at(text, start + 1) | 0x20;
    radix = letter == 'x' ? 16 : letter == 'o' ? 8 : letter == 'b' ? 2 : 10;
    if (radix != 10) start += 2;
  } else if (first == '+' || first == '-') {
    negative = first == '-';
    start++;
    if (start == end) return BIGINT_SYNTAX;
  }
  if (start == end) return BIGINT_SYNTAX;
  BigIntStatus status = parse_digits(text, start, end, radix, max_length, out);
  if (status != BIGINT_OK) return status;
  bigint_finish(out, out->length, negative);
  return BIGINT_OK;
}

BigIntStatus bigint_from_string(const char *text, size_t length, size_t max_length,
                                BigIntBuffer *out) {
  Text view = {text, NULL, length};
  return string_to_bigint(view, max_length, out);
}

BigIntStatus bigint_from_string_utf16(const uint16_t *text, size_t length, size_t max_length,
                                      BigIntBuffer *out) {
  Text view = {NULL, text, length};
  return string_to_bigint(view, max_length, out);
}

BigIntStatus bigint_from_digits(const char *digits, size_t length, int radix, size_t max_length,
                                BigIntBuffer *out) {
  if (radix < 2 || radix > 36) return BIGINT_SYNTAX;
  Text view = {digits, NULL, length};
  return parse_digits(view, 0, length, radix, max_length, out);
}
