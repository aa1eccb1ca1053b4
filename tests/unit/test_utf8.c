/* UTF-8 ⇄ UTF-16 over plain buffers (src/base/utf8.c): round trips through every encoded
 * length, astral characters as surrogate pairs, lone surrogates (U+FFFD or WTF-8), and the
 * WHATWG/Unicode "maximal subpart" replacement of invalid UTF-8. */
#include <stdlib.h>

#include "base/utf8.h"
#include "unit.h"

/* Decodes `bytes` and checks the units, through both the length pass and the decoder. */
static void check_decode(const char *bytes, size_t length, const uint16_t *expected, size_t expected_length,
                         int line) {
  uint16_t max_unit;
  size_t units = utf8_utf16_length((const uint8_t *)bytes, length, &max_unit);
  uint16_t out[64];
  size_t written = utf8_to_utf16((const uint8_t *)bytes, length, out);
  bool same = units == expected_length && written == expected_length;
  uint16_t expected_max = 0;
  for (size_t i = 0; same && i < expected_length; i++) {
    same = out[i] == expected[i];
    if (expected[i] > expected_max) expected_max = expected[i];
  }
  if (!same || max_unit != expected_max) unit_fail(__FILE__, line, "decoded units differ");
}

#define CHECK_DECODE(bytes, ...)                                                       \
  do {                                                                                 \
    static const uint16_t decode_units[] = {__VA_ARGS__};                                \
    check_decode(bytes, sizeof(bytes) - 1, decode_units, sizeof decode_units / sizeof decode_units[0], __LINE__); \
  } while (0)

static void round_trips(int argc, char **argv) {
  /* One code point of each encoded length, an astral one as a surrogate pair. */
  const char *text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  size_t length = strlen(text);
  uint16_t units[16];
  size_t count = utf8_to_utf16((const uint8_t *)text, length, units);
  CHECK_INT(count, 6);
  CHECK_INT(units[0], 'a');
  CHECK_INT(units[1], 0xE9);
  CHECK_INT(units[2], 0x20AC);
  CHECK_INT(units[3], 0xD83D);
  CHECK_INT(units[4], 0xDE00);
  CHECK_INT(units[5], 'z');
  CHECK_INT(utf8_length_from_utf16(units, count, false), length);
  uint8_t back[32];
  size_t back_length = utf8_from_utf16(units, count, back, false);
  CHECK_INT(back_length, length);
  CHECK(memcmp(back, text, length) == 0);

  /* Latin-1 both ways. */
  const uint8_t latin1[] = {'c', 'a', 'f', 0xE9, 0xFF};
  uint8_t encoded[16];
  CHECK_INT(utf8_length_from_latin1(latin1, 5), 7);
  size_t encoded_length = utf8_from_latin1(latin1, 5, encoded);
  CHECK_INT(encoded_length, 7);
  uint16_t max_unit;
  CHECK_INT(utf8_utf16_length(encoded, encoded_length, &max_unit), 5);
  CHECK_INT(max_unit, 0xFF);
  uint8_t decoded[8];
  CHECK_INT(utf8_to_latin1(encoded, encoded_length, decoded), 5);
  CHECK(memcmp(decoded, latin1, 5) == 0);

  /* Every code point of the BMP outside the surrogates, and a sample of astral ones. */
  for (uint32_t code_point = 1; code_point < 0x110000; code_point += code_point < 0x10000 ? 1 : 257) {
    if (code_point >= 0xD800 && code_point <= 0xDFFF) continue;
    uint16_t pair[2];
    size_t n = 1;
    if (code_point >= 0x10000) {
      pair[0] = (uint16_t)(0xD800 + ((code_point - 0x10000) >> 10));
      pair[1] = (uint16_t)(0xDC00 + ((code_point - 0x10000) & 0x3FF));
      n = 2;
    } else {
      pair[0] = (uint16_t)code_point;
    }
    uint8_t bytes[4];
    size_t byte_count = utf8_from_utf16(pair, n, bytes, false);
    uint16_t again[2];
    size_t again_count = utf8_to_utf16(bytes, byte_count, again);
    if (again_count != n || again[0] != pair[0] || (n == 2 && again[1] != pair[1])) {
      CHECK_INT(code_point, -1);
      break;
    }
  }
}

static void lone_surrogates(int argc, char **argv) {
  const uint16_t units[] = {'x', 0xD800, 'y', 0xDC00, 0xDBFF, 0xDFFF, 0xDFFF, 0xD83D};
  size_t count = sizeof units / sizeof units[0];
  /* Output (stdout) form: each lone surrogate is U+FFFD; the valid pair stays one code point. */
  uint8_t out[64];
  size_t length = utf8_length_from_utf16(units, count, false);
  CHECK_INT(utf8_from_utf16(units, count, out, false), length);
  const uint8_t expected[] = {'x', 0xEF, 0xBF, 0xBD, 'y', 0xEF, 0xBF, 0xBD, 0xF4, 0x8F, 0xBF, 0xBF,
                              0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD};
  CHECK_INT(length, sizeof expected);
  CHECK(memcmp(out, expected, sizeof expected) == 0);
  /* WTF-8 keeps them: ED A0 80 for U+D800. */
  size_t wtf8_length = utf8_length_from_utf16(units, count, true);
  CHECK_INT(utf8_from_utf16(units, count, out, true), wtf8_length);
  CHECK_INT(wtf8_length, 1 + 3 + 1 + 3 + 4 + 3 + 3);
  CHECK(out[1] == 0xED && out[2] == 0xA0 && out[3] == 0x80);
  /* Decoding WTF-8 with the (strict) UTF-8 decoder: a surrogate's 3 bytes are 3 errors. */
  CHECK_DECODE("\xED\xA0\x80", 0xFFFD, 0xFFFD, 0xFFFD);
}

static void invalid_utf8(int argc, char **argv) {
  /* Unicode 15 Table 3-8: each maximal subpart becomes one U+FFFD. */
  CHECK_DECODE("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", 0x61, 0xFFFD, 0xFFFD, 0xFFFD,
               0x62, 0xFFFD, 0x63, 0xFFFD, 0xFFFD, 0x64);
  CHECK_DECODE("\xC0\x80", 0xFFFD, 0xFFFD);                 /* overlong: C0 is never a lead */
  CHECK_DECODE("\xE0\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD);     /* overlong 3-byte */
  CHECK_DECODE("\xF0\x80\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD);
  CHECK_DECODE("\xF4\x90\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD); /* past U+10FFFF */
  CHECK_DECODE("\xF5\x80", 0xFFFD, 0xFFFD);
  CHECK_DECODE("\xFF", 0xFFFD);
  CHECK_DECODE("\xE2\x82", 0xFFFD);                         /* truncated at the end */
  CHECK_DECODE("\xE2\x82\x41", 0xFFFD, 0x41);               /* truncated before ASCII */
  CHECK_DECODE("\xF0\x9F\x98", 0xFFFD);
  CHECK_DECODE("\xF0\x9F\x98\x80\x80", 0xD83D, 0xDE00, 0xFFFD); /* stray continuation */
  CHECK_DECODE("\xEF\xBF\xBF", 0xFFFF);                     /* noncharacters are valid */
  CHECK_DECODE("\xF4\x8F\xBF\xBF", 0xDBFF, 0xDFFF);
}

static void empty_input(int argc, char **argv) {
  uint16_t max_unit = 7;
  CHECK_INT(utf8_utf16_length((const uint8_t *)"", 0, &max_unit), 0);
  CHECK_INT(max_unit, 0);
  CHECK_INT(utf8_length_from_utf16(NULL, 0, false), 0);
}

static const UnitCase cases[] = {
    {"round trips through every encoded length", round_trips},
    {"lone surrogates: U+FFFD for output, kept by WTF-8", lone_surrogates},
    {"invalid UTF-8: one U+FFFD per maximal subpart", invalid_utf8},
    {"empty input", empty_input},
};

UNIT_MAIN(cases)
