/* numconv: exact double <-> text conversion. Expected values are node 20's (V8) answers for
 * the same calls; tests/host/numconv.test.mjs compares a million generated cases the same way.
 * Doubles are compared by their bits, so -0 and 0 differ and NaN equals NaN. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "numconv/numconv.h"
#include "unit.h"

static uint64_t bits_of(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

static bool same_double(double a, double b) {
  return (a != a && b != b) || bits_of(a) == bits_of(b);
}

#define CHECK_DOUBLE(actual, expected)                                                    \
  do {                                                                                    \
    double unit_a = (actual), unit_e = (expected);                                        \
    if (!same_double(unit_a, unit_e)) {                                                   \
      char unit_as[NUM_TO_STRING_SIZE], unit_es[NUM_TO_STRING_SIZE];                      \
      num_to_string(unit_a, unit_as);                                                     \
      num_to_string(unit_e, unit_es);                                                     \
      out_printf(OUT_STDOUT, "  %s:%d: %s is %s (bits %016llx), expected %s\n", __FILE__, \
                 __LINE__, #actual, unit_as, (unsigned long long)bits_of(unit_a), unit_es); \
      unit_failures_in_case++;                                                            \
    }                                                                                     \
  } while (0)

/* A test string: Latin-1 bytes, or UTF-16 when it has wider characters. */
typedef struct TestString {
  const char *latin1;
  const uint16_t *utf16;
  size_t length;
} TestString;
#define STR(s) {s, NULL, sizeof(s) - 1}
#define WSTR(s) {NULL, (const uint16_t *)(s), sizeof(s) / 2 - 1}

/* The UTF-16 form of any test string (Latin-1 ones widened). */
static const uint16_t *widen(const TestString *s, uint16_t *buffer) {
  if (s->utf16) return s->utf16;
  for (size_t i = 0; i < s->length; i++) buffer[i] = (uint8_t)s->latin1[i];
  return buffer;
}

static const struct { double x; const char *expected; } TO_STRING[] = {
  {0.0, "0"},
  {-0.0, "0"},
  /* Exact ties between two shortest candidates: the even last digit wins, as in V8. */
  {2.9802322387695312e-8, "2.9802322387695312e-8"},
  {0.000010251998901367188, "0.000010251998901367188"},
  {0.07380294799804688, "0.07380294799804688"},
  {1.0, "1"},
  {-1.0, "-1"},
  {1e-1, "0.1"},
  {2e-1, "0.2"},
  {3.0000000000000004e-1, "0.30000000000000004"},
  {3e-1, "0.3"},
  {3.333333333333333e-1, "0.3333333333333333"},
  {5e-324, "5e-324"},
  {-5e-324, "-5e-324"},
  {2.225073858507201e-308, "2.225073858507201e-308"},
  {2.2250738585072014e-308, "2.2250738585072014e-308"},
  {1.7976931348623157e+308, "1.7976931348623157e+308"},
  {1e+21, "1e+21"},
  {1e+20, "100000000000000000000"},
  {1.2345678901234568e+20, "123456789012345680000"},
  {1e-6, "0.000001"},
  {1e-7, "1e-7"},
  {1.5e+300, "1.5e+300"},
  {1.5e-7, "1.5e-7"},
  {1.234e-6, "0.000001234"},
  {9.007199254740992e+15, "9007199254740992"},
  {9.007199254740992e+15, "9007199254740992"},
  {9.223372036854776e+18, "9223372036854776000"},
  {1e+23, "1e+23"},
  {5e-7, "5e-7"},
  {100.0, "100"},
  {1.2345678e+3, "1234.5678"},
  {-1.5e-6, "-0.0000015"},
  {4.35e+0, "4.35"},
  {1.5e-323, "1.5e-323"},
  {1e+22, "1e+22"},
  {9.5367431640625e-7, "9.5367431640625e-7"},
  {8.988465674311579e+307, "8.988465674311579e+307"},
};

static void to_string_follows_the_spec(int argc, char **argv) {
  char out[NUM_TO_STRING_SIZE];
  for (size_t i = 0; i < sizeof TO_STRING / sizeof TO_STRING[0]; i++) {
    int length = num_to_string(TO_STRING[i].x, out);
    CHECK_STR(out, TO_STRING[i].expected);
    CHECK_INT(length, strlen(TO_STRING[i].expected));
  }
  num_to_string(NAN, out);
  CHECK_STR(out, "NaN");
  num_to_string(INFINITY, out);
  CHECK_STR(out, "Infinity");
  num_to_string(-INFINITY, out);
  CHECK_STR(out, "-Infinity");
}

static void shortest_digits_and_point(int argc, char **argv) {
  char digits[NUM_SHORTEST_SIZE];
  int point;
  CHECK_INT(num_shortest(0.1, digits, &point), 1);
  CHECK(digits[0] == '1' && point == 0);
  CHECK_INT(num_shortest(123.0, digits, &point), 3);
  CHECK(memcmp(digits, "123", 3) == 0 && point == 3);
  CHECK_INT(num_shortest(1.7976931348623157e308, digits, &point), 17);
  CHECK(memcmp(digits, "17976931348623157", 17) == 0 && point == 309);
  CHECK_INT(num_shortest(5e-324, digits, &point), 1);
  CHECK(digits[0] == '5' && point == -323);
  /* 2^-44 = 5.684341886080801486968994140625e-14: 16 digits suffice; the closest ends in 2. */
  CHECK_INT(num_shortest(-2.5, digits, &point), 2);
  CHECK(memcmp(digits, "25", 2) == 0 && point == 1);
  CHECK_INT(num_shortest(-0.0, digits, &point), 1);
  CHECK(digits[0] == '0' && point == 1);
  CHECK_INT(num_shortest(NAN, digits, &point), 0);
  CHECK_INT(num_shortest(5.684341886080802e-14, digits, &point), 16);
  CHECK(memcmp(digits, "5684341886080802", 16) == 0 && point == -13);
}

static const struct { double x; int f; const char *expected; } TO_FIXED[] = {
  {0.0, 2, "0.00"},
  {-0.0, 2, "0.00"},
  {1.005e+0, 2, "1.00"},
  {1.45e+0, 1, "1.4"},
  {8.345e+0, 2, "8.35"},
  {5e-1, 0, "1"},
  {1.5e+0, 0, "2"},
  {2.5e+0, 0, "3"},
  {-2.5e+0, 0, "-3"},
  {-1e-7, 2, "-0.00"},
  {1e+21, 2, "1e+21"},
  {-1e+21, 3, "-1e+21"},
  {1.23456e+2, 10, "123.4560000000"},
  {1e-6, 7, "0.0000010"},
  {1e-10, 100, "0.0000000001000000000000000036432197315497741579165547065599639608990401029586791992187500000000000000"},
  {1.7976931348623157e+308, 2, "1.7976931348623157e+308"},
  {9.99995e+2, 2, "1000.00"},
  {5e-324, 100, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
  {1e-1, 20, "0.10000000000000000555"},
  {1e+20, 5, "100000000000000000000.00000"},
  {-1.5e+0, 0, "-2"},
  {5e-2, 1, "0.1"},
  {9.007199254740992e+15, 0, "9007199254740992"},
};

static void to_fixed_rounds_the_exact_value_half_up(int argc, char **argv) {
  char out[NUM_FORMAT_SIZE];
  for (size_t i = 0; i < sizeof TO_FIXED / sizeof TO_FIXED[0]; i++) {
    int length = num_to_fixed(TO_FIXED[i].x, TO_FIXED[i].f, out);
    CHECK_STR(out, TO_FIXED[i].expected);
    CHECK_INT(length, strlen(TO_FIXED[i].expected));
  }
  /* 21.1.3.3: the range check comes first, then non-finite values print. */
  CHECK_INT(num_to_fixed(1, -1, out), -1);
  CHECK_INT(num_to_fixed(1, 101, out), -1);
  CHECK_INT(num_to_fixed(NAN, 101, out), -1);
  CHECK_INT(num_to_fixed(-INFINITY, 2, out), 9);
  CHECK_STR(out, "-Infinity");
  /* The longest output fits the documented buffer. */
  CHECK_INT(num_to_fixed(-9.99999999999999e20, 100, out), 123);
}

static const struct { double x; int f; const char *expected; } TO_EXPONENTIAL[] = {
  {0.0, NUM_DIGITS_UNDEFINED, "0e+0"},
  {0.0, 3, "0.000e+0"},
  {-0.0, 0, "0e+0"},
  {123456.0, 2, "1.23e+5"},
  {1.5e+0, 0, "2e+0"},
  {2.5e+0, 0, "3e+0"},
  {1.25e+0, 1, "1.3e+0"},
  {1.35e+0, 1, "1.4e+0"},
  {5e-324, NUM_DIGITS_UNDEFINED, "5e-324"},
  {5e-324, 2, "4.94e-324"},
  {1.7976931348623157e+308, 20, "1.79769313486231570815e+308"},
  {1e+21, NUM_DIGITS_UNDEFINED, "1e+21"},
  {1e-1, 100, "1.0000000000000000555111512312578270211815834045410156250000000000000000000000000000000000000000000000e-1"},
  {-1.5e-7, NUM_DIGITS_UNDEFINED, "-1.5e-7"},
  {9.995e+0, 2, "9.99e+0"},
  {9.95e+1, 0, "1e+2"},
};

static void to_exponential_rounds_half_up_or_takes_the_shortest(int argc, char **argv) {
  char out[NUM_FORMAT_SIZE];
  for (size_t i = 0; i < sizeof TO_EXPONENTIAL / sizeof TO_EXPONENTIAL[0]; i++) {
    int length = num_to_exponential(TO_EXPONENTIAL[i].x, TO_EXPONENTIAL[i].f, out);
    CHECK_STR(out, TO_EXPONENTIAL[i].expected);
    CHECK_INT(length, strlen(TO_EXPONENTIAL[i].expected));
  }
  CHECK_INT(num_to_exponential(1, 101, out), -1);
  CHECK_INT(num_to_exponential(1, -2, out), -1);
  /* 21.1.3.2: non-finite values print before the range check. */
  CHECK_INT(num_to_exponential(INFINITY, 1000, out), 8);
  CHECK_STR(out, "Infinity");
}

static const struct { double x; int p; const char *expected; } TO_PRECISION[] = {
  {0.0, 1, "0"},
  {0.0, 5, "0.0000"},
  {-0.0, 3, "0.00"},
  {1.23456e+2, 4, "123.5"},
  {1.23456e+2, 2, "1.2e+2"},
  {1.23456e+2, 3, "123"},
  {1.234e-6, 2, "0.0000012"},
  {1.234e-7, 2, "1.2e-7"},
  {1e+21, 21, "1.00000000000000000000e+21"},
  {1e+21, 22, "1000000000000000000000"},
  {9.999e+1, 2, "1.0e+2"},
  {9.5e+0, 1, "1e+1"},
  {2.5e+0, 1, "3"},
  {1.5e-7, 1, "1e-7"},
  {5e-324, 100, "4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359924e-324"},
  {123456789.0, 9, "123456789"},
  {123456789.0, 8, "1.2345679e+8"},
  {1.0, 100, "1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
};

static void to_precision_switches_notation_where_the_spec_says(int argc, char **argv) {
  char out[NUM_FORMAT_SIZE];
  for (size_t i = 0; i < sizeof TO_PRECISION / sizeof TO_PRECISION[0]; i++) {
    int length = num_to_precision(TO_PRECISION[i].x, TO_PRECISION[i].p, out);
    CHECK_STR(out, TO_PRECISION[i].expected);
    CHECK_INT(length, strlen(TO_PRECISION[i].expected));
  }
  CHECK_INT(num_to_precision(1, 0, out), -1);
  CHECK_INT(num_to_precision(1, 101, out), -1);
  CHECK_INT(num_to_precision(NAN, 0, out), 3);
  CHECK_STR(out, "NaN");
}

static const struct { double x; int radix; const char *expected; } TO_RADIX[] = {
  {255.0, 16, "ff"},
  {-255.0, 2, "-11111111"},
  {5e-1, 2, "0.1"},
  {1e-1, 2, "0.0001100110011001100110011001100110011001100110011001101"},
  {1e-1, 3, "0.0022002200220022002200220022002201"},
  {3.333333333333333e-1, 3, "0.1"},
  {1e+21, 36, "5v1j4f4ds7c000"},
  {-0.0, 7, "0"},
  // 5e-324.toString(2) length 1076
  {9.007199254740994e+15, 3, "1121202011211211122211100012101111"},
  {1.7976931348623157e+308, 36, "1a1e4vngaiqo0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
  {3.75e+0, 8, "3.6"},
  {1e-6, 36, "0.0001ogs5wo29m8"},
  {1.23456e+2, 36, "3f.gez4w97ry"},
  {-1e-7, 5, "-0.000000000044201334330402232142411"},
};

static void to_radix_string_matches_v8(int argc, char **argv) {
  static char out[NUM_RADIX_SIZE];
  for (size_t i = 0; i < sizeof TO_RADIX / sizeof TO_RADIX[0]; i++) {
    int length = num_to_radix_string(TO_RADIX[i].x, TO_RADIX[i].radix, out);
    CHECK_STR(out, TO_RADIX[i].expected);
    CHECK_INT(length, strlen(TO_RADIX[i].expected));
  }
  /* The longest outputs: every binary digit of 5e-324 and of the largest double. */
  CHECK_INT(num_to_radix_string(5e-324, 2, out), 1076);
  CHECK(memcmp(out, "0.000", 5) == 0 && out[1075] == '1');
  CHECK_INT(num_to_radix_string(-1.7976931348623157e308, 2, out), 1025);
  CHECK_INT(num_to_radix_string(1, 1, out), -1);
  CHECK_INT(num_to_radix_string(1, 37, out), -1);
  CHECK_INT(num_to_radix_string(12.5, 10, out), 4);
  CHECK_STR(out, "12.5");
  num_to_radix_string(-INFINITY, 2, out);
  CHECK_STR(out, "-Infinity");
}

static const struct { TestString text; double expected; } FROM_STRING[] = {
  {STR(""), 0.0},
  {STR(" "), 0.0},
  {STR("  12  "), 12.0},
  {WSTR(u"\x00a0\xfeff" u"1\x2028"), 1.0},
  {STR("0x1F"), 31.0},
  {STR("0X1f"), 31.0},
  {STR("-0x10"), NAN},
  {STR("+0x10"), NAN},
  {STR("0o17"), 15.0},
  {STR("0b101"), 5.0},
  {STR("0b"), NAN},
  {STR("0x"), NAN},
  {STR("Infinity"), INFINITY},
  {STR("-Infinity"), -INFINITY},
  {STR("+Infinity"), INFINITY},
  {STR("infinity"), NAN},
  {STR("1e"), NAN},
  {STR("1e+"), NAN},
  {STR(".5"), 5e-1},
  {STR("5."), 5.0},
  {STR("."), NAN},
  {STR("-.5e-3"), -5e-4},
  {STR("-0"), -0.0},
  {STR("1_0"), NAN},
  {STR("1n"), NAN},
  {STR("2.2250738585072011e-308"), 2.225073858507201e-308},
  {STR("9007199254740993"), 9.007199254740992e+15},
  {STR("9007199254740993.000000001"), 9.007199254740994e+15},
  {STR("2.4703282292062327e-324"), 0.0},
  {STR("2.4703282292062328e-324"), 5e-324},
  {STR("1.7976931348623158e308"), 1.7976931348623157e+308},
  {STR("1.797693134862315807e308"), 1.7976931348623157e+308},
  {STR("1e400"), INFINITY},
  {STR("-1e-400"), -0.0},
  {STR("0.1e-999999999999999999999"), 0.0},
  {STR("1e999999999999999999"), INFINITY},
  {STR("00012"), 12.0},
  {STR("1.2.3"), NAN},
};

static void from_string_is_string_to_number(int argc, char **argv) {
  uint16_t wide[64];
  for (size_t i = 0; i < sizeof FROM_STRING / sizeof FROM_STRING[0]; i++) {
    const TestString *s = &FROM_STRING[i].text;
    if (s->latin1) CHECK_DOUBLE(num_from_string(s->latin1, s->length), FROM_STRING[i].expected);
    CHECK_DOUBLE(num_from_string_utf16(widen(s, wide), s->length), FROM_STRING[i].expected);
  }
  /* Every WhiteSpace and LineTerminator trims; U+180E, U+0085 and U+200B do not. */
  static const uint16_t spaces[] = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000,
                                    0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
                                    0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
                                    0x3000, 0xFEFF};
  for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
    uint16_t text[] = {spaces[i], '7', spaces[i]};
    CHECK_DOUBLE(num_from_string_utf16(text, 3), 7);
  }
  static const uint16_t not_spaces[] = {0x180E, 0x85, 0x200B};
  for (size_t i = 0; i < sizeof not_spaces / sizeof not_spaces[0]; i++) {
    uint16_t text[] = {not_spaces[i], '7'};
    CHECK_DOUBLE(num_from_string_utf16(text, 2), NAN);
  }
}

static const struct { TestString text; double expected; } PARSE_FLOAT[] = {
  {STR(""), NAN},
  {STR("  3.14abc"), 3.14e+0},
  {STR("-.5e-3x"), -5e-4},
  {STR("1e"), 1.0},
  {STR("1e+"), 1.0},
  {STR("e1"), NAN},
  {STR("-Infinityx"), -INFINITY},
  {STR("Infinit"), NAN},
  {STR("+-1"), NAN},
  {STR("0x10"), 0.0},
  {WSTR(u"  \x3000-0"), -0.0},
  {STR("1.5e1000"), INFINITY},
  {STR(".e1"), NAN},
  {STR("5.e2"), 500.0},
  {STR("1_000"), 1.0},
};

static void parse_float_takes_the_longest_prefix(int argc, char **argv) {
  uint16_t wide[64];
  for (size_t i = 0; i < sizeof PARSE_FLOAT / sizeof PARSE_FLOAT[0]; i++) {
    const TestString *s = &PARSE_FLOAT[i].text;
    if (s->latin1) CHECK_DOUBLE(num_parse_float(s->latin1, s->length), PARSE_FLOAT[i].expected);
    CHECK_DOUBLE(num_parse_float_utf16(widen(s, wide), s->length), PARSE_FLOAT[i].expected);
  }
}

static const struct { TestString text; int radix; double expected; } PARSE_INT[] = {
  {STR(""), 0, NAN},
  {STR("  -0"), 0, -0.0},
  {STR("0x1F"), 0, 31.0},
  {STR("0x1F"), 16, 31.0},
  {STR("0x1F"), 10, 0.0},
  {STR("-0x10"), 0, -16.0},
  {STR("12abc"), 0, 12.0},
  {STR("z"), 36, 35.0},
  {STR("Z1"), 36, 1261.0},
  {STR("10"), 1, NAN},
  {STR("10"), 37, NAN},
  {STR("10"), 2, 2.0},
  {STR("111111111111111111111111111111111111111111111111111111111111"), 2, 1.152921504606847e+18},
  {STR("9007199254740993"), 10, 9.007199254740992e+15},
  {STR("9007199254740993"), 36, 1.9896986116031807e+24},
  {STR("00000000000000000000000000000000000000000000000000123456789abcdefghij"), 21, 6.955460736173788e+23},
  {STR("ffffffffffffffffff"), 16, 4.722366482869645e+21},
  {STR("777777777777777777777777777777"), 8, 1.2379400392853803e+27},
  {STR("1e3"), 0, 1.0},
  {STR("  +42.9"), 0, 42.0},
  {STR("0b11"), 0, 0.0},
  {WSTR(u"\x2029 17"), 0, 17.0},
};

static void parse_int_rounds_like_v8(int argc, char **argv) {
  uint16_t wide[128];
  for (size_t i = 0; i < sizeof PARSE_INT / sizeof PARSE_INT[0]; i++) {
    const TestString *s = &PARSE_INT[i].text;
    if (s->latin1)
      CHECK_DOUBLE(num_parse_int(s->latin1, s->length, PARSE_INT[i].radix), PARSE_INT[i].expected);
    CHECK_DOUBLE(num_parse_int_utf16(widen(s, wide), s->length, PARSE_INT[i].radix),
                 PARSE_INT[i].expected);
  }
}

static const struct { const char *digits; int exponent; double expected; } LONG_DIGITS[] = {
  {"741098468761869816264853189302332058547589703921487146638378523751013260905313127797"
   "949754542453988569694847043168576596389985065533909694598162194016172817189451069785"
   "467106791768725751773473155533077954085498096084575009581113730347476580968710095909"
   "754422710047573078097111189357848386756539987835030152280559340465937397917907387238"
   "682993958184816601691220194564999312897984113620624844986787135721803522090170239032"
   "857917325202205289740208029068540216066123755499834026713000358124864790413857434018"
   "755209015901725925471462961751341597749387185747378709616456389087181198412716730560"
   "170454930047052695901657637768849082679869725733665217655679410725087643375608460039"
   "84904972149117463085539556354188641513168478436313080237596295773983001708984375", -1075, 1e-323},
  {"741098468761869816264853189302332058547589703921487146638378523751013260905313127797"
   "949754542453988569694847043168576596389985065533909694598162194016172817189451069785"
   "467106791768725751773473155533077954085498096084575009581113730347476580968710095909"
   "754422710047573078097111189357848386756539987835030152280559340465937397917907387238"
   "682993958184816601691220194564999312897984113620624844986787135721803522090170239032"
   "857917325202205289740208029068540216066123755499834026713000358124864790413857434018"
   "755209015901725925471462961751341597749387185747378709616456389087181198412716730560"
   "170454930047052695901657637768849082679869725733665217655679410725087643375608460039"
   "849049721491174630855395563541886415131684784363130802375962957739830017089843750000"
   "000000000000000000001", -1100, 1e-323},
  {"741098468761869816264853189302332058547589703921487146638378523751013260905313127797"
   "949754542453988569694847043168576596389985065533909694598162194016172817189451069785"
   "467106791768725751773473155533077954085498096084575009581113730347476580968710095909"
   "754422710047573078097111189357848386756539987835030152280559340465937397917907387238"
   "682993958184816601691220194564999312897984113620624844986787135721803522090170239032"
   "857917325202205289740208029068540216066123755499834026713000358124864790413857434018"
   "755209015901725925471462961751341597749387185747378709616456389087181198412716730560"
   "170454930047052695901657637768849082679869725733665217655679410725087643375608460039"
   "849049721491174630855395563541886415131684784363130802375962957739830017089843749999"
   "99999999999999999999999999", -1105, 5e-324},
  {"100000000000000011102230246251565404236316680908203125", -53, 1.0},
  {"1000000000000000111022302462515654042363166809082031250000000000000000000000001", -78, 1.0000000000000002e+0},
  {"100000000000000011102230246251565404236316680908203124999999999999999999999999999999", -83, 1.0},
  {"222507385850720113605740979670913197593481954635164564802342610972482222202107694551"
   "652952390813508791414915891303962110687008643869459464552765720740782062174337998814"
   "106326732925355228688137214901298112245145188984905722230728525513315575501591439747"
   "639798341180199932396254828901710708185069063066665599493827577257201576306269066333"
   "264756530000924588831643303777979186961204949739037782970490505108060994073026293712"
   "895895000358379996720725430436028407889577179615094551674824347103070260914462157228"
   "988025818254518032570701886087211312807951223342628836862232150377566662250398253433"
   "597456888442390026549819838548794829220689472168983109969836584681402285424333066033"
   "985088644580400103493397042756718644338377048603786162277173854562306587467901408672"
   "332763671875", -1075, 2.2250738585072014e-308},
  {"222507385850720113605740979670913197593481954635164564802342610972482222202107694551"
   "652952390813508791414915891303962110687008643869459464552765720740782062174337998814"
   "106326732925355228688137214901298112245145188984905722230728525513315575501591439747"
   "639798341180199932396254828901710708185069063066665599493827577257201576306269066333"
   "264756530000924588831643303777979186961204949739037782970490505108060994073026293712"
   "895895000358379996720725430436028407889577179615094551674824347103070260914462157228"
   "988025818254518032570701886087211312807951223342628836862232150377566662250398253433"
   "597456888442390026549819838548794829220689472168983109969836584681402285424333066033"
   "985088644580400103493397042756718644338377048603786162277173854562306587467901408672"
   "3327636718750000000000000000000000001", -1100, 2.2250738585072014e-308},
  {"222507385850720113605740979670913197593481954635164564802342610972482222202107694551"
   "652952390813508791414915891303962110687008643869459464552765720740782062174337998814"
   "106326732925355228688137214901298112245145188984905722230728525513315575501591439747"
   "639798341180199932396254828901710708185069063066665599493827577257201576306269066333"
   "264756530000924588831643303777979186961204949739037782970490505108060994073026293712"
   "895895000358379996720725430436028407889577179615094551674824347103070260914462157228"
   "988025818254518032570701886087211312807951223342628836862232150377566662250398253433"
   "597456888442390026549819838548794829220689472168983109969836584681402285424333066033"
   "985088644580400103493397042756718644338377048603786162277173854562306587467901408672"
   "332763671874999999999999999999999999999999", -1105, 2.225073858507201e-308},
  {"9007199254740993", 0, 9.007199254740992e+15},
  {"90071992547409930000000000000000000000001", -25, 9.007199254740994e+15},
  {"9007199254740992999999999999999999999999999999", -30, 9.007199254740992e+15},
  {"898846567431157903968644857026517075399670663550189134680868894902224841463823754733"
   "245089887936035481651432083464439554732777739259702013153287443357529103409544510003"
   "541918381369274229088557658822378651350349277856834798114214574099304174682376463595"
   "37084222182755352171355779849754046521440088952087248896", 0, 8.98846567431158e+307},
  {"898846567431157903968644857026517075399670663550189134680868894902224841463823754733"
   "245089887936035481651432083464439554732777739259702013153287443357529103409544510003"
   "541918381369274229088557658822378651350349277856834798114214574099304174682376463595"
   "370842221827553521713557798497540465214400889520872488960000000000000000000000001", -25, 8.98846567431158e+307},
  {"898846567431157903968644857026517075399670663550189134680868894902224841463823754733"
   "245089887936035481651432083464439554732777739259702013153287443357529103409544510003"
   "541918381369274229088557658822378651350349277856834798114214574099304174682376463595"
   "370842221827553521713557798497540465214400889520872488959999999999999999999999999999"
   "99", -30, 8.988465674311579e+307},
  {"100000000000000012490009027033011079765856266021728515625", -57, 1e-1},
  {"1000000000000000124900090270330110797658562660217285156250000000000000000000000001", -82, 1.0000000000000002e-1},
  {"100000000000000012490009027033011079765856266021728515624999999999999999999999999999"
   "999", -87, 1e-1},
  {"100000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
   "00000000000000000000000000000000000000000000", -799, 1.0},
};

static void digits_round_correctly_at_and_around_halfway_points(int argc, char **argv) {
  for (size_t i = 0; i < sizeof LONG_DIGITS / sizeof LONG_DIGITS[0]; i++) {
    const char *digits = LONG_DIGITS[i].digits;
    CHECK_DOUBLE(num_digits_to_double(digits, strlen(digits), LONG_DIGITS[i].exponent),
                 LONG_DIGITS[i].expected);
  }
  CHECK_DOUBLE(num_digits_to_double("", 0, 5), 0);
  CHECK_DOUBLE(num_digits_to_double("000", 3, 400), 0);
  CHECK_DOUBLE(num_digits_to_double("17976931348623159", 17, 292), INFINITY);
  CHECK_DOUBLE(num_digits_to_double("17976931348623158", 17, 292), 1.7976931348623157e308);
  CHECK_DOUBLE(num_digits_to_double("17976931348623157", 17, 292), 1.7976931348623157e308);
  CHECK_DOUBLE(num_digits_to_double("1", 1, INT64_MAX), INFINITY);
  CHECK_DOUBLE(num_digits_to_double("1", 1, INT64_MIN), 0);
}

static void parse_decimal_and_radix_digits_report_what_they_consumed(int argc, char **argv) {
  size_t consumed;
  CHECK_DOUBLE(num_parse_decimal("12.5e3x", 7, &consumed), 12500);
  CHECK_INT(consumed, 6);
  CHECK_DOUBLE(num_parse_decimal("1e+", 3, &consumed), 1);
  CHECK_INT(consumed, 1);
  CHECK_DOUBLE(num_parse_decimal(".5", 2, &consumed), 0.5);
  CHECK_INT(consumed, 2);
  CHECK_DOUBLE(num_parse_decimal(".e5", 3, &consumed), 0);
  CHECK_INT(consumed, 0);
  CHECK_DOUBLE(num_parse_decimal("-1", 2, &consumed), 0);
  CHECK_INT(consumed, 0);
  CHECK_DOUBLE(num_parse_radix_digits("ff_", 3, 16, &consumed), 255);
  CHECK_INT(consumed, 2);
  CHECK_DOUBLE(num_parse_radix_digits("0009", 4, 8, &consumed), 0);
  CHECK_INT(consumed, 3);
  /* 2^53 + 1 in hex is a tie and rounds to even, 2^53 + 3 too (up); a set bit far below
   * the tie makes it round up. */
  CHECK_DOUBLE(num_parse_radix_digits("20000000000001", 14, 16, &consumed), 9007199254740992.0);
  CHECK_DOUBLE(num_parse_radix_digits("20000000000003", 14, 16, &consumed), 9007199254740996.0);
  CHECK_DOUBLE(num_parse_radix_digits("200000000000010001", 18, 16, &consumed),
               9007199254740994.0 * 65536.0);
  CHECK_DOUBLE(num_parse_radix_digits("z", 1, 36, &consumed), 35);
  CHECK_DOUBLE(num_parse_radix_digits("1", 1, 37, &consumed), NAN);
}

static void round_trips(int argc, char **argv) {
  /* Shortest output parses back to the same double, across magnitudes and subnormals. */
  uint64_t state = 0x9E3779B97F4A7C15u;
  char out[NUM_TO_STRING_SIZE];
  for (int i = 0; i < 20000; i++) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    double x;
    memcpy(&x, &state, sizeof x);
    if (x != x) continue;
    int length = num_to_string(x, out);
    double back = num_from_string(out, (size_t)length);
    if (!same_double(back, x == 0 ? 0 : x)) {
      CHECK_DOUBLE(back, x);
      break;
    }
  }
}

static const UnitCase cases[] = {
  {"to_string follows the spec", to_string_follows_the_spec},
  {"shortest digits and point", shortest_digits_and_point},
  {"to_fixed rounds the exact value half up", to_fixed_rounds_the_exact_value_half_up},
  {"to_exponential rounds half up or takes the shortest",
   to_exponential_rounds_half_up_or_takes_the_shortest},
  {"to_precision switches notation where the spec says",
   to_precision_switches_notation_where_the_spec_says},
  {"to_radix_string matches V8", to_radix_string_matches_v8},
  {"from_string is StringToNumber", from_string_is_string_to_number},
  {"parse_float takes the longest prefix", parse_float_takes_the_longest_prefix},
  {"parse_int rounds like V8", parse_int_rounds_like_v8},
  {"digits round correctly at and around halfway points",
   digits_round_correctly_at_and_around_halfway_points},
  {"parse_decimal and radix digits report what they consumed",
   parse_decimal_and_radix_digits_report_what_they_consumed},
  {"round trips", round_trips},
};
UNIT_MAIN(cases)
