/* Helpers shared by the numconv files: raw double bits, correct rounding of a 64-bit
 * significand with a sticky bit, and text read through one accessor whether it is Latin-1
 * bytes or UTF-16 code units. Not included outside src/numconv/. */
#ifndef PETREL_NUMCONV_INTERNAL_H
#define PETREL_NUMCONV_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NUM_SIGNIFICAND_MASK ((UINT64_C(1) << 52) - 1)
#define NUM_HIDDEN_BIT (UINT64_C(1) << 52)

static inline uint64_t num_bits(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

static inline double num_from_bits(uint64_t bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static inline double num_nan(void) { return num_from_bits(UINT64_C(0x7FF8000000000000)); }
static inline double num_infinity(void) { return num_from_bits(UINT64_C(0x7FF0000000000000)); }

/* (q + sticky*epsilon) * 2^exp2 rounded to the nearest double, ties to even. */
double num_round_to_double(uint64_t q, int exp2, bool sticky);

/* A string being parsed: exactly one of bytes and units is set. */
typedef struct NumText {
  const uint8_t *bytes;
  const uint16_t *units;
  size_t length;
} NumText;

static inline uint32_t num_text_at(const NumText *text, size_t i) {
  return text->bytes ? text->bytes[i] : text->units[i];
}

/* Value of a digit character in radix, or -1. */
static inline int num_digit_value(uint32_t c, int radix) {
  int value;
  if (c >= '0' && c <= '9') value = (int)(c - '0');
  else if (c >= 'a' && c <= 'z') value = (int)(c - 'a') + 10;
  else if (c >= 'A' && c <= 'Z') value = (int)(c - 'A') + 10;
  else return -1;
  return value < radix ? value : -1;
}

/* An unsigned decimal literal at text[start..] (just digits unless with_fraction_and_exponent),
 * correctly rounded; *end = start when there are no digits. */
double num_scan_decimal(const NumText *text, size_t start, bool with_fraction_and_exponent,
                        size_t *end);

/* Digits of radix from text[start..], V8's rounding (see num_parse_radix_digits). */
double num_radix_digits_to_double(const NumText *text, size_t start, int radix, size_t *end);

#endif
