/* Differential-test driver for src/bigint (native and wasi; not a ctest test). Reads one
 * request per line on stdin and prints one answer line for tests/host/bigint.test.mjs to
 * compare with node's BigInt. BigInts travel as signed hex ("-1f", "0"), doubles as the 16
 * hex digits of their bits, strings as 4 hex digits per UTF-16 code unit. Every result
 * buffer is sized by the library's *_max_length function plus a guard limb that must stay
 * untouched, and every result must be normalized; a violation prints "BROKEN ...".
 *   OP A B (OP in + - * / % ** & | ^ << >> cmp eq) | ~ A | neg A | intn BITS A | uintn BITS A
 *   tostr RADIX A | parse STR | digits RADIX TEXT | num A | fromd BITS | cmpd A BITS
 *   i64 A | u64 A                                              -> value, number or error name */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint/bigint.h"

#define GUARD 0xDEADBEEFu

static const char *status_name(BigIntStatus status) {
  switch (status) {
    case BIGINT_OK: return "OK";
    case BIGINT_DIVISION_BY_ZERO: return "DIV0";
    case BIGINT_NEGATIVE_EXPONENT: return "NEGEXP";
    case BIGINT_TOO_BIG: return "BIG";
    case BIGINT_OUT_OF_MEMORY: return "OOM";
    case BIGINT_SYNTAX: return "SYNTAX";
    case BIGINT_NOT_INTEGRAL: return "RANGE";
  }
  return "?";
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Parses a signed hex BigInt token at *cursor into malloc'd limbs. */
static BigIntView read_value(char **cursor) {
  char *p = *cursor;
  while (*p == ' ') p++;
  bool negative = false;
  if (*p == '-') {
    negative = true;
    p++;
  }
  char *start = p;
  while (hex_value(*p) >= 0) p++;
  size_t count = (size_t)(p - start);
  size_t limbs = (count + 7) / 8;
  uint32_t *digits = calloc(limbs + 1, sizeof *digits);
  for (size_t i = 0; i < count; i++) {
    size_t bit = (count - 1 - i) * 4;
    digits[bit / 32] |= (uint32_t)hex_value(start[i]) << (bit % 32);
  }
  while (limbs > 0 && digits[limbs - 1] == 0) limbs--;
  *cursor = p;
  BigIntView view = {digits, limbs, negative && limbs != 0};
  return view;
}

static uint64_t read_u64(char **cursor, int base) {
  char *end;
  uint64_t value = strtoull(*cursor, &end, base);
  *cursor = end;
  return value;
}

static double read_double(char **cursor) {
  uint64_t bits = read_u64(cursor, 16);
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static BigIntBuffer new_buffer(size_t capacity) {
  BigIntBuffer buffer = {malloc((capacity + 1) * sizeof(uint32_t)), 0, false};
  buffer.digits[capacity] = GUARD;
  return buffer;
}

/* Prints the result (or BROKEN when the guard or normalization is off) and frees it. */
static void print_buffer(BigIntBuffer *buffer, size_t capacity) {
  if (buffer->digits[capacity] != GUARD) {
    printf("BROKEN overflow past %zu limbs\n", capacity);
  } else if (buffer->length > capacity ||
             (buffer->length > 0 && buffer->digits[buffer->length - 1] == 0) ||
             (buffer->length == 0 && buffer->negative)) {
    printf("BROKEN not normalized\n");
  } else if (buffer->length == 0) {
    printf("0\n");
  } else {
    if (buffer->negative) putchar('-');
    printf("%" PRIx32, buffer->digits[buffer->length - 1]);
    for (size_t i = buffer->length - 1; i-- > 0;) printf("%08" PRIx32, buffer->digits[i]);
    putchar('\n');
  }
  free(buffer->digits);
}

static void print_double(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  if (x != x) bits = 0x7FF8000000000000u;
  printf("%016" PRIx64 "\n", bits);
}

static void binary(const char *op, char *rest) {
  BigIntView a = read_value(&rest), b = read_value(&rest);
  size_t max = BIGINT_V8_MAX_LENGTH;
  size_t capacity = 0;
  BigIntStatus status = BIGINT_OK;
  BigIntBuffer out = {NULL, 0, false};
  if (strcmp(op, "cmp") == 0) {
    printf("%d\n", bigint_compare(a, b));
  } else if (strcmp(op, "eq") == 0) {
    printf("%d\n", bigint_equal(a, b) ? 1 : 0);
  } else if (strcmp(op, "+") == 0 || strcmp(op, "-") == 0) {
    capacity = bigint_add_max_length(a.length, b.length);
    out = new_buffer(capacity);
    if (op[0] == '+') bigint_add(a, b, &out);
    else bigint_subtract(a, b, &out);
  } else if (strcmp(op, "*") == 0) {
    capacity = bigint_multiply_max_length(a.length, b.length);
    out = new_buffer(capacity);
    status = bigint_multiply(a, b, &out);
  } else if (strcmp(op, "/") == 0) {
    capacity = bigint_divide_max_length(a.length, b.length);
    out = new_buffer(capacity);
    status = bigint_divide(a, b, &out);
  } else if (strcmp(op, "%") == 0) {
    capacity = bigint_remainder_max_length(a.length, b.length);
    out = new_buffer(capacity);
    status = bigint_remainder(a, b, &out);
  } else if (strcmp(op, "**") == 0) {
    status = bigint_exponentiate_max_length(a, b, max, &capacity);
    if (status == BIGINT_OK) {
      out = new_buffer(capacity);
      status = bigint_exponentiate(a, b, max, &out);
    }
  } else if (strcmp(op, "&") == 0 || strcmp(op, "|") == 0 || strcmp(op, "^") == 0) {
    capacity = bigint_bitwise_max_length(a.length, b.length);
    out = new_buffer(capacity);
    if (op[0] == '&') bigint_bitwise_and(a, b, &out);
    else if (op[0] == '|') bigint_bitwise_or(a, b, &out);
    else bigint_bitwise_xor(a, b, &out);
  } else if (strcmp(op, "<<") == 0) {
    status = bigint_left_shift_max_length(a, b, max, &capacity);
    if (status == BIGINT_OK) {
      out = new_buffer(capacity);
      status = bigint_left_shift(a, b, max, &out);
    }
  } else if (strcmp(op, ">>") == 0) {
    status = bigint_signed_right_shift_max_length(a, b, max, &capacity);
    if (status == BIGINT_OK) {
      out = new_buffer(capacity);
      status = bigint_signed_right_shift(a, b, max, &out);
    }
  } else {
    printf("BROKEN bad request\n");
  }
  if (status != BIGINT_OK) {
    printf("%s\n", status_name(status));
    free(out.digits);
  } else if (out.digits != NULL) {
    print_buffer(&out, capacity);
  }
  free((void *)a.digits);
  free((void *)b.digits);
}

static void handle(char *line) {
  char *space = strchr(line, ' ');
  if (space == NULL) {
    printf("BROKEN bad request\n");
    return;
  }
  *space = '\0';
  const char *op = line;
  char *rest = space + 1;
  if (strcmp(op, "~") == 0 || strcmp(op, "neg") == 0) {
    BigIntView a = read_value(&rest);
    size_t capacity = op[0] == '~' ? a.length + 1 : a.length;
    BigIntBuffer out = new_buffer(capacity);
    if (op[0] == '~') bigint_bitwise_not(a, &out);
    else bigint_negate(a, &out);
    print_buffer(&out, capacity);
    free((void *)a.digits);
  } else if (strcmp(op, "intn") == 0 || strcmp(op, "uintn") == 0) {
    uint64_t bits = read_u64(&rest, 10);
    BigIntView a = read_value(&rest);
    size_t capacity;
    BigIntStatus status = BIGINT_OK;
    if (op[0] == 'i') capacity = bigint_as_int_n_max_length(bits, a);
    else status = bigint_as_uint_n_max_length(bits, a, BIGINT_V8_MAX_LENGTH, &capacity);
    if (status == BIGINT_OK) {
      BigIntBuffer out = new_buffer(capacity);
      if (op[0] == 'i') bigint_as_int_n(bits, a, &out);
      else status = bigint_as_uint_n(bits, a, BIGINT_V8_MAX_LENGTH, &out);
      if (status == BIGINT_OK) print_buffer(&out, capacity);
      else free(out.digits);
    }
    if (status != BIGINT_OK) printf("%s\n", status_name(status));
    free((void *)a.digits);
  } else if (strcmp(op, "tostr") == 0) {
    int radix = (int)read_u64(&rest, 10);
    BigIntView a = read_value(&rest);
    size_t capacity = bigint_to_string_max_length(a, radix);
    char *text = malloc(capacity + 1);
    text[capacity] = '#';
    size_t length;
    BigIntStatus status = bigint_to_string(a, radix, text, &length);
    if (status != BIGINT_OK) printf("%s\n", status_name(status));
    else if (text[capacity] != '#' || length > capacity) printf("BROKEN string overflow\n");
    else printf("%.*s\n", (int)length, text);
    free(text);
    free((void *)a.digits);
  } else if (strcmp(op, "parse") == 0) {
    size_t count = strspn(rest, "0123456789abcdef") / 4;
    uint16_t *units = malloc((count + 1) * sizeof *units);
    char *bytes = malloc(count + 1);
    bool narrow = true;
    for (size_t i = 0; i < count; i++) {
      const char *h = rest + 4 * i;
      units[i] = (uint16_t)(hex_value(h[0]) << 12 | hex_value(h[1]) << 8 | hex_value(h[2]) << 4 |
                            hex_value(h[3]));
      bytes[i] = (char)units[i];
      if (units[i] > 0xFF) narrow = false;
    }
    size_t capacity = bigint_from_string_max_length(count);
    BigIntBuffer out = new_buffer(capacity);
    BigIntStatus status = bigint_from_string_utf16(units, count, BIGINT_V8_MAX_LENGTH, &out);
    if (narrow) {
      BigIntBuffer again = new_buffer(capacity);
      BigIntStatus narrow_status = bigint_from_string(bytes, count, BIGINT_V8_MAX_LENGTH, &again);
      if (narrow_status != status ||
          (status == BIGINT_OK && !bigint_equal(bigint_view(&out), bigint_view(&again)))) {
        printf("BROKEN latin1 and utf16 differ\n");
        free(again.digits);
        free(out.digits);
        free(units);
        free(bytes);
        return;
      }
      free(again.digits);
    }
    if (status != BIGINT_OK) {
      printf("%s\n", status_name(status));
      free(out.digits);
    } else {
      print_buffer(&out, capacity);
    }
    free(units);
    free(bytes);
  } else if (strcmp(op, "digits") == 0) {
    int radix = (int)read_u64(&rest, 10);
    while (*rest == ' ') rest++;
    size_t count = strcspn(rest, "\r\n");
    size_t capacity = bigint_from_string_max_length(count);
    BigIntBuffer out = new_buffer(capacity);
    BigIntStatus status = bigint_from_digits(rest, count, radix, BIGINT_V8_MAX_LENGTH, &out);
    if (status != BIGINT_OK) {
      printf("%s\n", status_name(status));
      free(out.digits);
    } else {
      print_buffer(&out, capacity);
    }
  } else if (strcmp(op, "num") == 0) {
    BigIntView a = read_value(&rest);
    print_double(bigint_to_double(a));
    free((void *)a.digits);
  } else if (strcmp(op, "fromd") == 0) {
    double x = read_double(&rest);
    BigIntBuffer out = new_buffer(BIGINT_DOUBLE_MAX_LENGTH);
    BigIntStatus status = bigint_from_double(x, &out);
    if (status != BIGINT_OK) {
      printf("%s\n", status_name(status));
      free(out.digits);
    } else {
      print_buffer(&out, BIGINT_DOUBLE_MAX_LENGTH);
    }
  } else if (strcmp(op, "cmpd") == 0) {
    BigIntView a = read_value(&rest);
    double x = read_double(&rest);
    int order = bigint_compare_double(a, x);
    if (order == BIGINT_UNORDERED) printf("u\n");
    else printf("%d\n", order);
    free((void *)a.digits);
  } else if (strcmp(op, "i64") == 0 || strcmp(op, "u64") == 0) {
    BigIntView a = read_value(&rest);
    if (op[0] == 'i') {
      int64_t value = bigint_to_int64(a);
      BigIntBuffer out = new_buffer(BIGINT_INT64_MAX_LENGTH);
      bigint_from_int64(value, &out);
      bool fits = bigint_fits_int64(a);
      printf("%" PRId64 " %d ", value, fits ? 1 : 0);
      print_buffer(&out, BIGINT_INT64_MAX_LENGTH);
    } else {
      uint64_t value = bigint_to_uint64(a);
      BigIntBuffer out = new_buffer(BIGINT_INT64_MAX_LENGTH);
      bigint_from_uint64(value, &out);
      printf("%" PRIu64 " %d ", value, bigint_fits_uint64(a) ? 1 : 0);
      print_buffer(&out, BIGINT_INT64_MAX_LENGTH);
    }
    free((void *)a.digits);
  } else {
    binary(op, rest);
  }
}

int main(void) {
  static char line_buffer[1 << 16];
  char *line = line_buffer;
  size_t capacity = sizeof line_buffer;
  size_t length = 0;
  int c;
  /* getline-free line reading (wasi-libc has getline, but this keeps the driver plain C). */
  while ((c = getchar()) != EOF) {
    if (c != '\n') {
      if (length + 1 >= capacity) {
        char *bigger = malloc(capacity * 2);
        memcpy(bigger, line, length);
        if (line != line_buffer) free(line);
        line = bigger;
        capacity *= 2;
      }
      line[length++] = (char)c;
      continue;
    }
    line[length] = '\0';
    handle(line);
    length = 0;
  }
  if (line != line_buffer) free(line);
  return 0;
}
