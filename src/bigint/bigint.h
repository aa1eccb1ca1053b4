/* bigint: arbitrary-precision integers with ECMAScript BigInt semantics (6.1.6.2 The BigInt
 * Type, 21.2 BigInt Objects), the digit arithmetic under the BigInt built-in.
 * A separable library: no engine types. A value is sign + magnitude in 32-bit limbs, least
 * significant first, normalized (no leading zero limb; zero has length 0 and is never
 * negative: there is no -0n). Inputs are BigIntView (read-only digits); results are written
 * into a caller-provided BigIntBuffer whose `digits` hold at least the matching
 * bigint_*_max_length() limbs, so the engine can allocate the result cell first. Results
 * must not overlap the inputs. Scratch memory (Karatsuba, division, toString) comes from
 * malloc; failing to get it is BIGINT_OUT_OF_MEMORY. Errors are return values, never longjmp.
 * Files: bigint_add.c (add, subtract, compare), bigint_mul.c (schoolbook, Karatsuba, **),
 * bigint_div.c (Knuth D), bigint_bitwise.c (shifts, & | ^ ~, asIntN/asUintN),
 * bigint_convert.c (doubles, int64), bigint_string.c (toString(radix), StringToBigInt). */
#ifndef PETREL_BIGINT_BIGINT_H
#define PETREL_BIGINT_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum BigIntStatus {
  BIGINT_OK = 0,
  BIGINT_DIVISION_BY_ZERO,  /* RangeError: Division by zero */
  BIGINT_NEGATIVE_EXPONENT, /* RangeError: Exponent must be non-negative */
  BIGINT_TOO_BIG,           /* RangeError: Maximum BigInt size exceeded */
  BIGINT_OUT_OF_MEMORY,     /* scratch allocation failed */
  BIGINT_SYNTAX,            /* StringToBigInt: not a StringIntegerLiteral (SyntaxError) */
  BIGINT_NOT_INTEGRAL,      /* NumberToBigInt: NaN, infinite or fractional (RangeError) */
} BigIntStatus;

/* A read-only value. */
typedef struct BigIntView {
  const uint32_t *digits;
  size_t length;
  bool negative;
} BigIntView;

/* A result: the caller sets `digits` (capacity from *_max_length); operations set `length`
 * (normalized) and `negative`. */
typedef struct BigIntBuffer {
  uint32_t *digits;
  size_t length;
  bool negative;
} BigIntBuffer;

/* V8's limit: 2^30 bits. Callers pass their own maximum length in limbs to the operations
 * that can grow without bound (**, <<, asUintN, parsing); this is the usual one. */
#define BIGINT_V8_MAX_LENGTH (((size_t)1 << 30) / 32)
/* Limbs of any integral double (|x| < 2^1024). */
#define BIGINT_DOUBLE_MAX_LENGTH 32
/* Limbs of any int64_t/uint64_t. */
#define BIGINT_INT64_MAX_LENGTH 2
/* What bigint_compare_double returns for NaN (the spec's undefined). */
#define BIGINT_UNORDERED 2

/* Views a result as an input of the next operation. */
static inline BigIntView bigint_view(const BigIntBuffer *buffer) {
  BigIntView view = {buffer->digits, buffer->length, buffer->negative};
  return view;
}

/* Fast-path test for the engine: does the value fit int64_t (so it can skip the library)? */
static inline bool bigint_fits_int64(BigIntView a) {
  if (a.length <= 1) return true;
  if (a.length > 2) return false;
  uint64_t magnitude = (uint64_t)a.digits[1] << 32 | a.digits[0];
  return a.negative ? magnitude <= (uint64_t)1 << 63 : magnitude < (uint64_t)1 << 63;
}

/* Fast-path test: does the value fit uint64_t? */
static inline bool bigint_fits_uint64(BigIntView a) {
  return !a.negative && a.length <= 2;
}

/* --- bigint_add.c: 6.1.6.2.7 add, 6.1.6.2.8 subtract, 6.1.6.2.1 unaryMinus, comparison --- */

/* Limbs a + b or a - b can need. */
size_t bigint_add_max_length(size_t a_length, size_t b_length);
/* 6.1.6.2.7 BigInt::add. */
void bigint_add(BigIntView a, BigIntView b, BigIntBuffer *out);
/* 6.1.6.2.8 BigInt::subtract. */
void bigint_subtract(BigIntView a, BigIntView b, BigIntBuffer *out);
/* 6.1.6.2.1 BigInt::unaryMinus (out needs a.length limbs and may be a's own digits;
 * zero stays positive). */
void bigint_negate(BigIntView a, BigIntBuffer *out);
/* 6.1.6.2.12 BigInt::lessThan generalized: -1, 0 or 1 as a <, ==, > b. */
int bigint_compare(BigIntView a, BigIntView b);
/* 6.1.6.2.13 BigInt::equal. */
bool bigint_equal(BigIntView a, BigIntView b);
/* Magnitudes only: -1, 0, 1 as |a| <, ==, > |b|. */
int bigint_compare_magnitude(BigIntView a, BigIntView b);
/* Bit length of |a| (0 for zero): how the engine sizes and limits values. */
uint64_t bigint_bit_length(BigIntView a);

/* --- bigint_mul.c: 6.1.6.2.4 multiply, 6.1.6.2.3 exponentiate --- */

/* Limbs a * b can need. */
size_t bigint_multiply_max_length(size_t a_length, size_t b_length);
/* 6.1.6.2.4 BigInt::multiply: schoolbook, Karatsuba for long operands. */
BigIntStatus bigint_multiply(BigIntView a, BigIntView b, BigIntBuffer *out);
/* Limbs base ** exponent can need, or TOO_BIG past max_length / NEGATIVE_EXPONENT. */
BigIntStatus bigint_exponentiate_max_length(BigIntView base, BigIntView exponent,
                                            size_t max_length, size_t *length);
/* 6.1.6.2.3 BigInt::exponentiate by squaring; out holds the *_max_length limbs. */
BigIntStatus bigint_exponentiate(BigIntView base, BigIntView exponent, size_t max_length,
                                 BigIntBuffer *out);

/* --- bigint_div.c: 6.1.6.2.5 divide, 6.1.6.2.6 remainder --- */

/* Limbs of the quotient a / b. */
size_t bigint_divide_max_length(size_t a_length, size_t b_length);
/* Limbs of the remainder a % b. */
size_t bigint_remainder_max_length(size_t a_length, size_t b_length);
/* 6.1.6.2.5 BigInt::divide: truncated toward zero; b = 0 is DIVISION_BY_ZERO. */
BigIntStatus bigint_divide(BigIntView a, BigIntView b, BigIntBuffer *quotient);
/* 6.1.6.2.6 BigInt::remainder: the sign of the dividend; b = 0 is DIVISION_BY_ZERO. */
BigIntStatus bigint_remainder(BigIntView a, BigIntView b, BigIntBuffer *remainder);
/* Both at once (either pointer may be NULL), for callers that want q and r. */
BigIntStatus bigint_divide_remainder(BigIntView a, BigIntView b, BigIntBuffer *quotient,
                                     BigIntBuffer *remainder);

/* --- bigint_bitwise.c: 6.1.6.2.9-10 shifts, 6.1.6.2.18-20 bitwise, 21.2.2.1-2 asIntN/N --- */

/* Limbs a << shift can need (shift negative: a right shift), or TOO_BIG past max_length. */
BigIntStatus bigint_left_shift_max_length(BigIntView a, BigIntView shift, size_t max_length,
                                          size_t *length);
/* 6.1.6.2.9 BigInt::leftShift (a negative shift shifts right, rounding toward -infinity). */
BigIntStatus bigint_left_shift(BigIntView a, BigIntView shift, size_t max_length,
                               BigIntBuffer *out);
/* Limbs a >> shift can need. */
BigIntStatus bigint_signed_right_shift_max_length(BigIntView a, BigIntView shift,
                                                  size_t max_length, size_t *length);
/* 6.1.6.2.10 BigInt::signedRightShift = leftShift(a, -shift). */
BigIntStatus bigint_signed_right_shift(BigIntView a, BigIntView shift, size_t max_length,
                                       BigIntBuffer *out);
/* Limbs of a & b, a | b, a ^ b. */
size_t bigint_bitwise_max_length(size_t a_length, size_t b_length);
/* 6.1.6.2.18 BigInt::bitwiseAND on infinite two's complement. */
void bigint_bitwise_and(BigIntView a, BigIntView b, BigIntBuffer *out);
/* 6.1.6.2.20 BigInt::bitwiseOR. */
void bigint_bitwise_or(BigIntView a, BigIntView b, BigIntBuffer *out);
/* 6.1.6.2.19 BigInt::bitwiseXOR. */
void bigint_bitwise_xor(BigIntView a, BigIntView b, BigIntBuffer *out);
/* 6.1.6.2.2 BigInt::bitwiseNOT = -a - 1 (out needs a.length + 1 limbs). */
void bigint_bitwise_not(BigIntView a, BigIntBuffer *out);
/* Limbs of asIntN(bits, a): never more than a.length. */
size_t bigint_as_int_n_max_length(uint64_t bits, BigIntView a);
/* 21.2.2.1 BigInt.asIntN: bits in 0..2^53-1 (already ToIndex'd). */
void bigint_as_int_n(uint64_t bits, BigIntView a, BigIntBuffer *out);
/* Limbs of asUintN(bits, a), or TOO_BIG (2^bits - |a| for a huge bits and a < 0). */
BigIntStatus bigint_as_uint_n_max_length(uint64_t bits, BigIntView a, size_t max_length,
                                         size_t *length);
/* 21.2.2.2 BigInt.asUintN. */
BigIntStatus bigint_as_uint_n(uint64_t bits, BigIntView a, size_t max_length, BigIntBuffer *out);

/* --- bigint_convert.c: 21.2.1.1.1 NumberToBigInt, 6.1.6.2 to Number, int64 fast paths --- */

/* 21.2.1.1.1 NumberToBigInt: exact; NOT_INTEGRAL for NaN, infinities and fractions.
 * out needs BIGINT_DOUBLE_MAX_LENGTH limbs. */
BigIntStatus bigint_from_double(double x, BigIntBuffer *out);
/* 21.1.1.1 Number(bigint): correctly rounded, ties to even, Infinity past the range. */
double bigint_to_double(BigIntView a);
/* 7.2.13 IsLessThan / 7.2.14 IsLooselyEqual with a Number: exact; -1, 0, 1, or
 * BIGINT_UNORDERED for NaN. */
int bigint_compare_double(BigIntView a, double x);
/* BigInt(int64) without going through a double (out needs BIGINT_INT64_MAX_LENGTH limbs). */
void bigint_from_int64(int64_t value, BigIntBuffer *out);
/* BigInt(uint64), e.g. a BigUint64Array element (out needs BIGINT_INT64_MAX_LENGTH limbs). */
void bigint_from_uint64(uint64_t value, BigIntBuffer *out);
/* BigInt.asIntN(64, a) as an int64_t (what BigInt64Array stores). */
int64_t bigint_to_int64(BigIntView a);
/* BigInt.asUintN(64, a) as a uint64_t (what BigUint64Array stores). */
uint64_t bigint_to_uint64(BigIntView a);

/* --- bigint_string.c: 21.2.3.3 toString(radix), 7.1.14 StringToBigInt --- */

/* Characters of toString(radix) (sign included, no NUL). */
size_t bigint_to_string_max_length(BigIntView a, int radix);
/* 21.2.3.3 BigInt.prototype.toString, 6.1.6.2.21 BigInt::toString: radix 2..36 (the
 * caller throws its RangeError first; anything else is SYNTAX here), lowercase digits;
 * writes the characters (no NUL) and their count to *length. */
BigIntStatus bigint_to_string(BigIntView a, int radix, char *out, size_t *length);
/* Limbs a run of `length` characters (digits of radix <= 36, prefixes, space) can need. */
size_t bigint_from_string_max_length(size_t length);
/* 7.1.14 StringToBigInt over Latin-1 text: trimmed, decimal with sign, 0x/0o/0b unsigned,
 * empty -> 0n; anything else is SYNTAX. */
BigIntStatus bigint_from_string(const char *text, size_t length, size_t max_length,
                                BigIntBuffer *out);
/* The same over UTF-16 code units. */
BigIntStatus bigint_from_string_utf16(const uint16_t *text, size_t length, size_t max_length,
                                      BigIntBuffer *out);
/* Digits of `radix` (2..36, validated by the caller, separators removed): the lexer's
 * BigInt literal after its 0x/0o/0b prefix. SYNTAX for a non-digit. */
BigIntStatus bigint_from_digits(const char *digits, size_t length, int radix, size_t max_length,
                                BigIntBuffer *out);

#endif
