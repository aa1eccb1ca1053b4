/* numconv: exact conversion between IEEE doubles and text, the way ECMAScript specifies it.
 * A separable library: byte buffers (Latin-1/ASCII) or UTF-16 code-unit buffers with
 * lengths in, caller-provided buffers out, no engine types, no locale, no libc strtod/printf.
 *   Double -> text: shortest round-trip digits (Steele-White/Dragon4 on exact big integers),
 *   Number::toString, toFixed, toExponential, toPrecision, toString(radix) (V8's algorithm).
 *   Text -> double: correctly rounded decimal (Clinger fast path, exact big-integer division
 *   otherwise), StringToNumber, parseFloat, parseInt (V8's rounding for odd radices).
 * Output functions write a NUL-terminated string and return its length (without the NUL),
 * or -1 for an argument the spec answers with a RangeError; buffer sizes are below. */
#ifndef PETREL_NUMCONV_NUMCONV_H
#define PETREL_NUMCONV_NUMCONV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Buffer sizes, NUL included. */
#define NUM_SHORTEST_SIZE 18   /* num_shortest: at most 17 digits */
#define NUM_TO_STRING_SIZE 32  /* num_to_string: e.g. "-1.2345678901234567e-308" */
#define NUM_FORMAT_SIZE 128    /* num_to_fixed, num_to_exponential, num_to_precision */
#define NUM_RADIX_SIZE 2200    /* num_to_radix_string: up to 1074 binary fraction digits */

/* Marks "fractionDigits is undefined" for num_to_exponential. */
#define NUM_DIGITS_UNDEFINED (-1)

/* Shortest digits that round-trip to |x|, closest to it among those, ties to an even last
 * digit: writes k digits (no NUL) and sets *point so |x| ~ 0.d1..dk * 10^point. Returns k
 * ("0" with point 1 for zero; 0 and no digits for NaN and infinities). The core of every
 * shortest output (Number::toString, toExponential()). */
int num_shortest(double x, char digits[NUM_SHORTEST_SIZE], int *point);

/* 6.1.6.1.20 Number::toString(x) with radix 10: what String(x) prints. */
int num_to_string(double x, char out[NUM_TO_STRING_SIZE]);

/* 21.1.3.3 Number.prototype.toFixed: f in 0..100 (else -1), exact round-half-up. */
int num_to_fixed(double x, int f, char out[NUM_FORMAT_SIZE]);

/* 21.1.3.2 Number.prototype.toExponential: f in 0..100 or NUM_DIGITS_UNDEFINED (else -1;
 * non-finite x is formatted before the range check, as the spec orders it). */
int num_to_exponential(double x, int f, char out[NUM_FORMAT_SIZE]);

/* 21.1.3.5 Number.prototype.toPrecision: p in 1..100 (else -1; non-finite x first). */
int num_to_precision(double x, int p, char out[NUM_FORMAT_SIZE]);

/* 21.1.3.6 Number.prototype.toString(radix), radix 2..36 (else -1): V8's digits exactly,
 * radix 10 included (it is then Number::toString). */
int num_to_radix_string(double x, int radix, char out[NUM_RADIX_SIZE]);

/* digits (ASCII '0'..'9', any length) * 10^exponent, correctly rounded (half to even):
 * for a lexer or any caller that has already split a literal into digits and exponent. */
double num_digits_to_double(const char *digits, size_t length, int64_t exponent);

/* Longest prefix of text that is an unsigned decimal literal (digits, '.', digits,
 * exponent; no sign, no separators), correctly rounded. *consumed = 0 if there is none
 * (then returns 0). For the lexer after it strips numeric separators. */
double num_parse_decimal(const char *text, size_t length, size_t *consumed);

/* Digits of `radix` (2..36, else NaN) from the start of text, stopping at the first
 * non-digit: *consumed says how many (leading zeros included). Powers of two and 10 round correctly; other radices round as
 * V8 does (the spec lets them approximate). For parseInt and 0x/0o/0b literals. */
double num_parse_radix_digits(const char *text, size_t length, int radix, size_t *consumed);

/* 7.1.4.1.1 StringToNumber: whitespace-trimmed StrNumericLiteral, else NaN. */
double num_from_string(const char *text, size_t length);
double num_from_string_utf16(const uint16_t *text, size_t length);

/* 19.2.4 parseFloat(string): the longest StrDecimalLiteral prefix after whitespace. */
double num_parse_float(const char *text, size_t length);
double num_parse_float_utf16(const uint16_t *text, size_t length);

/* 19.2.5 parseInt(string, radix) with radix already ToInt32'd (0 means "not given"). */
double num_parse_int(const char *text, size_t length, int32_t radix);
double num_parse_int_utf16(const uint16_t *text, size_t length, int32_t radix);

/* True for ECMAScript WhiteSpace and LineTerminator code points (what String trimming and
 * StringToNumber skip). */
bool num_is_whitespace(uint32_t code_point);

#endif
