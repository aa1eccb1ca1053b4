/* Differential-test driver for src/numconv (native only; not a ctest test). Reads one
 * request per line on stdin and prints one answer line, for tests/host/numconv.test.mjs to
 * compare with node. Doubles travel as 16 hex digits of their bits, strings as 4 hex digits
 * per UTF-16 code unit, so nothing here depends on printf/strtod formatting.
 *   s BITS | f BITS N | e BITS N (N=-1: undefined) | p BITS N | r BITS RADIX  -> text
 *   n STR | F STR | i STR RADIX | d DIGITS EXP                               -> BITS or nan */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numconv/numconv.h"

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static uint64_t parse_hex64(const char *text, const char **end) {
  uint64_t value = 0;
  while (hex_value(*text) >= 0) value = value * 16 + (uint64_t)hex_value(*text++);
  *end = text;
  return value;
}

static double bits_to_double(uint64_t bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static void print_double(double x) {
  if (x != x) {
    fputs("nan\n", stdout);
    return;
  }
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  printf("%016llx\n", (unsigned long long)bits);
}

static long parse_int_arg(const char *text) {
  while (*text == ' ') text++;
  return strtol(text, NULL, 10);
}

/* Decodes a hex UTF-16 string; returns its length and whether every unit fits a byte. */
static size_t decode_string(const char *text, uint16_t *units, char *bytes, int *narrow,
                            const char **end) {
  size_t n = 0;
  *narrow = 1;
  while (hex_value(text[0]) >= 0) {
    uint16_t unit = (uint16_t)(hex_value(text[0]) << 12 | hex_value(text[1]) << 8 |
                               hex_value(text[2]) << 4 | hex_value(text[3]));
    units[n] = unit;
    bytes[n] = (char)unit;
    if (unit > 0xFF) *narrow = 0;
    n++;
    text += 4;
  }
  *end = text;
  return n;
}

int main(void) {
  char *line = NULL;
  size_t capacity = 0;
  ssize_t got;
  static char out[NUM_RADIX_SIZE];
  while ((got = getline(&line, &capacity, stdin)) > 0) {
    const char *rest;
    char op = line[0];
    if (op == 's' || op == 'f' || op == 'e' || op == 'p' || op == 'r') {
      double x = bits_to_double(parse_hex64(line + 2, &rest));
      int arg = (int)parse_int_arg(rest);
      int length;
      switch (op) {
        case 's': length = num_to_string(x, out); break;
        case 'f': length = num_to_fixed(x, arg, out); break;
        case 'e': length = num_to_exponential(x, arg, out); break;
        case 'p': length = num_to_precision(x, arg, out); break;
        default: length = num_to_radix_string(x, arg, out); break;
      }
      if (length < 0 || (size_t)length != strlen(out)) fputs("ERROR\n", stdout);
      else printf("%s\n", out);
    } else if (op == 'n' || op == 'F' || op == 'i') {
      size_t max = (size_t)got / 4 + 1;
      uint16_t *units = malloc(max * sizeof *units);
      char *bytes = malloc(max);
      int narrow;
      size_t n = decode_string(line + 2, units, bytes, &narrow, &rest);
      int radix = op == 'i' ? (int)parse_int_arg(rest) : 0;
      double wide_result = op == 'n'   ? num_from_string_utf16(units, n)
                           : op == 'F' ? num_parse_float_utf16(units, n)
                                       : num_parse_int_utf16(units, n, radix);
      if (narrow) {
        double narrow_result = op == 'n'   ? num_from_string(bytes, n)
                               : op == 'F' ? num_parse_float(bytes, n)
                                           : num_parse_int(bytes, n, radix);
        if (memcmp(&narrow_result, &wide_result, sizeof wide_result) != 0 &&
            !(narrow_result != narrow_result && wide_result != wide_result)) {
          fputs("ERROR latin1 and utf16 differ\n", stdout);
          free(units);
          free(bytes);
          continue;
        }
      }
      print_double(wide_result);
      free(units);
      free(bytes);
    } else if (op == 'd') {
      const char *digits = line + 2;
      size_t n = strspn(digits, "0123456789");
      print_double(num_digits_to_double(digits, n, parse_int_arg(digits + n)));
    } else {
      fputs("ERROR bad request\n", stdout);
    }
  }
  free(line);
  return 0;
}
