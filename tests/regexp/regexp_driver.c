/* A line-oriented driver over the RegExp engine for tests/host/regexp.test.mjs, which sends
 * the same cases to node's RegExp#exec and compares. One case per input line, tab-separated:
 *   flags  lastIndex  step_limit  pattern  subject
 * pattern and subject as UTF-16 units in hex (4 digits each). A subject whose units all fit
 * a byte is run as Latin-1, so both subject widths are exercised. One output line per case:
 *   M index start end start end ... [;name:capture ...]   a match (-1 for unmatched groups)
 *   null                                              no match
 *   S message-in-hex                                  SyntaxError (message as UTF-16 hex)
 *   I / O                                             interrupted / out of memory
 * With the letter A among the flags the driver runs the program like String#matchAll
 * (22.2.6.8 @@matchAll with g): every match from lastIndex on, as "A start,end ...". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regexp/regexp.h"

static uint32_t parse_flags(const char *text) {
  static const char letters[] = "dgimsuvy";
  uint32_t flags = 0;
  for (const char *p = text; *p && *p != '-'; p++) {
    const char *at = strchr(letters, *p);
    if (at) flags |= 1u << (at - letters);
  }
  return flags;
}

static size_t parse_hex(const char *text, uint16_t *out) {
  size_t n = 0;
  while (text[0] && text[1] && text[2] && text[3]) {
    char digits[5] = {text[0], text[1], text[2], text[3], 0};
    out[n++] = (uint16_t)strtoul(digits, NULL, 16);
    text += 4;
  }
  return n;
}

static char *field(char **cursor) {
  char *start = *cursor;
  char *tab = strchr(start, '\t');
  if (tab) {
    *tab = 0;
    *cursor = tab + 1;
  } else {
    char *end = start + strlen(start);
    while (end > start && (end[-1] == '\n' || end[-1] == '\r')) *--end = 0;
    *cursor = end;
  }
  return start;
}

/* Reads one line of any length into *line (grown as needed); false at the end of input. */
static bool read_line(char **line, size_t *capacity) {
  size_t length = 0;
  for (;;) {
    if (*capacity - length < 2) {
      char *grown = realloc(*line, *capacity * 2);
      if (grown == NULL) return false;
      *line = grown;
      *capacity *= 2;
    }
    if (!fgets(*line + length, (int)(*capacity - length), stdin)) return length > 0;
    length += strlen(*line + length);
    if (length > 0 && (*line)[length - 1] == '\n') return true;
  }
}

int main(void) {
  size_t capacity = 1 << 16;
  char *line = malloc(capacity);
  uint16_t *pattern = NULL, *subject = NULL;
  uint8_t *latin1 = NULL;
  if (!line) return 1;
  while (read_line(&line, &capacity)) {
    uint16_t *p = realloc(pattern, capacity / 4 * sizeof *pattern), *s = p ? realloc(subject, capacity / 4 * sizeof *subject) : NULL;
    if (p) pattern = p;
    if (s) subject = s;
    uint8_t *l = s ? realloc(latin1, capacity / 4) : NULL;
    if (l == NULL) return 1;
    latin1 = l;
    char *cursor = line;
    char *flag_text = field(&cursor);
    bool all_matches = strchr(flag_text, 'A') != NULL;
    uint32_t flags = parse_flags(flag_text);
    size_t last_index = strtoul(field(&cursor), NULL, 10);
    unsigned long long step_limit = strtoull(field(&cursor), NULL, 10);
    size_t pattern_length = parse_hex(field(&cursor), pattern);
    size_t subject_length = parse_hex(field(&cursor), subject);
    ReProgram *program;
    ReError error;
    int status = re_compile(pattern, pattern_length, flags, &program, &error);
    if (status != RE_OK) {
      if (status == RE_OUT_OF_MEMORY) { puts("O"); continue; }
      uint16_t message[4096];
      size_t n = re_error_message(pattern, pattern_length, flags, &error, message, 4096);
      printf("S ");
      for (size_t i = 0; i < n && i < 4096; i++) printf("%04x", message[i]);
      putchar('\n');
      continue;
    }
    bool two_byte = false;
    for (size_t i = 0; i < subject_length; i++) two_byte |= subject[i] > 0xFF;
    for (size_t i = 0; i < subject_length; i++) latin1[i] = (uint8_t)subject[i];
    uint32_t groups = re_capture_count(program);
    int32_t *captures = malloc(2 * (groups + 1) * sizeof *captures);
    ReBudget budget = {0};
    budget.step_limit = step_limit;
    status = captures ? re_exec(program, two_byte ? (const void *)subject : latin1, subject_length, two_byte,
                                last_index, captures, &budget)
                      : RE_OUT_OF_MEMORY;
    if (status == RE_MATCH && all_matches) { /* 22.2.7.2 with AdvanceStringIndex after empty matches */
      printf("A");
      while (status == RE_MATCH) {
        printf(" %d,%d", captures[0], captures[1]);
        size_t next = (size_t)captures[1];
        if (captures[1] == captures[0]) {
          bool pair = two_byte && next + 1 < subject_length && subject[next] >= 0xD800 && subject[next] <= 0xDBFF &&
                      subject[next + 1] >= 0xDC00 && subject[next + 1] <= 0xDFFF && (flags & (RE_FLAG_UNICODE | RE_FLAG_UNICODE_SETS));
          next += pair ? 2 : 1;
        }
        if (next > subject_length) break;
        status = re_exec(program, two_byte ? (const void *)subject : latin1, subject_length, two_byte, next, captures,
                         &budget);
      }
      putchar('\n');
    } else if (status == RE_MATCH) {
      printf("M");
      for (uint32_t k = 0; k <= groups; k++) printf(" %d %d", captures[2 * k], captures[2 * k + 1]);
      if (re_named_group_count(program) > 0) printf(" ;");
      for (uint32_t i = 0; i < re_named_group_count(program); i++) {
        size_t length;
        uint32_t index;
        const uint16_t *name = re_named_group(program, i, &length, &index);
        putchar(' ');
        for (size_t k = 0; k < length; k++) printf("%04x", name[k]);
        printf(":%u", index);
      }
      putchar('\n');
    } else if (status == RE_NO_MATCH) {
      puts("null");
    } else {
      puts(status == RE_INTERRUPTED ? "I" : "O");
    }
    free(captures);
    re_free(program);
  }
  free(line);
  free(pattern);
  free(subject);
  free(latin1);
  return 0;
}
