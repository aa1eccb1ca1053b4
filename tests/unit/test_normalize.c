/* Unicode normalization by hand: composed/decomposed é, Hangul both ways, compatibility
 * mappings, canonical ordering of several marks, composition blocked by a mark of the same
 * class, lone surrogates, the empty string, the buffer-too-small retry and the quick check.
 * tests/host/normalize.test.mjs runs the whole NormalizationTest.txt. */
#include "unicode/normalize.h"
#include "unit.h"

#define COUNT(array) (sizeof array / sizeof array[0])

/* form(in) must be exactly expected[0..expected_len). */
static bool normalizes_to(UnicodeNormalForm form, const uint16_t *in, size_t in_len,
                          const uint16_t *expected, size_t expected_len) {
  uint16_t out[64];
  size_t out_len = 0;
  if (unicode_normalize(form, in, in_len, out, COUNT(out), &out_len) != UNICODE_NORMALIZE_OK) return false;
  return out_len == expected_len && memcmp(out, expected, expected_len * sizeof(uint16_t)) == 0;
}

#define NORMALIZES(form, in, expected) \
  CHECK(normalizes_to(form, in, COUNT(in), expected, COUNT(expected)))

static void e_acute(int argc, char **argv) {
  static const uint16_t composed[] = {'c', 'a', 'f', 0x00E9};
  static const uint16_t decomposed[] = {'c', 'a', 'f', 'e', 0x0301};
  NORMALIZES(UNICODE_NFC, decomposed, composed);
  NORMALIZES(UNICODE_NFC, composed, composed);
  NORMALIZES(UNICODE_NFD, composed, decomposed);
  NORMALIZES(UNICODE_NFKC, decomposed, composed);
  NORMALIZES(UNICODE_NFKD, composed, decomposed);
}

static void hangul(int argc, char **argv) {
  static const uint16_t syllables[] = {0xD55C, 0xAE00}; /* 한글 */
  static const uint16_t jamo[] = {0x1112, 0x1161, 0x11AB, 0x1100, 0x1173, 0x11AF};
  static const uint16_t lv[] = {0xAC00}, lv_t[] = {0xAC00, 0x11A8}, lvt[] = {0xAC01};
  NORMALIZES(UNICODE_NFD, syllables, jamo);
  NORMALIZES(UNICODE_NFC, jamo, syllables);
  NORMALIZES(UNICODE_NFC, lv_t, lvt);
  NORMALIZES(UNICODE_NFD, lv, ((const uint16_t[]){0x1100, 0x1161}));
}

static void compatibility(int argc, char **argv) {
  static const uint16_t ligature[] = {0xFB01, 'x'}, letters[] = {'f', 'i', 'x'};
  static const uint16_t ohm[] = {0x2126}, omega[] = {0x03A9};
  NORMALIZES(UNICODE_NFKC, ligature, letters);
  NORMALIZES(UNICODE_NFKD, ligature, letters);
  NORMALIZES(UNICODE_NFC, ligature, ligature);
  NORMALIZES(UNICODE_NFC, ohm, omega); /* a singleton: decomposes, never recomposes */
  static const uint16_t long_s_dot[] = {0x1E9B}, nfkc[] = {0x1E61}, nfd[] = {0x017F, 0x0307};
  NORMALIZES(UNICODE_NFKC, long_s_dot, nfkc);
  NORMALIZES(UNICODE_NFD, long_s_dot, nfd);
  NORMALIZES(UNICODE_NFC, long_s_dot, long_s_dot);
}

static void ordering(int argc, char **argv) {
  /* a + dot below (220) after diaeresis (230) and acute (230): sorted stably by class. */
  static const uint16_t in[] = {'a', 0x0308, 0x0301, 0x0323};
  static const uint16_t nfd[] = {'a', 0x0323, 0x0308, 0x0301};
  static const uint16_t nfc[] = {0x1EA1, 0x0308, 0x0301};
  NORMALIZES(UNICODE_NFD, in, nfd);
  NORMALIZES(UNICODE_NFC, in, nfc);
  CHECK(!unicode_is_normalized(UNICODE_NFD, in, COUNT(in)));
  CHECK(unicode_is_normalized(UNICODE_NFD, nfd, COUNT(nfd)));
  /* A long reversed run of marks takes the merge sort. */
  uint16_t marks[41], sorted[41];
  marks[0] = sorted[0] = 'o';
  for (int i = 0; i < 20; i++) {
    marks[1 + 2 * i] = 0x0301;      /* 230 */
    marks[2 + 2 * i] = 0x0323;      /* 220 */
    sorted[1 + i] = 0x0323;
    sorted[21 + i] = 0x0301;
  }
  CHECK(normalizes_to(UNICODE_NFD, marks, COUNT(marks), sorted, COUNT(sorted)));
  /* A run past the 64-entry inline scratch moves to the heap: e + 301 alternating acutes
   * (230) and dots below (220). Sorted, the first dot below composes (U+1EB9), the others
   * are blocked by it, and U+1EB9 has no composite with acute. */
  static uint16_t many[302], many_nfc[301];
  many[0] = 'e';
  for (int i = 1; i < 302; i++) many[i] = i % 2 ? 0x0301 : 0x0323;
  many_nfc[0] = 0x1EB9;
  for (int i = 1; i < 301; i++) many_nfc[i] = i < 150 ? 0x0323 : 0x0301;
  uint16_t out[302];
  size_t length = 0;
  CHECK_INT(unicode_normalize(UNICODE_NFC, many, COUNT(many), out, COUNT(out), &length), UNICODE_NORMALIZE_OK);
  CHECK_INT(length, 301);
  CHECK(memcmp(out, many_nfc, sizeof many_nfc) == 0);
}

static void lone_surrogates(int argc, char **argv) {
  static const uint16_t in[] = {0xDC00, 'e', 0x0301, 0xD800, 0xD83D, 0xDE00, 0xD800};
  static const uint16_t nfc[] = {0xDC00, 0x00E9, 0xD800, 0xD83D, 0xDE00, 0xD800};
  NORMALIZES(UNICODE_NFC, in, nfc);
  NORMALIZES(UNICODE_NFD, nfc, in);
  NORMALIZES(UNICODE_NFKC, nfc, nfc);
}

static void empty(int argc, char **argv) {
  size_t length = 99;
  for (int form = UNICODE_NFC; form <= UNICODE_NFKD; form++) {
    CHECK_INT(unicode_normalize((UnicodeNormalForm)form, NULL, 0, NULL, 0, &length), UNICODE_NORMALIZE_OK);
    CHECK_INT(length, 0);
    CHECK(unicode_is_normalized((UnicodeNormalForm)form, NULL, 0));
  }
}

static void buffer_too_small(int argc, char **argv) {
  static const uint16_t in[] = {0xFDFA}; /* decomposes to 18 code points under NFKD */
  uint16_t out[18];
  size_t length = 0;
  CHECK_INT(unicode_normalize(UNICODE_NFKD, in, 1, out, 4, &length), UNICODE_NORMALIZE_BUFFER_TOO_SMALL);
  CHECK_INT(length, 18);
  CHECK_INT(unicode_normalize(UNICODE_NFKD, in, 1, out, length, &length), UNICODE_NORMALIZE_OK);
  CHECK_INT(length, 18);
  CHECK_INT(out[0], 0x0635);
  CHECK_INT(out[17], 0x0645);
  static const uint16_t latin[] = {'a', 0x00E9};
  CHECK_INT(unicode_normalize(UNICODE_NFC, latin, 2, NULL, 0, &length), UNICODE_NORMALIZE_BUFFER_TOO_SMALL);
  CHECK_INT(length, 2);
}

static void quick_check(int argc, char **argv) {
  static const uint16_t latin1[] = {'A', 0x00C5, 0x00FF, 0x02FF};
  CHECK(unicode_is_normalized(UNICODE_NFC, latin1, COUNT(latin1)));
  CHECK(!unicode_is_normalized(UNICODE_NFD, latin1, COUNT(latin1)));
  /* NFC_QC=Maybe: decided by a full pass. a + acute composes to U+00E1; q + acute has no
   * precomposed form. */
  static const uint16_t a_acute[] = {'a', 0x0301}, q_acute[] = {'q', 0x0301};
  CHECK(!unicode_is_normalized(UNICODE_NFC, a_acute, 2));
  CHECK(unicode_is_normalized(UNICODE_NFC, q_acute, 2));
  CHECK(unicode_is_normalized(UNICODE_NFD, q_acute, 2));
  CHECK(unicode_normalize_tables_version()[0] >= '1');
}

static const UnitCase cases[] = {
    {"e_acute", e_acute},
    {"hangul", hangul},
    {"compatibility", compatibility},
    {"ordering", ordering},
    {"lone_surrogates", lone_surrogates},
    {"empty", empty},
    {"buffer_too_small", buffer_too_small},
    {"quick_check", quick_check},
};

UNIT_MAIN(cases)
