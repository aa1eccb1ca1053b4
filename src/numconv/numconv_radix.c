/* Non-decimal radices, both directions, matching V8 (which node users observe):
 *  - toString(radix): V8's DoubleToRadixCString. The spec leaves the digits
 *    implementation-defined (21.1.3.6); V8 emits fraction digits until the remaining
 *    fraction is below half the gap to the next double, rounding the last one to even,
 *    and integer digits by repeated division. It runs on doubles on purpose: every
 *    operation is an IEEE operation, so the same steps give the same digits on any target.
 *  - digits -> double: powers of two round correctly (64 leading bits, a sticky bit for the
 *    rest, then one rounding half to even); radix 10 goes to the correctly rounded decimal parser; other radices
 *    accumulate 32-bit chunks in a double like V8 (19.2.5 step 13 allows an approximation
 *    past 20 digits). */
#include "numconv/numconv.h"

#include "numconv/numconv_internal.h"

/* Keep `a * b + c` two roundings, as V8's C++ computes it (gcc in ISO C mode, which the
 * build uses, does not contract; clang needs the pragma). */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* floor for a non-negative double, without libm. */
static double floor_non_negative(double x) {
  if (x >= 4503599627370496.0) return x; /* 2^52: already an integer */
  return (double)(uint64_t)x;
}

/* fmod(x, radix) for 0 <= x < 2^64, exactly as fmod is: the integer part's remainder plus
 * the fraction (whose sum is representable, so the addition is exact). V8's rounding of
 * (integer - remainder) / radix can leave integer non-integral, so the fraction matters. */
static double modulo(double x, int radix) {
  double whole = floor_non_negative(x);
  return (double)((uint64_t)whole % (uint64_t)radix) + (x - whole);
}

/* V8's Double::Exponent(): x = significand * 2^exponent with a 53-bit significand. */
static int binary_exponent(double x) {
  int biased = (int)((num_bits(x) >> 52) & 0x7FF);
  return biased == 0 ? -1074 : biased - 1075;
}

int num_to_radix_string(double x, int radix, char out[NUM_RADIX_SIZE]) {
  if (radix < 2 || radix > 36) return -1;
  if (radix == 10 || x != x || x == num_infinity() || x == -num_infinity())
    return num_to_string(x, out);
  char buffer[NUM_RADIX_SIZE];
  int integer_cursor = NUM_RADIX_SIZE / 2;
  int fraction_cursor = integer_cursor;
  bool negative = x < 0;
  if (negative) x = -x;

  double integer = floor_non_negative(x);
  double fraction = x - integer;
  /* Fraction digits only down to the input's precision: half the gap to the next double. */
  double delta = 0.5 * (num_from_bits(num_bits(x) + 1) - x);
  double min_delta = num_from_bits(1);
  if (!(delta > min_delta)) delta = min_delta;
  if (fraction >= delta) {
    buffer[fraction_cursor++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = (int)fraction;
      buffer[fraction_cursor++] = DIGIT_CHARS[digit];
      fraction -= digit;
      /* Round to even. */
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          /* Round up, carrying through already written digits. */
          for (;;) {
            fraction_cursor--;
            if (fraction_cursor == NUM_RADIX_SIZE / 2) {
              integer += 1;
              break;
            }
            char c = buffer[fraction_cursor];
            int value = c > '9' ? c - 'a' + 10 : c - '0';
            if (value + 1 < radix) {
              buffer[fraction_cursor++] = DIGIT_CHARS[value + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }

  /* Integer digits; those below the double's precision are zeros. */
  while (binary_exponent(integer / radix) > 0) {
    integer /= radix;
    buffer[--integer_cursor] = '0';
  }
  do {
    double remainder = modulo(integer, radix);
    buffer[--integer_cursor] = DIGIT_CHARS[(int)remainder];
    integer = (integer - remainder) / radix;
  } while (integer > 0);

  if (negative) buffer[--integer_cursor] = '-';
  int length = fraction_cursor - integer_cursor;
  memcpy(out, buffer + integer_cursor, (size_t)length);
  out[length] = '\0';
  return length;
}

/* Radix 2^log2: keep the first 59..64 significant bits, the rest as a sticky bit. */
static double power_of_two_digits(const NumText *text, size_t start, int log2, size_t *end) {
  int radix = 1 << log2;
  size_t i = start;
  uint64_t significand = 0;
  int exp2 = 0;
  bool sticky = false;
  for (; i < text->length; i++) {
    int digit = num_digit_value(num_text_at(text, i), radix);
    if (digit < 0) break;
    if ((significand >> (64 - log2)) == 0) {
      significand = (significand << log2) | (uint64_t)digit;
    } else {
      if (digit != 0) sticky = true;
      if (exp2 < 4096) exp2 += log2; /* past 2^4096 the result is Infinity anyway */
    }
  }
  *end = i;
  return num_round_to_double(significand, exp2, sticky);
}

/* V8's generic loop: 32-bit chunks while the chunk's multiplier stays below 2^32 / 36. */
static double generic_digits(const NumText *text, size_t start, int radix, size_t *end) {
  double result = 0;
  size_t i = start;
  bool done = false;
  do {
    uint32_t part = 0, multiplier = 1;
    for (;;) {
      int digit = i < text->length ? num_digit_value(num_text_at(text, i), radix) : -1;
      if (digit < 0) {
        done = true;
        break;
      }
      uint32_t next = multiplier * (uint32_t)radix;
      if (next > 0xFFFFFFFFu / 36) break;
      part = part * (uint32_t)radix + (uint32_t)digit;
      multiplier = next;
      i++;
    }
    double scaled = result * multiplier;
    result = scaled + part;
  } while (!done);
  *end = i;
  return result;
}

double num_radix_digits_to_double(const NumText *text, size_t start, int radix, size_t *end) {
  /* Leading zeros go first (V8's StringToIntHelper does so): they would shift the generic
   * loop's chunk boundaries and so its rounding. */
  while (start < text->length && num_text_at(text, start) == '0') start++;
  switch (radix) {
    case 2: return power_of_two_digits(text, start, 1, end);
    case 4: return power_of_two_digits(text, start, 2, end);
    case 8: return power_of_two_digits(text, start, 3, end);
    case 16: return power_of_two_digits(text, start, 4, end);
    case 32: return power_of_two_digits(text, start, 5, end);
    default: break;
  }
  if (radix != 10) return generic_digits(text, start, radix, end);
  /* Radix 10: the digits, correctly rounded. */
  return num_scan_decimal(text, start, false, end);
}

double num_parse_radix_digits(const char *text, size_t length, int radix, size_t *consumed) {
  NumText t = {(const uint8_t *)text, NULL, length};
  size_t end = 0;
  if (radix < 2 || radix > 36) {
    *consumed = 0;
    return num_nan();
  }
  double value = num_radix_digits_to_double(&t, 0, radix, &end);
  *consumed = end;
  return value;
}
