/* Unit tests of src/bigint: the edge cases of every operation (zero and the missing -0n,
 * limb boundaries 2^32 +- 1 and 2^64 +- 1, signs of / and %, shifts and bitwise operators
 * on negatives, asIntN/asUintN at 0, 1, 64, 65 and huge bit counts, doubles at 2^53 +- 1,
 * 2^1023, halfway cases, comparisons with fractional doubles). Values are written in signed
 * hex; expected results are node's. The bulk random comparison with node is
 * tests/host/bigint.test.mjs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bigint/bigint.h"
#include "unit.h"

#define POOL 64
#define LIMBS 2048

/* A value from signed hex, in one of a ring of static buffers. */
static BigIntView hex(const char *text) {
  static uint32_t pool[POOL][LIMBS];
  static int next;
  uint32_t *digits = pool[next++ % POOL];
  memset(digits, 0, sizeof pool[0]);
  bool negative = *text == '-';
  if (negative) text++;
  size_t count = strlen(text);
  for (size_t i = 0; i < count; i++) {
    char c = text[i];
    uint32_t value = (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    size_t bit = (count - 1 - i) * 4;
    digits[bit / 32] |= value << (bit % 32);
  }
  size_t length = (count + 7) / 8;
  while (length > 0 && digits[length - 1] == 0) length--;
  BigIntView view = {digits, length, negative && length != 0};
  return view;
}

static BigIntBuffer result(void) {
  static uint32_t pool[8][LIMBS];
  static int next;
  BigIntBuffer buffer = {pool[next++ % 8], 0, false};
  return buffer;
}

/* Signed hex of a result, "BROKEN" when not normalized. */
static const char *show(BigIntBuffer b) {
  static char ring[8][LIMBS * 8 + 2];
  static int next;
  char *text = ring[next++ % 8], *p = text;
  if (b.length > 0 && b.digits[b.length - 1] == 0) return "BROKEN";
  if (b.length == 0) return b.negative ? "BROKEN" : "0";
  if (b.negative) *p++ = '-';
  p += sprintf(p, "%x", (unsigned)b.digits[b.length - 1]);
  for (size_t i = b.length - 1; i-- > 0;) p += sprintf(p, "%08x", (unsigned)b.digits[i]);
  return text;
}

typedef enum Op { ADD, SUB, MUL, DIV, REM, POW, AND, OR, XOR, SHL, SHR } Op;

static const char *apply(Op op, const char *x, const char *y) {
  BigIntView a = hex(x), b = hex(y);
  BigIntBuffer out = result();
  BigIntStatus status = BIGINT_OK;
  switch (op) {
    case ADD: bigint_add(a, b, &out); break;
    case SUB: bigint_subtract(a, b, &out); break;
    case MUL: status = bigint_multiply(a, b, &out); break;
    case DIV: status = bigint_divide(a, b, &out); break;
    case REM: status = bigint_remainder(a, b, &out); break;
    case POW: status = bigint_exponentiate(a, b, 1000, &out); break;
    case AND: bigint_bitwise_and(a, b, &out); break;
    case OR: bigint_bitwise_or(a, b, &out); break;
    case XOR: bigint_bitwise_xor(a, b, &out); break;
    case SHL: status = bigint_left_shift(a, b, 1000, &out); break;
    case SHR: status = bigint_signed_right_shift(a, b, 1000, &out); break;
  }
  switch (status) {
    case BIGINT_OK: return show(out);
    case BIGINT_DIVISION_BY_ZERO: return "DIV0";
    case BIGINT_NEGATIVE_EXPONENT: return "NEGEXP";
    case BIGINT_TOO_BIG: return "BIG";
    default: return "ERROR";
  }
}

static void test_add_subtract(int argc, char **argv) {
  CHECK_STR(apply(ADD, "0", "0"), "0");
  CHECK_STR(apply(ADD, "5", "-5"), "0"); /* no -0n */
  CHECK_STR(apply(SUB, "-5", "-5"), "0");
  CHECK_STR(apply(ADD, "ffffffff", "1"), "100000000");
  CHECK_STR(apply(ADD, "ffffffffffffffff", "1"), "10000000000000000");
  CHECK_STR(apply(SUB, "10000000000000000", "1"), "ffffffffffffffff");
  CHECK_STR(apply(SUB, "100000000", "100000001"), "-1");
  CHECK_STR(apply(ADD, "-ffffffff", "-1"), "-100000000");
  CHECK_STR(apply(SUB, "3", "-4"), "7");
  CHECK_STR(apply(SUB, "0", "7"), "-7");
  BigIntBuffer out = result();
  bigint_negate(hex("0"), &out);
  CHECK_STR(show(out), "0");
  bigint_negate(hex("-100000000"), &out);
  CHECK_STR(show(out), "100000000");
  CHECK_INT(bigint_compare(hex("-1"), hex("0")), -1);
  CHECK_INT(bigint_compare(hex("-100000000"), hex("-ffffffff")), -1);
  CHECK_INT(bigint_compare(hex("100000000"), hex("ffffffff")), 1);
  CHECK(bigint_equal(hex("-0"), hex("0")));
  CHECK_INT(bigint_bit_length(hex("100000000")), 33);
  CHECK_INT(bigint_bit_length(hex("0")), 0);
}

static void test_multiply(int argc, char **argv) {
  CHECK_STR(apply(MUL, "0", "-5"), "0");
  CHECK_STR(apply(MUL, "ffffffff", "ffffffff"), "fffffffe00000001");
  CHECK_STR(apply(MUL, "-ffffffffffffffff", "ffffffffffffffff"),
            "-fffffffffffffffe0000000000000001");
  CHECK_STR(apply(MUL, "-2", "-3"), "6");
  /* Karatsuba (>= 40 limbs): (2^2048 - 1)^2 = 2^4096 - 2^2049 + 1. */
  char ones[513], expected[1025];
  memset(ones, 'f', 512);
  ones[512] = '\0';
  memset(expected, 'f', 511);
  expected[511] = 'e';
  memset(expected + 512, '0', 511);
  expected[1023] = '1';
  expected[1024] = '\0';
  CHECK_STR(apply(MUL, ones, ones), expected);
}

static void test_divide_remainder(int argc, char **argv) {
  /* Truncation toward zero; the remainder takes the dividend's sign. */
  CHECK_STR(apply(DIV, "7", "2"), "3");
  CHECK_STR(apply(DIV, "-7", "2"), "-3");
  CHECK_STR(apply(DIV, "7", "-2"), "-3");
  CHECK_STR(apply(DIV, "-7", "-2"), "3");
  CHECK_STR(apply(REM, "7", "-2"), "1");
  CHECK_STR(apply(REM, "-7", "2"), "-1");
  CHECK_STR(apply(REM, "-6", "2"), "0");
  CHECK_STR(apply(DIV, "1", "2"), "0");
  CHECK_STR(apply(DIV, "-1", "2"), "0");
  CHECK_STR(apply(DIV, "5", "0"), "DIV0");
  CHECK_STR(apply(REM, "0", "0"), "DIV0");
  CHECK_STR(apply(DIV, "10000000000000000", "100000000"), "100000000");
  CHECK_STR(apply(DIV, "fffffffffffffffe0000000000000001", "ffffffffffffffff"), "ffffffffffffffff");
  CHECK_STR(apply(REM, "fffffffffffffffe0000000000000002", "ffffffffffffffff"), "1");
  /* Knuth D with a quotient-limb estimate that needs correcting (Hacker's Delight's case). */
  CHECK_STR(apply(DIV, "7fff800000000000000000000000", "800000000000ffff"), "fffefffffffe");
  CHECK_STR(apply(REM, "7fff800000000000000000000000", "800000000000ffff"), "1ffff0001fffe");
}

static void test_exponentiate(int argc, char **argv) {
  CHECK_STR(apply(POW, "0", "0"), "1");
  CHECK_STR(apply(POW, "-5", "0"), "1");
  CHECK_STR(apply(POW, "0", "5"), "0");
  CHECK_STR(apply(POW, "-1", "3"), "-1");
  CHECK_STR(apply(POW, "-1", "ffffffffffffffffffff"), "-1");
  CHECK_STR(apply(POW, "-2", "3"), "-8");
  CHECK_STR(apply(POW, "2", "40"), "10000000000000000");
  CHECK_STR(apply(POW, "3", "-1"), "NEGEXP");
  CHECK_STR(apply(POW, "0", "-1"), "NEGEXP");
  CHECK_STR(apply(POW, "2", "100000"), "BIG"); /* past the 1000-limb limit given here */
  CHECK_STR(apply(POW, "2", "ffffffffffffffff1"), "BIG");
}

static void test_bitwise(int argc, char **argv) {
  CHECK_STR(apply(AND, "-6", "-3"), "-8");
  CHECK_STR(apply(AND, "-1", "ffffffffffffffff"), "ffffffffffffffff");
  CHECK_STR(apply(AND, "-100000000", "ffffffffffffffff"), "ffffffff00000000");
  CHECK_STR(apply(OR, "-100000000", "ffffffff"), "-1");
  CHECK_STR(apply(OR, "-6", "-3"), "-1");
  CHECK_STR(apply(OR, "5", "-8"), "-3");
  CHECK_STR(apply(XOR, "-1", "-1"), "0");
  CHECK_STR(apply(XOR, "-1", "ffffffff"), "-100000000");
  CHECK_STR(apply(XOR, "-ffffffff", "1"), "-100000000");
  BigIntBuffer out = result();
  bigint_bitwise_not(hex("0"), &out);
  CHECK_STR(show(out), "-1");
  bigint_bitwise_not(hex("-1"), &out);
  CHECK_STR(show(out), "0");
  bigint_bitwise_not(hex("ffffffff"), &out);
  CHECK_STR(show(out), "-100000000");
  bigint_bitwise_not(hex("-100000000"), &out);
  CHECK_STR(show(out), "ffffffff");
}

static void test_shifts(int argc, char **argv) {
  CHECK_STR(apply(SHL, "1", "20"), "100000000");
  CHECK_STR(apply(SHL, "-1", "40"), "-10000000000000000");
  CHECK_STR(apply(SHL, "ffffffff", "1"), "1fffffffe");
  CHECK_STR(apply(SHL, "5", "-1"), "2"); /* a negative count shifts right */
  CHECK_STR(apply(SHR, "5", "-1"), "a");
  CHECK_STR(apply(SHR, "-5", "1"), "-3"); /* toward -infinity */
  CHECK_STR(apply(SHR, "-4", "1"), "-2");
  CHECK_STR(apply(SHR, "-1", "100"), "-1");
  CHECK_STR(apply(SHR, "-100000000", "20"), "-1");
  CHECK_STR(apply(SHR, "-100000001", "20"), "-2");
  CHECK_STR(apply(SHR, "ffffffffffffffff", "ffffffffffffffffffff"), "0");
  CHECK_STR(apply(SHR, "-ffffffffffffffff", "ffffffffffffffffffff"), "-1");
  CHECK_STR(apply(SHL, "-3", "-ffffffffffffffffffff"), "-1");
  CHECK_STR(apply(SHL, "0", "ffffffffffffffffffff"), "0");
  CHECK_STR(apply(SHL, "1", "ffffffffffffffffffff"), "BIG");
  CHECK_STR(apply(SHL, "1", "8000"), "BIG"); /* 32769 bits > 1000 limbs */
}

static const char *as_n(bool is_signed, uint64_t bits, const char *x) {
  BigIntView a = hex(x);
  BigIntBuffer out = result();
  if (is_signed) {
    bigint_as_int_n(bits, a, &out);
  } else if (bigint_as_uint_n(bits, a, 1000, &out) != BIGINT_OK) {
    return "BIG";
  }
  return show(out);
}

static void test_as_int_n(int argc, char **argv) {
  const uint64_t huge = ((uint64_t)1 << 53) - 1;
  CHECK_STR(as_n(true, 0, "-5"), "0");
  CHECK_STR(as_n(false, 0, "5"), "0");
  CHECK_STR(as_n(true, 1, "1"), "-1");
  CHECK_STR(as_n(true, 1, "-1"), "-1");
  CHECK_STR(as_n(true, 1, "2"), "0");
  CHECK_STR(as_n(false, 1, "-1"), "1");
  CHECK_STR(as_n(true, 64, "8000000000000000"), "-8000000000000000");
  CHECK_STR(as_n(true, 64, "-8000000000000000"), "-8000000000000000");
  CHECK_STR(as_n(true, 64, "7fffffffffffffff"), "7fffffffffffffff");
  CHECK_STR(as_n(true, 64, "ffffffffffffffff"), "-1");
  CHECK_STR(as_n(true, 64, "-8000000000000001"), "7fffffffffffffff");
  CHECK_STR(as_n(false, 64, "-1"), "ffffffffffffffff");
  CHECK_STR(as_n(false, 64, "10000000000000001"), "1");
  CHECK_STR(as_n(true, 65, "ffffffffffffffff"), "ffffffffffffffff");
  CHECK_STR(as_n(true, 65, "10000000000000000"), "-10000000000000000");
  CHECK_STR(as_n(false, 65, "-1"), "1ffffffffffffffff");
  CHECK_STR(as_n(false, 65, "-20000000000000000"), "0");
  CHECK_STR(as_n(true, huge, "-123456789abcdef0123"), "-123456789abcdef0123");
  CHECK_STR(as_n(false, huge, "123456789abcdef0123"), "123456789abcdef0123");
  CHECK_STR(as_n(false, huge, "-1"), "BIG"); /* 2^(2^53-1) - 1 */
  CHECK_STR(as_n(false, huge, "0"), "0");
}

static void test_doubles(int argc, char **argv) {
  BigIntBuffer out = result();
  CHECK_INT(bigint_from_double(0.5, &out), BIGINT_NOT_INTEGRAL);
  CHECK_INT(bigint_from_double(NAN, &out), BIGINT_NOT_INTEGRAL);
  CHECK_INT(bigint_from_double(-INFINITY, &out), BIGINT_NOT_INTEGRAL);
  CHECK_INT(bigint_from_double(-0.0, &out), BIGINT_OK);
  CHECK_STR(show(out), "0");
  CHECK_INT(bigint_from_double(9007199254740992.0, &out), BIGINT_OK);
  CHECK_STR(show(out), "20000000000000");
  CHECK_INT(bigint_from_double(-4294967296.0, &out), BIGINT_OK);
  CHECK_STR(show(out), "-100000000");
  CHECK_INT(bigint_from_double(8.98846567431158e307, &out), BIGINT_OK);
  CHECK_INT(bigint_bit_length(bigint_view(&out)), 1024);
  CHECK_INT(bigint_from_double(1.7976931348623157e308, &out), BIGINT_OK);
  CHECK(bigint_to_double(bigint_view(&out)) == 1.7976931348623157e308);
  /* 2^53 + 1 is a tie: to even, 2^53; 2^53 + 3 ties up to 2^53 + 4. */
  CHECK(bigint_to_double(hex("20000000000001")) == 9007199254740992.0);
  CHECK(bigint_to_double(hex("20000000000003")) == 9007199254740996.0);
  CHECK(bigint_to_double(hex("-1fffffffffffff")) == -9007199254740991.0);
  /* Halfway with a sticky bit far below rounds up. */
  CHECK(bigint_to_double(hex("200000000000010000000000000001")) ==
        9007199254740994.0 * 18446744073709551616.0);
  CHECK(bigint_to_double(hex("200000000000010000000000000000")) ==
        9007199254740992.0 * 18446744073709551616.0);
  CHECK(bigint_to_double(hex("0")) == 0.0);
  /* 2^1024 - 2^970 (halfway to 2^1024) is Infinity; one below is MAX_VALUE. */
  char text[260];
  memset(text, 'f', 256);
  text[256] = '\0';
  CHECK(bigint_to_double(hex(text)) == INFINITY);
  memset(text + 14, '0', 242);
  text[13] = '8'; /* 2^1024 - 2^971: MAX_VALUE exactly */
  CHECK(bigint_to_double(hex(text)) == 1.7976931348623157e308);
  /* Comparisons with doubles, exact. */
  CHECK_INT(bigint_compare_double(hex("1"), 1.5), -1);
  CHECK_INT(bigint_compare_double(hex("2"), 1.5), 1);
  CHECK_INT(bigint_compare_double(hex("-1"), -1.5), 1);
  CHECK_INT(bigint_compare_double(hex("-2"), -1.5), -1);
  CHECK_INT(bigint_compare_double(hex("0"), -0.0), 0);
  CHECK_INT(bigint_compare_double(hex("0"), 5e-324), -1);
  CHECK_INT(bigint_compare_double(hex("20000000000001"), 9007199254740992.0), 1);
  CHECK_INT(bigint_compare_double(hex("20000000000000"), 9007199254740992.0), 0);
  CHECK_INT(bigint_compare_double(hex(text), INFINITY), -1);
  CHECK_INT(bigint_compare_double(hex("-5"), -INFINITY), 1);
  CHECK_INT(bigint_compare_double(hex("5"), NAN), BIGINT_UNORDERED);
}

static void test_int64(int argc, char **argv) {
  BigIntBuffer out = result();
  bigint_from_int64(INT64_MIN, &out);
  CHECK_STR(show(out), "-8000000000000000");
  CHECK(bigint_fits_int64(bigint_view(&out)));
  CHECK_INT(bigint_to_int64(bigint_view(&out)), INT64_MIN);
  bigint_from_uint64(UINT64_MAX, &out);
  CHECK_STR(show(out), "ffffffffffffffff");
  CHECK(!bigint_fits_int64(bigint_view(&out)));
  CHECK(bigint_fits_uint64(bigint_view(&out)));
  CHECK_INT(bigint_to_int64(bigint_view(&out)), -1);
  bigint_from_int64(0, &out);
  CHECK_STR(show(out), "0");
  CHECK(!bigint_fits_int64(hex("8000000000000000")));
  CHECK(!bigint_fits_uint64(hex("-1")));
  CHECK(bigint_to_uint64(hex("-1")) == UINT64_MAX);
  CHECK(bigint_to_uint64(hex("10000000000000005")) == 5);
  CHECK_INT(bigint_to_int64(hex("-10000000000000005")), -5);
}

static const char *to_string(const char *x, int radix) {
  static char text[LIMBS * 32 + 2];
  size_t length;
  if (bigint_to_string(hex(x), radix, text, &length) != BIGINT_OK) return "ERROR";
  text[length] = '\0';
  return text;
}

static void test_to_string(int argc, char **argv) {
  CHECK_STR(to_string("0", 10), "0");
  CHECK_STR(to_string("-ff", 16), "-ff");
  CHECK_STR(to_string("ffffffffffffffff", 10), "18446744073709551615");
  CHECK_STR(to_string("-10000000000000000", 10), "-18446744073709551616");
  CHECK_STR(to_string("100000000", 2), "100000000000000000000000000000000");
  CHECK_STR(to_string("100000000", 8), "40000000000");
  CHECK_STR(to_string("100000000", 36), "1z141z4");
  CHECK_STR(to_string("3b9aca00", 10), "1000000000"); /* a whole chunk of zeros */
  CHECK_STR(to_string("-23", 3), "-1022");
}

static const char *parse(const char *text) {
  BigIntBuffer out = result();
  BigIntStatus status = bigint_from_string(text, strlen(text), 1000, &out);
  return status == BIGINT_OK ? show(out) : status == BIGINT_SYNTAX ? "SYNTAX" : "ERROR";
}

static void test_parse(int argc, char **argv) {
  CHECK_STR(parse(""), "0");
  CHECK_STR(parse(" \t\n"), "0");
  CHECK_STR(parse("-0"), "0");
  CHECK_STR(parse("  -18446744073709551616\r\n"), "-10000000000000000");
  CHECK_STR(parse("+4294967297"), "100000001");
  CHECK_STR(parse("0x1F"), "1f");
  CHECK_STR(parse("0O17"), "f");
  CHECK_STR(parse("0b101"), "5");
  CHECK_STR(parse("0007"), "7");
  CHECK_STR(parse("-0x1"), "SYNTAX");
  CHECK_STR(parse("0x"), "SYNTAX");
  CHECK_STR(parse("1n"), "SYNTAX");
  CHECK_STR(parse("1.0"), "SYNTAX");
  CHECK_STR(parse("1e3"), "SYNTAX");
  CHECK_STR(parse("1_000"), "SYNTAX");
  CHECK_STR(parse("-"), "SYNTAX");
  CHECK_STR(parse("Infinity"), "SYNTAX");
  CHECK_STR(parse("1 2"), "SYNTAX");
  CHECK_STR(parse("\xa0" "12\xa0"), "c");
  const uint16_t wide[] = {0x3000, '4', '2', 0x2028, 0xFEFF};
  BigIntBuffer out = result();
  CHECK_INT(bigint_from_string_utf16(wide, 5, 1000, &out), BIGINT_OK);
  CHECK_STR(show(out), "2a");
  const uint16_t zws[] = {0x200B, '1'}; /* U+200B is not white space */
  CHECK_INT(bigint_from_string_utf16(zws, 2, 1000, &out), BIGINT_SYNTAX);
  CHECK_INT(bigint_from_digits("ZZ", 2, 36, 1000, &out), BIGINT_OK);
  CHECK_STR(show(out), "50f");
  CHECK_INT(bigint_from_digits("102", 3, 2, 1000, &out), BIGINT_SYNTAX);
}

static const UnitCase cases[] = {
    {"add, subtract, negate, compare", test_add_subtract},
    {"multiply (schoolbook and Karatsuba)", test_multiply},
    {"divide and remainder", test_divide_remainder},
    {"exponentiate", test_exponentiate},
    {"bitwise on two's complement", test_bitwise},
    {"shifts", test_shifts},
    {"asIntN and asUintN", test_as_int_n},
    {"doubles", test_doubles},
    {"int64 fast paths", test_int64},
    {"toString(radix)", test_to_string},
    {"StringToBigInt and literal digits", test_parse},
};

UNIT_MAIN(cases)
