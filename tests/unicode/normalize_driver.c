/* Conformance driver for src/unicode/normalize (native only; not a ctest test). Reads
 * NormalizationTest.txt on stdin (tests/host/normalize.test.mjs pipes it through bzcat) and
 * checks every invariant the file states, for all four forms:
 *   c2 == NFC(c1) == NFC(c2) == NFC(c3),   c4 == NFC(c4) == NFC(c5)
 *   c3 == NFD(c1) == NFD(c2) == NFD(c3),   c5 == NFD(c4) == NFD(c5)
 *   c4 == NFKC(c1..c5),                    c5 == NFKD(c1..c5)
 * then that every code point not listed in part 1 (lone surrogates included) is its own
 * normalization. Each call first asks for the length with no buffer (exercising
 * BUFFER_TOO_SMALL), and unicode_is_normalized must agree with the result. Prints failures
 * and ends with "lines=N checks=N failures=N".
 * With --forms, each stdin line is instead UTF-16 units in hex and the answer line is
 * NFC;NFD;NFKC;NFKD in the same notation, for the comparison with node. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode/normalize.h"

#define MAX_UNITS 256

typedef struct Text {
  uint16_t units[MAX_UNITS];
  size_t length;
} Text;

static unsigned long checks, failures;
static unsigned char in_part1[0x110000 / 8];

static const char *FORM_NAMES[] = {"NFC", "NFD", "NFKC", "NFKD"};

static void append_code_point(Text *text, uint32_t cp) {
  if (cp >= 0x10000) {
    text->units[text->length++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
    text->units[text->length++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
  } else {
    text->units[text->length++] = (uint16_t)cp;
  }
}

static void print_text(const Text *text) {
  for (size_t i = 0; i < text->length; i++) printf("%s%04X", i ? " " : "", text->units[i]);
}

static void normalize(UnicodeNormalForm form, const Text *in, Text *out) {
  size_t needed = 0, length = 0;
  UnicodeNormalizeStatus status = unicode_normalize(form, in->units, in->length, NULL, 0, &needed);
  if (status != UNICODE_NORMALIZE_OK && status != UNICODE_NORMALIZE_BUFFER_TOO_SMALL) {
    printf("error %d\n", (int)status);
    exit(1);
  }
  if (needed > MAX_UNITS || (status == UNICODE_NORMALIZE_OK) != (needed == 0)) {
    printf("bad length %zu (status %d)\n", needed, (int)status);
    exit(1);
  }
  status = unicode_normalize(form, in->units, in->length, out->units, needed, &length);
  if (status != UNICODE_NORMALIZE_OK || length != needed) {
    printf("status %d, length %zu, needed %zu\n", (int)status, length, needed);
    exit(1);
  }
  out->length = length;
}

static bool same(const Text *a, const Text *b) {
  return a->length == b->length && memcmp(a->units, b->units, a->length * sizeof(uint16_t)) == 0;
}

/* expected == form(source), and unicode_is_normalized(form, source) says whether it changed. */
static void expect(unsigned long line, UnicodeNormalForm form, const Text *source, int source_column,
                   const Text *expected, int expected_column) {
  Text actual;
  normalize(form, source, &actual);
  checks++;
  bool normalized = unicode_is_normalized(form, source->units, source->length);
  if (same(&actual, expected) && normalized == same(&actual, source)) return;
  if (++failures <= 30) {
    printf("line %lu: %s(c%d) = ", line, FORM_NAMES[form], source_column);
    print_text(&actual);
    printf(", expected c%d = ", expected_column);
    print_text(expected);
    printf(", is_normalized %d\n", (int)normalized);
  }
}

static bool parse_line(const char *line, Text columns[5]) {
  const char *p = line;
  for (int c = 0; c < 5; c++) {
    columns[c].length = 0;
    while (*p != ';') {
      if (*p == ' ') {
        p++;
        continue;
      }
      char *end;
      unsigned long cp = strtoul(p, &end, 16);
      if (end == p || cp > 0x10FFFF || columns[c].length + 2 > MAX_UNITS) return false;
      append_code_point(&columns[c], (uint32_t)cp);
      p = end;
    }
    p++;
  }
  return true;
}

/* --forms: one line of hex units in, one line of four normalizations out. */
static int print_forms(void) {
  static char line[1 << 16];
  static uint16_t in[1 << 14], out[1 << 16];
  while (fgets(line, sizeof line, stdin) != NULL) {
    size_t length = 0;
    for (char *p = line, *end; length < sizeof in / sizeof in[0]; p = end) {
      unsigned long unit = strtoul(p, &end, 16);
      if (end == p) break;
      in[length++] = (uint16_t)unit;
    }
    for (int form = 0; form < 4; form++) {
      size_t out_length = 0;
      if (unicode_normalize((UnicodeNormalForm)form, in, length, out, sizeof out / sizeof out[0],
                            &out_length) != UNICODE_NORMALIZE_OK) {
        return 1;
      }
      for (size_t i = 0; i < out_length; i++) printf("%s%04X", i ? " " : "", out[i]);
      fputs(form == 3 ? "\n" : ";", stdout);
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--forms") == 0) return print_forms();
  static char line[4096];
  unsigned long line_number = 0, test_lines = 0;
  bool part1 = false;
  while (fgets(line, sizeof line, stdin) != NULL) {
    line_number++;
    if (line[0] == '#' || line[0] == '\n') continue;
    if (line[0] == '@') {
      part1 = strncmp(line, "@Part1", 6) == 0;
      continue;
    }
    Text c[5];
    if (!parse_line(line, c)) {
      printf("line %lu: cannot parse\n", line_number);
      failures++;
      continue;
    }
    test_lines++;
    if (part1) {
      unsigned long cp = strtoul(line, NULL, 16);
      in_part1[cp / 8] |= (unsigned char)(1u << (cp % 8));
    }
    for (int k = 0; k < 3; k++) expect(line_number, UNICODE_NFC, &c[k], k + 1, &c[1], 2);
    for (int k = 3; k < 5; k++) expect(line_number, UNICODE_NFC, &c[k], k + 1, &c[3], 4);
    for (int k = 0; k < 3; k++) expect(line_number, UNICODE_NFD, &c[k], k + 1, &c[2], 3);
    for (int k = 3; k < 5; k++) expect(line_number, UNICODE_NFD, &c[k], k + 1, &c[4], 5);
    for (int k = 0; k < 5; k++) expect(line_number, UNICODE_NFKC, &c[k], k + 1, &c[3], 4);
    for (int k = 0; k < 5; k++) expect(line_number, UNICODE_NFKD, &c[k], k + 1, &c[4], 5);
  }
  unsigned long identities = 0;
  for (uint32_t cp = 0; cp < 0x110000; cp++) {
    if (in_part1[cp / 8] & (1u << (cp % 8))) continue;
    Text x = {.length = 0};
    append_code_point(&x, cp);
    identities++;
    for (int form = 0; form < 4; form++) expect(0, (UnicodeNormalForm)form, &x, 1, &x, 1);
  }
  printf("lines=%lu identities=%lu checks=%lu failures=%lu\n", test_lines, identities, checks, failures);
  return failures == 0 && test_lines > 0 ? 0 : 1;
}
