/* Shared by the RegExp unit tests: run one pattern on one subject (both UTF-8, lone
 * surrogates as WTF-8) and describe the result as node's d-flag indices would read,
 * "start,end" per group ("-" unmatched), "null", or "SyntaxError: reason". */
#ifndef PETREL_TESTS_REGEXP_TEST_UTIL_H
#define PETREL_TESTS_REGEXP_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regexp/regexp.h"

static size_t regexp_test_utf16(const char *text, uint16_t *out) {
  const unsigned char *s = (const unsigned char *)text;
  size_t n = 0;
  while (*s) {
    uint32_t cp = *s++;
    int extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
    cp &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
    for (int k = 0; k < extra && *s; k++) cp = (cp << 6) | (*s++ & 0x3F);
    if (cp >= 0x10000) {
      out[n++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
      out[n++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out[n++] = (uint16_t)cp;
    }
  }
  return n;
}

static uint32_t regexp_test_flags(const char *flags) {
  static const char letters[] = "dgimsuvy";
  uint32_t bits = 0;
  for (const char *p = flags; *p; p++) bits |= 1u << (strchr(letters, *p) - letters);
  return bits;
}

/* Runs and describes; the subject runs as Latin-1 when it can, and also as UTF-16 when
 * force_two_byte. The result lives in a static buffer. */
static const char *regexp_test_run(const char *pattern_text, const char *flags, const char *subject_text,
                                   size_t last_index, bool force_two_byte) {
  static char result[1024];
  static uint16_t pattern[512], subject[512];
  static uint8_t latin1[512];
  size_t pattern_length = regexp_test_utf16(pattern_text, pattern);
  size_t subject_length = regexp_test_utf16(subject_text, subject);
  ReProgram *program;
  ReError error;
  int status = re_compile(pattern, pattern_length, regexp_test_flags(flags), &program, &error);
  if (status != RE_OK) {
    snprintf(result, sizeof result, "%s: %s", status == RE_SYNTAX_ERROR ? "SyntaxError" : "Error", error.reason);
    return result;
  }
  bool two_byte = force_two_byte;
  for (size_t i = 0; i < subject_length; i++) two_byte |= subject[i] > 0xFF;
  for (size_t i = 0; i < subject_length; i++) latin1[i] = (uint8_t)subject[i];
  uint32_t groups = re_capture_count(program);
  int32_t captures[2 * 64];
  status = re_exec(program, two_byte ? (const void *)subject : latin1, subject_length, two_byte, last_index, captures,
                   NULL);
  if (status == RE_NO_MATCH) {
    strcpy(result, "null");
  } else if (status != RE_MATCH) {
    snprintf(result, sizeof result, "status %d", status);
  } else {
    size_t n = 0;
    for (uint32_t k = 0; k <= groups && n < sizeof result - 32; k++) {
      if (captures[2 * k] < 0) n += (size_t)snprintf(result + n, sizeof result - n, "%s-", k ? " " : "");
      else n += (size_t)snprintf(result + n, sizeof result - n, "%s%d,%d", k ? " " : "", captures[2 * k], captures[2 * k + 1]);
    }
  }
  re_free(program);
  return result;
}

typedef struct RegexpCase {
  const char *pattern, *flags, *subject;
  size_t last_index;
  const char *expected;
} RegexpCase;

/* Checks every case, with the subject both as Latin-1 (when it fits) and as UTF-16. */
#define CHECK_REGEXP_CASES(cases)                                                                            \
  do {                                                                                                      \
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases)[0]; i++) {                                        \
      const RegexpCase *t = &(cases)[i];                                                                    \
      const char *actual = regexp_test_run(t->pattern, t->flags, t->subject, t->last_index, false);        \
      if (strcmp(actual, t->expected) != 0)                                                                 \
        out_printf(OUT_STDOUT, "  case %zu /%s/%s on \"%s\": got \"%s\", node says \"%s\"\n", i, t->pattern, \
                   t->flags, t->subject, actual, t->expected);                                              \
      CHECK(strcmp(actual, t->expected) == 0);                                                              \
      actual = regexp_test_run(t->pattern, t->flags, t->subject, t->last_index, true);                     \
      CHECK(strcmp(actual, t->expected) == 0);                                                              \
    }                                                                                                       \
  } while (0)

#endif
