/* The RegExp compiler: pattern (UTF-16) to backtracking bytecode (regexp_internal.h).
 * The pattern is first checked by the parser's engine-free syntax checker
 * (parser/regexp_syntax.c), which gives V8's SyntaxError reasons; this file then reads the
 * valid pattern once more by recursive descent (22.2.1 Patterns with Annex B.1.2 for
 * non-Unicode patterns) and emits code as it goes, following 22.2.2 Pattern Semantics:
 * alternatives become SPLIT chains, quantifiers a counted loop with the empty check,
 * lookbehind bodies are emitted right to left (terms in reverse order, RE_BACKWARD set).
 * Character classes become code-point sets, closed under case equivalence with i.
 * Group nesting is bounded by the syntax checker, so the recursion here is too. */
#include <stdlib.h>
#include <string.h>

#include "parser/regexp_syntax.h"
#include "regexp/regexp_internal.h"

const uint8_t re_opcode_operands[RE_OP_COUNT] = {
#define RE_OPCODE_OPERANDS(name, operands) operands,
    RE_OPCODES(RE_OPCODE_OPERANDS)
#undef RE_OPCODE_OPERANDS
};

enum { RE_MAX_CODE = 1 << 24, RE_INFINITY = -1, RE_MAX_COUNT = 0x7FFFFFFF };

typedef struct GroupName {
  uint16_t *name;
  size_t length;
  uint32_t capture;
} GroupName;

/* A string of a v-flag class (\q{...}, a property of strings), as code points. */
typedef struct ClassString {
  uint32_t *chars;
  size_t length;
} ClassString;

/* A v-flag class value: code points plus strings (22.2.2.9 CharSet of sequences). Strings
 * are appended freely, then sorted longest first and made unique (normalize_strings) before
 * a set operation or emission, so each step stays O(n log n) even for \p{RGI_Emoji}. */
typedef struct ClassValue {
  ReCharSet set;
  ClassString *strings;
  size_t string_count, string_capacity;
} ClassValue;

typedef struct Compiler {
  uint32_t *text; /* code points (u, v) or UTF-16 units */
  size_t length, position;
  bool unicode, sets, ignore_case, multiline, dot_all, unicode_word;
  bool backward;
  int32_t *code;
  size_t code_length, code_capacity;
  ReCharSet *set_list;
  size_t set_count, set_capacity;
  uint32_t capture_count, next_capture, register_count;
  GroupName *names;
  size_t name_count;
  bool has_named_groups;
  const char *error;
} Compiler;

static bool fail(Compiler *c, const char *reason) {
  if (c->error == NULL) c->error = reason;
  return false;
}

static uint32_t peek(const Compiler *c) { return c->position < c->length ? c->text[c->position] : 0xFFFFFFFF; }
static uint32_t peek_at(const Compiler *c, size_t ahead) {
  return c->position + ahead < c->length ? c->text[c->position + ahead] : 0xFFFFFFFF;
}
static bool eat(Compiler *c, uint32_t ch) {
  if (peek(c) != ch) return false;
  c->position++;
  return true;
}
static bool is_decimal(uint32_t ch) { return ch >= '0' && ch <= '9'; }
static int hex_value(uint32_t ch) {
  if (ch >= '0' && ch <= '9') return (int)(ch - '0');
  if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f') return (int)((ch | 0x20) - 'a' + 10);
  return -1;
}
static bool is_letter(uint32_t ch) { return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }

/* --- emitting code ------------------------------------------------------------------------- */

static bool emit(Compiler *c, int32_t word) {
  if (c->code_length == c->code_capacity) {
    if (c->code_capacity >= RE_MAX_CODE) return fail(c, "Regular expression too large");
    size_t capacity = c->code_capacity ? c->code_capacity * 2 : 64;
    int32_t *code = realloc(c->code, capacity * sizeof *code);
    if (code == NULL) return fail(c, "Out of memory");
    c->code = code;
    c->code_capacity = capacity;
  }
  c->code[c->code_length++] = word;
  return true;
}

static int32_t op(const Compiler *c, ReOpcode opcode) { return (int32_t)opcode | (c->backward ? RE_BACKWARD : 0); }

static bool emit_op(Compiler *c, ReOpcode opcode) { return emit(c, op(c, opcode)); }

/* Opens a gap of `count` words at `at` (for a prefix inserted before code already emitted). */
static bool insert_gap(Compiler *c, size_t at, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (!emit(c, 0)) return false;
  memmove(&c->code[at + count], &c->code[at], (c->code_length - count - at) * sizeof *c->code);
  return true;
}

/* Moves code[from..end) in front of code[to..from): how lookbehind reverses its terms. */
static bool rotate_to(Compiler *c, size_t to, size_t from) {
  size_t moved = c->code_length - from, kept = from - to;
  if (moved == 0 || kept == 0) return true;
  int32_t *temp = malloc(moved * sizeof *temp);
  if (temp == NULL) return fail(c, "Out of memory");
  memcpy(temp, &c->code[from], moved * sizeof *temp);
  memmove(&c->code[to + moved], &c->code[to], kept * sizeof *temp);
  memcpy(&c->code[to], temp, moved * sizeof *temp);
  free(temp);
  return true;
}

/* Adds a set to the program (taking ownership) and returns its index, or -1. */
static int32_t add_set(Compiler *c, ReCharSet *set) {
  if (c->set_count == c->set_capacity) {
    size_t capacity = c->set_capacity ? c->set_capacity * 2 : 8;
    ReCharSet *list = realloc(c->set_list, capacity * sizeof *list);
    if (list == NULL) {
      re_set_free(set);
      fail(c, "Out of memory");
      return -1;
    }
    c->set_list = list;
    c->set_capacity = capacity;
  }
  c->set_list[c->set_count] = *set;
  re_set_init(set);
  return (int32_t)c->set_count++;
}

/* Emits a class test; the set is closed under case equivalence with i. */
static bool emit_class(Compiler *c, ReCharSet *set, bool invert) {
  if (c->ignore_case && !re_set_close_case(set, c->unicode)) {
    re_set_free(set);
    return fail(c, "Out of memory");
  }
  int32_t index = add_set(c, set);
  return index >= 0 && emit_op(c, RE_OP_CLASS) && emit(c, index) && emit(c, invert);
}

/* One pattern character (22.2.2.7.2 CharacterSetMatcher on a one-element set). */
static bool emit_char(Compiler *c, uint32_t ch) {
  if (c->ignore_case) {
    const uint32_t *members;
    size_t n = re_case_orbit(ch, c->unicode, &members);
    if (n == 2) return emit_op(c, RE_OP_CHAR2) && emit(c, (int32_t)members[0]) && emit(c, (int32_t)members[1]);
    if (n > 2) {
      ReCharSet set;
      re_set_init(&set);
      for (size_t i = 0; i < n; i++)
        if (!re_set_add_range(&set, members[i], members[i])) {
          re_set_free(&set);
          return fail(c, "Out of memory");
        }
      return emit_class(c, &set, false);
    }
  }
  return emit_op(c, RE_OP_CHAR) && emit(c, (int32_t)ch);
}

/* --- the first pass: capturing groups and their names -------------------------------------- */

static bool append_unit(uint16_t **buffer, size_t *length, size_t *capacity, uint32_t ch) {
  uint16_t units[2];
  size_t n = 0;
  if (ch >= 0x10000) {
    units[n++] = (uint16_t)(0xD800 + ((ch - 0x10000) >> 10));
    units[n++] = (uint16_t)(0xDC00 + ((ch - 0x10000) & 0x3FF));
  } else {
    units[n++] = (uint16_t)ch;
  }
  if (*length + n > *capacity) {
    size_t grown = *capacity ? *capacity * 2 : 16;
    uint16_t *b = realloc(*buffer, grown * sizeof *b);
    if (b == NULL) return false;
    *buffer = b;
    *capacity = grown;
  }
  for (size_t i = 0; i < n; i++) (*buffer)[(*length)++] = units[i];
  return true;
}

/* After '<': a RegExpIdentifierName up to '>' (22.2.1.7), as UTF-16; escapes decoded. The
 * syntax checker has validated it. */
static bool read_group_name(Compiler *c, uint16_t **name, size_t *length) {
  size_t capacity = 0;
  *name = NULL;
  *length = 0;
  while (c->position < c->length && peek(c) != '>') {
    uint32_t ch = c->text[c->position++];
    if (ch == '\\' && eat(c, 'u')) {
      ch = 0;
      if (eat(c, '{')) {
        while (hex_value(peek(c)) >= 0) ch = ch * 16 + (uint32_t)hex_value(c->text[c->position++]);
        eat(c, '}');
      } else {
        for (int k = 0; k < 4 && hex_value(peek(c)) >= 0; k++) ch = ch * 16 + (uint32_t)hex_value(c->text[c->position++]);
      }
    }
    if (!append_unit(name, length, &capacity, ch)) return fail(c, "Out of memory");
  }
  eat(c, '>');
  return true;
}

static bool scan_groups(Compiler *c) {
  int class_depth = 0;
  while (c->position < c->length) {
    uint32_t ch = c->text[c->position++];
    if (ch == '\\') {
      c->position++;
    } else if (ch == '[') {
      if (class_depth == 0 || c->sets) class_depth++;
    } else if (ch == ']') {
      if (class_depth > 0) class_depth--;
    } else if (ch == '(' && class_depth == 0) {
      if (peek(c) != '?') {
        c->capture_count++;
      } else if (peek_at(c, 1) == '<' && peek_at(c, 2) != '=' && peek_at(c, 2) != '!') {
        c->capture_count++;
        c->position += 2;
        GroupName *names = realloc(c->names, (c->name_count + 1) * sizeof *names);
        if (names == NULL) return fail(c, "Out of memory");
        c->names = names;
        GroupName *g = &c->names[c->name_count++];
        g->capture = c->capture_count;
        if (!read_group_name(c, &g->name, &g->length)) return false;
        c->has_named_groups = true;
      }
    }
  }
  c->position = 0;
  return true;
}

/* --- escapes ------------------------------------------------------------------------------- */

/* After "\u": a code point, or -1 (then nothing is consumed). Joins a surrogate pair written
 * as two escapes in Unicode mode; takes \u{...} in Unicode mode. */
static int64_t read_unicode_escape(Compiler *c) {
  size_t start = c->position;
  if (c->unicode && eat(c, '{')) {
    uint32_t value = 0;
    while (hex_value(peek(c)) >= 0) value = value * 16 + (uint32_t)hex_value(c->text[c->position++]);
    if (!eat(c, '}')) { c->position = start; return -1; }
    return value;
  }
  uint32_t value = 0;
  for (int k = 0; k < 4; k++) {
    int h = hex_value(peek(c));
    if (h < 0) { c->position = start; return -1; }
    value = value * 16 + (uint32_t)h;
    c->position++;
  }
  if (c->unicode && value >= 0xD800 && value <= 0xDBFF && peek(c) == '\\' && peek_at(c, 1) == 'u') {
    size_t save = c->position;
    c->position += 2;
    uint32_t low = 0;
    bool ok = true;
    for (int k = 0; k < 4 && ok; k++) {
      int h = hex_value(peek(c));
      if (h < 0) ok = false;
      else { low = low * 16 + (uint32_t)h; c->position++; }
    }
    if (ok && low >= 0xDC00 && low <= 0xDFFF) return 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
    c->position = save;
  }
  return value;
}

/* A CharacterEscape after '\' (22.2.1 with Annex B.1.2 outside Unicode mode), in an atom or a
 * class; `in_class` admits \b (backspace), \- (Unicode) and \c with digits or '_' (Annex B).
 * Returns the character, or -1 for "\c" not followed by a control letter outside Unicode
 * mode, where the backslash itself is the character (position is left on 'c'). */
static int64_t read_character_escape(Compiler *c, bool in_class) {
  uint32_t ch = c->text[c->position++];
  switch (ch) {
  case 'f': return 0x0C;
  case 'n': return 0x0A;
  case 'r': return 0x0D;
  case 't': return 0x09;
  case 'v': return 0x0B;
  case 'b': return 0x08; /* only reached in a class */
  case 'c': {
    uint32_t letter = peek(c);
    if (is_letter(letter) || (in_class && !c->unicode && (is_decimal(letter) || letter == '_'))) {
      c->position++;
      return letter % 32;
    }
    c->position--; /* Annex B: '\' is a literal and 'c' reads next */
    return -1;
  }
  case 'x': {
    int h1 = hex_value(peek(c)), h2 = hex_value(peek_at(c, 1));
    if (h1 >= 0 && h2 >= 0) {
      c->position += 2;
      return h1 * 16 + h2;
    }
    return 'x';
  }
  case 'u': {
    int64_t value = read_unicode_escape(c);
    return value >= 0 ? value : 'u';
  }
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    if (ch == '0' && (c->unicode || !is_decimal(peek(c)))) return 0;
    if (!c->unicode) { /* B.1.2 LegacyOctalEscapeSequence */
      uint32_t value = ch - '0';
      if (peek(c) >= '0' && peek(c) <= '7') {
        value = value * 8 + (c->text[c->position++] - '0');
        if (ch <= '3' && peek(c) >= '0' && peek(c) <= '7') value = value * 8 + (c->text[c->position++] - '0');
      }
      return value;
    }
    return ch;
  default:
    return ch; /* IdentityEscape */
  }
}

/* 22.2.2.9 CharacterComplement: with v and i, within the characters scf leaves alone. */
static bool complement(Compiler *c, ReCharSet *set) {
  return re_set_invert(set, c->unicode ? 0x10FFFF : 0xFFFF) && (!(c->sets && c->ignore_case) || re_set_fold(set, false));
}

/* \d \D \s \S \w \W into set (the letter already read). */
static bool add_class_escape(Compiler *c, uint32_t letter, ReCharSet *set) {
  ReCharSet part;
  re_set_init(&part);
  bool ok;
  switch (letter | 0x20) {
  case 'd': ok = re_set_add_digits(&part); break;
  case 's': ok = re_set_add_spaces(&part); break;
  default: ok = re_set_add_word(&part, c->unicode_word); break;
  }
  if (ok && c->sets && c->ignore_case) ok = re_set_fold(&part, true);
  if (ok && letter < 'a') ok = complement(c, &part);
  ok = ok && re_set_add_set(set, &part);
  re_set_free(&part);
  return ok || fail(c, "Out of memory");
}

static bool add_string(Compiler *c, ClassValue *v, const uint32_t *s, size_t length);

/* \p{...} or \P{...} after the letter; the braces are next. A property of strings (v only)
 * goes into strings, which is NULL where the syntax checker has ruled them out. */
static bool add_property_escape(Compiler *c, bool negated, ReCharSet *set, ClassValue *strings) {
  eat(c, '{');
  char name[128], value[128];
  size_t name_length = 0, value_length = 0;
  bool has_value = false;
  while (c->position < c->length && peek(c) != '}') {
    uint32_t ch = c->text[c->position++];
    if (ch == '=' && !has_value) { has_value = true; continue; }
    if (has_value) { if (value_length < sizeof value) value[value_length++] = (char)ch; }
    else if (name_length < sizeof name) name[name_length++] = (char)ch;
  }
  eat(c, '}');
  const uint32_t *words;
  size_t string_count = strings != NULL && !has_value ? re_string_property(name, name_length, &words) : 0;
  if (string_count > 0) {
    for (size_t i = 0; i < string_count; i++) {
      uint32_t n = *words++;
      if (!add_string(c, strings, words, n)) return false;
      words += n;
    }
    return true;
  }
  ReCharSet part;
  re_set_init(&part);
  bool found = false;
  bool ok = re_set_add_property(&part, name, name_length, has_value ? value : NULL, value_length, &found);
  if (ok && !found) {
    re_set_free(&part);
    return fail(c, "Invalid property name");
  }
  if (ok && c->sets && c->ignore_case) ok = re_set_fold(&part, true);
  if (ok && negated) ok = complement(c, &part);
  ok = ok && re_set_add_set(set, &part);
  re_set_free(&part);
  return ok || fail(c, "Out of memory");
}

/* --- classes without v --------------------------------------------------------------------- */

/* One ClassAtom: a character (>= 0) or, for a class escape, -1 after adding it to set. */
static int64_t read_class_atom(Compiler *c, ReCharSet *set) {
  uint32_t ch = c->text[c->position++];
  if (ch != '\\') return ch;
  uint32_t next = peek(c);
  if (next == 'd' || next == 'D' || next == 's' || next == 'S' || next == 'w' || next == 'W') {
    c->position++;
    return add_class_escape(c, next, set) ? -1 : -2;
  }
  if (c->unicode && (next == 'p' || next == 'P')) {
    c->position++;
    return add_property_escape(c, next == 'P', set, NULL) ? -1 : -2;
  }
  if (c->unicode && next == '-') {
    c->position++;
    return '-';
  }
  if (!c->unicode && (next == '8' || next == '9')) {
    c->position++;
    return next;
  }
  if (!c->unicode && next == 'k') {
    c->position++;
    return 'k';
  }
  int64_t value = read_character_escape(c, true);
  return value == -1 ? '\\' : value;
}

/* [ ... ] outside v mode (22.2.2.9 CompileToCharSet of NonemptyClassRanges, B.1.2). */
static bool parse_class_ranges(Compiler *c, ReCharSet *set) {
  while (c->position < c->length && peek(c) != ']') {
    int64_t low = read_class_atom(c, set);
    if (low == -2) return false;
    if (peek(c) == '-' && peek_at(c, 1) != ']' && peek_at(c, 1) != 0xFFFFFFFF) {
      c->position++;
      int64_t high = read_class_atom(c, set);
      if (high == -2) return false;
      if (low < 0 || high < 0) { /* B.1.2: a class escape on either side makes '-' literal */
        if (low >= 0 && !re_set_add_range(set, (uint32_t)low, (uint32_t)low)) return fail(c, "Out of memory");
        if (!re_set_add_range(set, '-', '-')) return fail(c, "Out of memory");
        if (high >= 0 && !re_set_add_range(set, (uint32_t)high, (uint32_t)high)) return fail(c, "Out of memory");
        continue;
      }
      if (!re_set_add_range(set, (uint32_t)low, (uint32_t)high)) return fail(c, "Out of memory");
      continue;
    }
    if (low >= 0 && !re_set_add_range(set, (uint32_t)low, (uint32_t)low)) return fail(c, "Out of memory");
  }
  eat(c, ']');
  return true;
}

/* --- classes with v (22.2.1 ClassSetExpression) -------------------------------------------- */

static void class_value_free(ClassValue *v) {
  re_set_free(&v->set);
  for (size_t i = 0; i < v->string_count; i++) free(v->strings[i].chars);
  free(v->strings);
  memset(v, 0, sizeof *v);
}

/* Longest first, then by code points: the order strings are tried in (22.2.2.7 CompileAtom). */
static int compare_strings(const void *a, const void *b) {
  const ClassString *x = a, *y = b;
  if (x->length != y->length) return x->length > y->length ? -1 : 1;
  for (size_t i = 0; i < x->length; i++)
    if (x->chars[i] != y->chars[i]) return x->chars[i] < y->chars[i] ? -1 : 1;
  return 0;
}

static void normalize_strings(ClassValue *v) {
  if (v->string_count < 2) return;
  qsort(v->strings, v->string_count, sizeof *v->strings, compare_strings);
  size_t n = 1;
  for (size_t i = 1; i < v->string_count; i++) {
    if (compare_strings(&v->strings[i], &v->strings[n - 1]) == 0) free(v->strings[i].chars);
    else v->strings[n++] = v->strings[i];
  }
  v->string_count = n;
}

/* Adds a string; a one-character string goes into the set (a CharSet element is a sequence). */
static bool add_string(Compiler *c, ClassValue *v, const uint32_t *s, size_t length) {
  if (length == 1) return re_set_add_range(&v->set, s[0], s[0]) || fail(c, "Out of memory");
  if (v->string_count == v->string_capacity) {
    size_t capacity = v->string_capacity ? v->string_capacity * 2 : 8;
    ClassString *strings = realloc(v->strings, capacity * sizeof *strings);
    if (strings == NULL) return fail(c, "Out of memory");
    v->strings = strings;
    v->string_capacity = capacity;
  }
  uint32_t *copy = malloc((length + 1) * sizeof *copy);
  if (copy == NULL) return fail(c, "Out of memory");
  if (length) memcpy(copy, s, length * sizeof *s);
  v->strings[v->string_count++] = (ClassString){copy, length};
  return true;
}

/* Keeps the strings of v that `other` has (keep = true) or lacks (keep = false). */
static void filter_strings(ClassValue *v, ClassValue *other, bool keep) {
  normalize_strings(other);
  size_t n = 0;
  for (size_t i = 0; i < v->string_count; i++) {
    bool found = other->string_count > 0 && bsearch(&v->strings[i], other->strings, other->string_count,
                                                    sizeof *other->strings, compare_strings) != NULL;
    if (found == keep) v->strings[n++] = v->strings[i];
    else free(v->strings[i].chars);
  }
  v->string_count = n;
}

static bool parse_class_set_expression(Compiler *c, ClassValue *out);

/* A ClassSetCharacter (>= 0), or -1 when the operand was an escape added to out. */
static int64_t read_class_set_character(Compiler *c, ClassValue *out) {
  uint32_t ch = c->text[c->position++];
  if (ch != '\\') return ch;
  uint32_t next = peek(c);
  if (next == 'd' || next == 'D' || next == 's' || next == 'S' || next == 'w' || next == 'W') {
    c->position++;
    return add_class_escape(c, next, &out->set) ? -1 : -2;
  }
  if (next == 'p' || next == 'P') {
    c->position++;
    return add_property_escape(c, next == 'P', &out->set, out) ? -1 : -2;
  }
  if (next == 'q') { /* \q{abc|d} */
    c->position += 2;
    uint32_t *buffer = malloc((c->length + 1) * sizeof *buffer);
    if (buffer == NULL) return fail(c, "Out of memory"), -2;
    size_t n = 0;
    bool ok = true;
    for (;;) {
      uint32_t x = peek(c);
      if (x == '}' || x == '|' || x == 0xFFFFFFFF) {
        ok = ok && add_string(c, out, buffer, n);
        n = 0;
        c->position++;
        if (x != '|') break;
        continue;
      }
      c->position++;
      if (x == '\\') {
        int64_t e = read_character_escape(c, true);
        x = e < 0 ? '\\' : (uint32_t)e;
      }
      buffer[n++] = x;
    }
    free(buffer);
    return ok ? -1 : -2;
  }
  if (strchr("&-!#%,:;<=>@`~", (int)next) && next != 0) {
    c->position++;
    return next;
  }
  int64_t value = read_character_escape(c, true);
  return value < 0 ? '\\' : value;
}

/* One operand of a ClassSetExpression into out. */
static bool parse_class_set_operand(Compiler *c, ClassValue *out, bool *was_character, uint32_t *character) {
  *was_character = false;
  if (eat(c, '[')) {
    bool negated = eat(c, '^');
    ClassValue inner;
    memset(&inner, 0, sizeof inner);
    if (!parse_class_set_expression(c, &inner)) {
      class_value_free(&inner);
      return false;
    }
    eat(c, ']');
    bool ok = true;
    if (negated) ok = complement(c, &inner.set);
    ok = ok && re_set_add_set(&out->set, &inner.set);
    for (size_t i = 0; ok && i < inner.string_count; i++) ok = add_string(c, out, inner.strings[i].chars, inner.strings[i].length);
    class_value_free(&inner);
    return ok || fail(c, "Out of memory");
  }
  ClassValue leaf;
  memset(&leaf, 0, sizeof leaf);
  int64_t ch = read_class_set_character(c, &leaf);
  if (ch == -2) {
    class_value_free(&leaf);
    return false;
  }
  if (ch >= 0) {
    *was_character = true;
    *character = (uint32_t)ch;
    if (!re_set_add_range(&leaf.set, (uint32_t)ch, (uint32_t)ch)) {
      class_value_free(&leaf);
      return fail(c, "Out of memory");
    }
  }
  bool ok = true;
  if (c->ignore_case) { /* MaybeSimpleCaseFolding */
    ok = re_set_fold(&leaf.set, true);
    for (size_t i = 0; ok && i < leaf.string_count; i++)
      for (size_t k = 0; k < leaf.strings[i].length; k++) leaf.strings[i].chars[k] = re_simple_fold(leaf.strings[i].chars[k]);
  }
  ok = ok && re_set_add_set(&out->set, &leaf.set);
  for (size_t i = 0; ok && i < leaf.string_count; i++) ok = add_string(c, out, leaf.strings[i].chars, leaf.strings[i].length);
  class_value_free(&leaf);
  return ok || fail(c, "Out of memory");
}

/* ClassUnion, ClassIntersection or ClassSubtraction up to (not past) ']'. */
static bool parse_class_set_expression(Compiler *c, ClassValue *out) {
  if (peek(c) == ']') return true;
  bool was_character;
  uint32_t first_char;
  ClassValue first;
  memset(&first, 0, sizeof first);
  if (!parse_class_set_operand(c, &first, &was_character, &first_char)) {
    class_value_free(&first);
    return false;
  }
  bool intersection = peek(c) == '&' && peek_at(c, 1) == '&';
  bool subtraction = peek(c) == '-' && peek_at(c, 1) == '-';
  if (intersection || subtraction) {
    while ((peek(c) == '&' && peek_at(c, 1) == '&') || (peek(c) == '-' && peek_at(c, 1) == '-')) {
      c->position += 2;
      ClassValue next;
      memset(&next, 0, sizeof next);
      bool unused;
      uint32_t unused_char;
      if (!parse_class_set_operand(c, &next, &unused, &unused_char)) {
        class_value_free(&next);
        class_value_free(&first);
        return false;
      }
      bool ok = intersection ? re_set_intersect(&first.set, &next.set) : re_set_subtract(&first.set, &next.set);
      filter_strings(&first, &next, intersection);
      class_value_free(&next);
      if (!ok) {
        class_value_free(&first);
        return fail(c, "Out of memory");
      }
    }
    *out = first;
    return true;
  }
  *out = first;
  while (c->position < c->length && peek(c) != ']') {
    if (was_character && peek(c) == '-' && peek_at(c, 1) != '-') { /* ClassSetRange */
      c->position++;
      ClassValue high;
      memset(&high, 0, sizeof high);
      int64_t last = read_class_set_character(c, &high);
      class_value_free(&high);
      if (last < 0) return false;
      ReCharSet range;
      re_set_init(&range);
      bool ok = re_set_add_range(&range, first_char, (uint32_t)last);
      if (ok && c->ignore_case) ok = re_set_fold(&range, true);
      ok = ok && re_set_add_set(&out->set, &range);
      re_set_free(&range);
      if (!ok) return fail(c, "Out of memory");
      was_character = false;
      continue;
    }
    if (!parse_class_set_operand(c, out, &was_character, &first_char)) return false;
  }
  return true;
}

/* Emits a v-flag class: its strings longest first, then its single characters (22.2.2.7
 * CompileAtom, CharacterClass with strings). */
static bool emit_class_value(Compiler *c, ClassValue *v) {
  normalize_strings(v);
  size_t chain = 0; /* GOTO placeholders chained through their operands, patched at the end */
  bool has_chain = false, has_empty = false;
  for (size_t i = 0; i < v->string_count; i++) {
    if (v->strings[i].length == 0) {
      has_empty = true; /* the empty string is tried last, after the single characters */
      continue;
    }
    size_t split = c->code_length;
    if (!emit_op(c, RE_OP_SPLIT_FIRST) || !emit(c, 0)) return false;
    size_t n = v->strings[i].length;
    for (size_t k = 0; k < n; k++)
      if (!emit_char(c, v->strings[i].chars[c->backward ? n - 1 - k : k])) return false;
    if (!emit_op(c, RE_OP_GOTO) || !emit(c, has_chain ? (int32_t)chain : -1)) return false;
    chain = c->code_length - 1;
    has_chain = true;
    c->code[split + 1] = (int32_t)(c->code_length - (split + 2));
  }
  ReCharSet set = v->set;
  re_set_init(&v->set);
  if (has_empty && (!emit_op(c, RE_OP_SPLIT_FIRST) || !emit(c, 3))) return false;
  if (!emit_class(c, &set, false)) return false;
  while (has_chain) {
    int32_t previous = c->code[chain];
    c->code[chain] = (int32_t)(c->code_length - (chain + 1));
    has_chain = previous >= 0;
    chain = (size_t)previous;
  }
  return true;
}

static bool parse_class(Compiler *c) {
  if (c->sets) {
    bool negated = eat(c, '^');
    ClassValue v;
    memset(&v, 0, sizeof v);
    bool ok = parse_class_set_expression(c, &v);
    eat(c, ']');
    if (ok && negated) {
      ok = complement(c, &v.set);
      if (!ok) fail(c, "Out of memory");
    }
    ok = ok && emit_class_value(c, &v);
    class_value_free(&v);
    return ok;
  }
  bool negated = eat(c, '^');
  ReCharSet set;
  re_set_init(&set);
  if (!parse_class_ranges(c, &set)) {
    re_set_free(&set);
    return false;
  }
  return emit_class(c, &set, negated);
}

/* --- atoms, quantifiers, terms ------------------------------------------------------------- */

static bool parse_disjunction(Compiler *c);

/* Reads {n}, {n,}, {n,m} if one is at position; false (nothing consumed) otherwise. */
static bool read_braced_quantifier(Compiler *c, int32_t *min, int32_t *max) {
  size_t start = c->position;
  if (!eat(c, '{') || !is_decimal(peek(c))) {
    c->position = start;
    return false;
  }
  uint64_t low = 0, high;
  while (is_decimal(peek(c))) {
    low = low * 10 + (c->text[c->position++] - '0');
    if (low > RE_MAX_COUNT) low = RE_MAX_COUNT;
  }
  high = low;
  if (eat(c, ',')) {
    if (is_decimal(peek(c))) {
      high = 0;
      while (is_decimal(peek(c))) {
        high = high * 10 + (c->text[c->position++] - '0');
        if (high > RE_MAX_COUNT) high = RE_MAX_COUNT;
      }
    } else {
      high = (uint64_t)-1;
    }
  }
  if (!eat(c, '}')) {
    c->position = start;
    return false;
  }
  *min = (int32_t)low;
  *max = high == (uint64_t)-1 || high >= RE_MAX_COUNT ? RE_INFINITY : (int32_t)high;
  return true;
}

/* The length of the single instruction at `at` if it reads exactly one code unit. */
static size_t single_unit_instruction(const Compiler *c, size_t at) {
  if (at >= c->code_length) return 0;
  int32_t opcode = c->code[at] & RE_OPCODE_MASK;
  size_t length = 1 + re_opcode_operands[opcode];
  if (at + length != c->code_length) return 0;
  if (opcode == RE_OP_ANY || opcode == RE_OP_DOT || opcode == RE_OP_CLASS) return c->unicode ? 0 : length;
  if (opcode == RE_OP_CHAR || opcode == RE_OP_CHAR2) {
    for (size_t k = 1; k < length; k++) {
      uint32_t ch = (uint32_t)c->code[at + k];
      if (c->unicode && (ch >= 0xD800 && (ch <= 0xDFFF || ch > 0xFFFF))) return 0;
    }
    return length;
  }
  return 0;
}

/* Wraps code[atom..end) in a quantifier (22.2.2.3.1 RepeatMatcher). */
static bool emit_quantifier(Compiler *c, size_t atom, int32_t min, int32_t max, bool greedy, uint32_t first_capture,
                            uint32_t end_capture) {
  if (max == 0) { /* RepeatMatcher with max 0 matches the continuation only */
    c->code_length = atom;
    return true;
  }
  if ((min == 1 && max == 1) || atom == c->code_length) return true; /* once, or an empty body: no loop */
  if (greedy && first_capture == end_capture && single_unit_instruction(c, atom)) {
    if (!insert_gap(c, atom, 4)) return false;
    c->code[atom] = op(c, RE_OP_STAR_SIMPLE);
    c->code[atom + 1] = min;
    c->code[atom + 2] = max;
    c->code[atom + 3] = 1;
    return true;
  }
  uint32_t counter = c->register_count++, position = c->register_count++;
  int32_t counter_slot = (int32_t)(2 * (c->capture_count + 1) + counter);
  int32_t position_slot = (int32_t)(2 * (c->capture_count + 1) + position);
  bool resets = first_capture < end_capture;
  size_t prefix = 2 + 6 + 2 + (resets ? 3 : 0);
  if (!insert_gap(c, atom, prefix)) return false;
  size_t at = atom;
  c->code[at++] = op(c, RE_OP_SET_ZERO);
  c->code[at++] = counter_slot;
  size_t branch = at;
  c->code[at++] = op(c, RE_OP_REPEAT_BRANCH);
  c->code[at++] = counter_slot;
  c->code[at++] = min;
  c->code[at++] = max;
  c->code[at++] = greedy;
  c->code[at++] = 0; /* exit offset, below */
  c->code[at++] = op(c, RE_OP_SAVE);
  c->code[at++] = position_slot;
  if (resets) {
    c->code[at++] = op(c, RE_OP_RESET);
    c->code[at++] = (int32_t)(2 * first_capture);
    c->code[at++] = (int32_t)(2 * end_capture - 1);
  }
  if (!emit_op(c, RE_OP_REPEAT_END) || !emit(c, counter_slot) || !emit(c, position_slot) || !emit(c, min) || !emit(c, 0))
    return false;
  c->code[c->code_length - 1] = (int32_t)branch - (int32_t)c->code_length;
  c->code[branch + 5] = (int32_t)(c->code_length - (branch + 6));
  return true;
}

/* A group's body: (?:...), (...), (?<name>...), or a lookaround; '(' already read. */
static bool parse_group(Compiler *c, bool *quantifiable) {
  *quantifiable = true;
  if (eat(c, '?')) {
    uint32_t kind = c->text[c->position++];
    if (kind == ':') return parse_disjunction(c) && eat(c, ')');
    bool behind = false;
    if (kind == '<' && (peek(c) == '=' || peek(c) == '!')) {
      behind = true;
      kind = c->text[c->position++];
    }
    if (kind == '=' || kind == '!') { /* 22.2.2.4 Assertion: lookahead and lookbehind */
      *quantifiable = !behind && !c->unicode; /* B.1.2 QuantifiableAssertion */
      size_t look = c->code_length;
      if (!emit_op(c, RE_OP_LOOK) || !emit(c, kind == '!') || !emit(c, 0)) return false;
      bool saved = c->backward;
      c->backward = behind;
      bool ok = parse_disjunction(c) && emit(c, op(c, RE_OP_LOOK_END));
      c->backward = saved;
      if (!ok) return false;
      c->code[look + 2] = (int32_t)(c->code_length - (look + 3));
      return eat(c, ')');
    }
    /* (?<name>: the name was collected by scan_groups */
    while (c->position < c->length && c->text[c->position] != '>') {
      if (c->text[c->position] == '\\') c->position++;
      c->position++;
    }
    c->position++;
  }
  uint32_t index = ++c->next_capture;
  int32_t first = (int32_t)(2 * index + (c->backward ? 1 : 0)), second = (int32_t)(2 * index + (c->backward ? 0 : 1));
  return emit_op(c, RE_OP_SAVE) && emit(c, first) && parse_disjunction(c) && eat(c, ')') && emit_op(c, RE_OP_SAVE) &&
         emit(c, second);
}

/* \k<name> after "\k": emits the backreference. */
static bool emit_named_reference(Compiler *c) {
  eat(c, '<');
  uint16_t *name;
  size_t length;
  if (!read_group_name(c, &name, &length)) return false;
  uint32_t capture = 0;
  for (size_t i = 0; i < c->name_count && capture == 0; i++)
    if (c->names[i].length == length && memcmp(c->names[i].name, name, length * sizeof *name) == 0)
      capture = c->names[i].capture;
  free(name);
  if (capture == 0) return fail(c, "Invalid named capture referenced");
  return emit_op(c, RE_OP_BACKREF) && emit(c, (int32_t)capture);
}

/* An atom escape after '\' (22.2.1 AtomEscape, B.1.2 ExtendedAtom). */
static bool parse_atom_escape(Compiler *c) {
  uint32_t next = peek(c);
  if (next == 'd' || next == 'D' || next == 's' || next == 'S' || next == 'w' || next == 'W') {
    c->position++;
    ReCharSet set;
    re_set_init(&set);
    if (!add_class_escape(c, next, &set)) return false;
    return emit_class(c, &set, false);
  }
  if (c->unicode && (next == 'p' || next == 'P')) {
    c->position++;
    ClassValue v;
    memset(&v, 0, sizeof v);
    bool ok = add_property_escape(c, next == 'P', &v.set, c->sets ? &v : NULL) &&
              (v.string_count > 0 ? emit_class_value(c, &v) : emit_class(c, &v.set, false));
    class_value_free(&v);
    return ok;
  }
  if (next == 'k' && (c->unicode || c->has_named_groups)) {
    c->position++;
    return emit_named_reference(c);
  }
  if (next >= '1' && next <= '9') { /* DecimalEscape: a backreference if the group exists */
    size_t start = c->position;
    uint64_t value = 0;
    while (is_decimal(peek(c))) {
      value = value * 10 + (c->text[c->position++] - '0');
      if (value > 0xFFFFFFFF) value = 0xFFFFFFFF;
    }
    if (value <= c->capture_count) return emit_op(c, RE_OP_BACKREF) && emit(c, (int32_t)value);
    c->position = start;
    if (next >= '8') { /* B.1.2: \8 and \9 are identity escapes */
      c->position++;
      return emit_char(c, next);
    }
  }
  int64_t ch = read_character_escape(c, false);
  return emit_char(c, ch < 0 ? '\\' : (uint32_t)ch);
}

static bool parse_term(Compiler *c) {
  uint32_t ch = c->text[c->position++];
  size_t atom = c->code_length;
  uint32_t first_capture = c->next_capture + 1;
  bool quantifiable = true;
  switch (ch) {
  case '^':
    return c->multiline ? emit_op(c, RE_OP_LINE_START) && emit(c, 1) : emit_op(c, RE_OP_LINE_START) && emit(c, 0);
  case '$':
    return c->multiline ? emit_op(c, RE_OP_LINE_END) && emit(c, 1) : emit_op(c, RE_OP_LINE_END) && emit(c, 0);
  case '\\':
    if (peek(c) == 'b' || peek(c) == 'B') {
      bool invert = c->text[c->position++] == 'B';
      return emit_op(c, RE_OP_WORD_BOUNDARY) && emit(c, invert);
    }
    if (!parse_atom_escape(c)) return false;
    break;
  case '.':
    if (!emit_op(c, c->dot_all ? RE_OP_ANY : RE_OP_DOT)) return false;
    break;
  case '(':
    if (!parse_group(c, &quantifiable)) return false;
    break;
  case '[':
    if (!parse_class(c)) return false;
    break;
  default:
    if (!emit_char(c, ch)) return false;
    break;
  }
  /* 22.2.1 Quantifier */
  int32_t min, max;
  uint32_t q = peek(c);
  if (q == '*') { min = 0; max = RE_INFINITY; c->position++; }
  else if (q == '+') { min = 1; max = RE_INFINITY; c->position++; }
  else if (q == '?') { min = 0; max = 1; c->position++; }
  else if (q == '{' && read_braced_quantifier(c, &min, &max)) {}
  else return true;
  if (!quantifiable) return fail(c, "Nothing to repeat");
  bool greedy = !eat(c, '?');
  return emit_quantifier(c, atom, min, max, greedy, first_capture, c->next_capture + 1);
}

/* Alternative: terms in order, or reversed inside a lookbehind (22.2.2.3). */
static bool parse_alternative(Compiler *c) {
  size_t start = c->code_length;
  while (c->position < c->length && peek(c) != '|' && peek(c) != ')') {
    size_t term = c->code_length;
    if (!parse_term(c)) return false;
    if (c->backward && !rotate_to(c, start, term)) return false;
  }
  return true;
}

/* Disjunction: SPLIT_FIRST chains, each alternative ending in a GOTO to the end (22.2.2.2). */
static bool parse_disjunction(Compiler *c) {
  size_t chain = 0;
  bool has_chain = false;
  for (;;) {
    size_t start = c->code_length;
    if (!parse_alternative(c)) return false;
    if (peek(c) != '|') break;
    c->position++;
    if (!insert_gap(c, start, 2)) return false;
    c->code[start] = RE_OP_SPLIT_FIRST;
    if (!emit(c, RE_OP_GOTO) || !emit(c, has_chain ? (int32_t)chain : -1)) return false;
    chain = c->code_length - 1;
    has_chain = true;
    c->code[start + 1] = (int32_t)(c->code_length - (start + 2));
  }
  while (has_chain) {
    int32_t previous = c->code[chain];
    c->code[chain] = (int32_t)(c->code_length - (chain + 1));
    has_chain = previous >= 0;
    chain = (size_t)previous;
  }
  return true;
}

/* --- the API ------------------------------------------------------------------------------- */

/* UTF-16 to WTF-8 for the syntax checker (lone surrogates encoded as themselves). */
static char *to_wtf8(const uint16_t *pattern, size_t length, size_t *out_length) {
  char *out = malloc(length * 3 + 1);
  if (out == NULL) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < length; i++) {
    uint32_t ch = pattern[i];
    if (ch >= 0xD800 && ch <= 0xDBFF && i + 1 < length && pattern[i + 1] >= 0xDC00 && pattern[i + 1] <= 0xDFFF)
      ch = 0x10000 + ((ch - 0xD800) << 10) + (pattern[++i] - 0xDC00);
    if (ch < 0x80) out[n++] = (char)ch;
    else if (ch < 0x800) { out[n++] = (char)(0xC0 | (ch >> 6)); out[n++] = (char)(0x80 | (ch & 0x3F)); }
    else if (ch < 0x10000) {
      out[n++] = (char)(0xE0 | (ch >> 12));
      out[n++] = (char)(0x80 | ((ch >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (ch & 0x3F));
    } else {
      out[n++] = (char)(0xF0 | (ch >> 18));
      out[n++] = (char)(0x80 | ((ch >> 12) & 0x3F));
      out[n++] = (char)(0x80 | ((ch >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (ch & 0x3F));
    }
  }
  *out_length = n;
  return out;
}

static void compiler_free(Compiler *c) {
  free(c->text);
  free(c->code);
  for (size_t i = 0; i < c->set_count; i++) re_set_free(&c->set_list[i]);
  free(c->set_list);
  for (size_t i = 0; i < c->name_count; i++) free(c->names[i].name);
  free(c->names);
}

int re_compile(const uint16_t *pattern, size_t length, uint32_t flags, ReProgram **out, ReError *error) {
  *out = NULL;
  error->reason = NULL;
  if ((flags & RE_FLAG_UNICODE) && (flags & RE_FLAG_UNICODE_SETS)) {
    error->reason = "Invalid flags";
    return RE_SYNTAX_ERROR;
  }
  size_t utf8_length;
  char *utf8 = to_wtf8(pattern, length, &utf8_length);
  if (utf8 == NULL) {
    error->reason = "Out of memory";
    return RE_OUT_OF_MEMORY;
  }
  unsigned syntax_flags = ((flags & RE_FLAG_UNICODE) ? REGEXP_FLAG_UNICODE : 0) |
                          ((flags & RE_FLAG_UNICODE_SETS) ? REGEXP_FLAG_UNICODE_SETS : 0);
  const char *reason = regexp_check_syntax(utf8, utf8_length, syntax_flags);
  free(utf8);
  if (reason != NULL) {
    error->reason = reason;
    return strcmp(reason, "Out of memory") == 0 ? RE_OUT_OF_MEMORY : RE_SYNTAX_ERROR;
  }

  Compiler c;
  memset(&c, 0, sizeof c);
  c.unicode = (flags & (RE_FLAG_UNICODE | RE_FLAG_UNICODE_SETS)) != 0;
  c.sets = (flags & RE_FLAG_UNICODE_SETS) != 0;
  c.ignore_case = (flags & RE_FLAG_IGNORE_CASE) != 0;
  c.multiline = (flags & RE_FLAG_MULTILINE) != 0;
  c.dot_all = (flags & RE_FLAG_DOT_ALL) != 0;
  c.unicode_word = c.unicode && c.ignore_case;
  c.text = malloc((length + 1) * sizeof *c.text);
  if (c.text == NULL) {
    error->reason = "Out of memory";
    return RE_OUT_OF_MEMORY;
  }
  for (size_t i = 0; i < length; i++) {
    uint32_t ch = pattern[i];
    if (c.unicode && ch >= 0xD800 && ch <= 0xDBFF && i + 1 < length && pattern[i + 1] >= 0xDC00 &&
        pattern[i + 1] <= 0xDFFF)
      ch = 0x10000 + ((ch - 0xD800) << 10) + (pattern[++i] - 0xDC00);
    c.text[c.length++] = ch;
  }
  bool ok = scan_groups(&c) && parse_disjunction(&c) && emit(&c, RE_OP_MATCH);
  if (ok && c.position < c.length) ok = fail(&c, "Unmatched ')'");
  ReProgram *program = ok ? calloc(1, sizeof *program) : NULL;
  if (ok && program == NULL) ok = fail(&c, "Out of memory");
  if (ok && c.name_count > 0) {
    program->group_names = calloc(c.name_count, sizeof *program->group_names);
    program->group_name_lengths = calloc(c.name_count, sizeof *program->group_name_lengths);
    program->group_indices = calloc(c.name_count, sizeof *program->group_indices);
    if (!program->group_names || !program->group_name_lengths || !program->group_indices) ok = fail(&c, "Out of memory");
  }
  if (!ok) {
    error->reason = c.error ? c.error : "Out of memory";
    re_free(program);
    compiler_free(&c);
    return strcmp(error->reason, "Out of memory") == 0 ? RE_OUT_OF_MEMORY : RE_SYNTAX_ERROR;
  }
  program->code = c.code;
  program->code_length = c.code_length;
  program->sets = c.set_list;
  program->set_count = c.set_count;
  program->flags = flags;
  program->capture_count = c.capture_count;
  program->slot_count = 2 * (c.capture_count + 1) + c.register_count;
  for (size_t i = 0; i < c.name_count; i++) {
    program->group_names[i] = c.names[i].name;
    program->group_name_lengths[i] = c.names[i].length;
    program->group_indices[i] = c.names[i].capture;
  }
  program->named_group_count = (uint32_t)c.name_count;
  program->ignore_case = c.ignore_case;
  program->unicode = c.unicode;
  program->multiline = c.multiline;
  program->dot_all = c.dot_all;
  program->sticky = (flags & RE_FLAG_STICKY) != 0;
  program->unicode_word = c.unicode_word;
  /* A start hint for re_exec: a pattern that begins with one character (or a case pair) can
   * skip start positions holding neither. Only BMP non-surrogates: one unit in either mode. */
  program->first_units[0] = program->first_units[1] = -1;
  int32_t first = c.code[0];
  if (first == RE_OP_CHAR || first == RE_OP_CHAR2) {
    bool plain = true;
    for (int k = 0; k < (first == RE_OP_CHAR ? 1 : 2); k++)
      plain = plain && c.code[1 + k] < 0xD800;
    if (plain) {
      program->first_units[0] = c.code[1];
      program->first_units[1] = first == RE_OP_CHAR2 ? c.code[2] : c.code[1];
    }
  }
  free(c.names);
  free(c.text);
  *out = program;
  return RE_OK;
}

void re_free(ReProgram *program) {
  if (program == NULL) return;
  free(program->code);
  for (size_t i = 0; i < program->set_count; i++) re_set_free(&program->sets[i]);
  free(program->sets);
  for (size_t i = 0; i < program->named_group_count; i++) free(program->group_names[i]);
  free(program->group_names);
  free(program->group_name_lengths);
  free(program->group_indices);
  free(program);
}

uint32_t re_capture_count(const ReProgram *program) { return program->capture_count; }
uint32_t re_flags(const ReProgram *program) { return program->flags; }
uint32_t re_named_group_count(const ReProgram *program) { return program->named_group_count; }

const uint16_t *re_named_group(const ReProgram *program, uint32_t i, size_t *length, uint32_t *capture_index) {
  *length = program->group_name_lengths[i];
  *capture_index = program->group_indices[i];
  return program->group_names[i];
}

size_t re_error_message(const uint16_t *pattern, size_t length, uint32_t flags, const ReError *error, uint16_t *out,
                        size_t capacity) {
  static const char prefix[] = "Invalid regular expression: /";
  static const char letters[] = "dgimsuvy";
  static const uint32_t bits[] = {RE_FLAG_HAS_INDICES, RE_FLAG_GLOBAL, RE_FLAG_IGNORE_CASE, RE_FLAG_MULTILINE,
                                  RE_FLAG_DOT_ALL, RE_FLAG_UNICODE, RE_FLAG_UNICODE_SETS, RE_FLAG_STICKY};
  size_t n = 0;
#define PUT(unit) do { if (n < capacity) out[n] = (uint16_t)(unit); n++; } while (0)
  for (const char *p = prefix; *p; p++) PUT(*p);
  for (size_t i = 0; i < length; i++) PUT(pattern[i]);
  PUT('/');
  for (size_t i = 0; i < 8; i++)
    if (flags & bits[i]) PUT(letters[i]);
  PUT(':');
  PUT(' ');
  for (const char *p = error->reason ? error->reason : ""; *p; p++) PUT((unsigned char)*p);
#undef PUT
  return n;
}
