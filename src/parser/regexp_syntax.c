/* RegExp pattern syntax checking by recursive descent over the pattern's characters: code
 * points with u or v, UTF-16 code units without (so an astral character in a class range is
 * two units, as the spec reads it). A first pass counts capturing groups and collects group
 * names, which backreferences (\1, \k<name>) need before the groups they refer to are seen.
 * Invariant: `position` only moves forward; every error is the first one found, except
 * where V8 reports later: a duplicate group name when its group closes, an unknown \k<name>
 * after the whole pattern. Group nesting is bounded (REGEXP_MAX_DEPTH) so the C stack stays
 * small. The RegExp engine (src/regexp/) runs this checker first and relies on it. */
#include "parser/regexp_syntax.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unicode/unicode_id.h"
#include "unicode/unicode_property.h"

enum { REGEXP_MAX_DEPTH = 500 };

typedef struct Checker {
  uint32_t *text;         /* code points (u, v) or UTF-16 units */
  size_t length, position;
  bool unicode;           /* u or v: the strict grammar */
  bool sets;              /* v: class set expressions */
  bool named_groups;      /* the pattern has a named group: \k is always a reference */
  uint32_t group_count;
  uint32_t **names;       /* group names, as code points, for \k and duplicates */
  size_t *name_lengths;
  size_t name_count;
  const char *error;
  int depth;
  bool unknown_reference; /* a \k<name> naming no group: V8 reports it after the parse */
  uint32_t **closed_names; /* names of the named groups closed so far, for duplicates */
  size_t *closed_lengths;
  size_t closed_count;
} Checker;

static bool fail(Checker *c, const char *message) {
  if (c->error == NULL) c->error = message;
  return false;
}

static bool at_end(const Checker *c) { return c->position >= c->length; }
static uint32_t peek(const Checker *c) { return at_end(c) ? 0xFFFFFFFF : c->text[c->position]; }
static uint32_t peek_at(const Checker *c, size_t ahead) {
  return c->position + ahead < c->length ? c->text[c->position + ahead] : 0xFFFFFFFF;
}
static bool eat(Checker *c, uint32_t ch) {
  if (peek(c) != ch) return false;
  c->position++;
  return true;
}

static bool is_syntax_character(uint32_t ch) { return ch < 0x80 && ch && strchr("^$\\.*+?()[]{}|", (int)ch); }
static bool is_decimal(uint32_t ch) { return ch >= '0' && ch <= '9'; }
static int hex_digit(uint32_t ch) {
  if (ch >= '0' && ch <= '9') return (int)(ch - '0');
  if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f') return (int)((ch | 0x20) - 'a' + 10);
  return -1;
}
static bool is_ascii_letter(uint32_t ch) { return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }

/* --- decoding the pattern ------------------------------------------------------------------ */

/* UTF-8 to code points (unicode) or UTF-16 units; invalid bytes read as U+FFFD. */
static bool decode(Checker *c, const char *pattern, size_t length) {
  c->text = malloc((length + 1) * sizeof *c->text);
  if (c->text == NULL) return fail(c, "Out of memory");
  const unsigned char *s = (const unsigned char *)pattern;
  size_t n = 0;
  for (size_t i = 0; i < length;) {
    uint32_t cp = s[i], need = 0;
    if (cp >= 0xF0 && cp <= 0xF4) { need = 3; cp &= 0x07; }
    else if (cp >= 0xE0) { need = 2; cp &= 0x0F; }
    else if (cp >= 0xC2 && cp < 0xE0) { need = 1; cp &= 0x1F; }
    else if (cp >= 0x80) cp = 0xFFFD;
    bool ok = i + need < length || need == 0;
    for (uint32_t k = 1; ok && k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (!ok) { cp = 0xFFFD; need = 0; }
    i += need + 1;
    if (cp >= 0x10000 && !c->unicode) {
      c->text[n++] = 0xD800 + ((cp - 0x10000) >> 10);
      cp = 0xDC00 + ((cp - 0x10000) & 0x3FF);
    }
    c->text[n++] = cp;
  }
  c->length = n;
  return true;
}

/* --- escapes shared by atoms and classes --------------------------------------------------- */

/* After "\u": XXXX (joined with a following \uXXXX low surrogate in unicode mode) or, in
 * unicode mode (or in group names), {X...}. Returns the code point or -1, leaving position
 * untouched on failure. */
static int64_t read_unicode_escape(Checker *c, bool braces_allowed) {
  size_t start = c->position;
  if (braces_allowed && eat(c, '{')) {
    uint32_t value = 0;
    size_t digits = 0;
    while (hex_digit(peek(c)) >= 0) {
      value = value * 16 + (uint32_t)hex_digit(peek(c));
      if (value > 0x10FFFF) { c->position = start; return -1; }
      c->position++;
      digits++;
    }
    if (digits == 0 || !eat(c, '}')) { c->position = start; return -1; }
    return value;
  }
  uint32_t value = 0;
  for (int k = 0; k < 4; k++) {
    int h = hex_digit(peek(c));
    if (h < 0) { c->position = start; return -1; }
    value = value * 16 + (uint32_t)h;
    c->position++;
  }
  if (braces_allowed && value >= 0xD800 && value <= 0xDBFF && peek(c) == '\\' && peek_at(c, 1) == 'u') {
    size_t save = c->position;
    c->position += 2;
    uint32_t low = 0;
    bool ok = true;
    for (int k = 0; k < 4 && ok; k++) {
      int h = hex_digit(peek(c));
      if (h < 0) ok = false;
      else { low = low * 16 + (uint32_t)h; c->position++; }
    }
    if (ok && low >= 0xDC00 && low <= 0xDFFF) return 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
    c->position = save;
  }
  return value;
}

/* GroupName's RegExpIdentifierName after '<', through '>'; stores the name's start/length
 * in the text (escapes are compared as written: names with escapes are rare). */
static bool read_group_name(Checker *c, uint32_t **name, size_t *name_length) {
  uint32_t *out = malloc((c->length - c->position + 1) * sizeof *out);
  if (out == NULL) return fail(c, "Out of memory");
  size_t n = 0;
  for (;;) {
    uint32_t ch = peek(c);
    if (ch == '>') break;
    if (at_end(c)) { free(out); return fail(c, "Invalid capture group name"); }
    c->position++;
    if (ch == '\\') {
      if (!eat(c, 'u')) { free(out); return fail(c, "Invalid capture group name"); }
      int64_t cp = read_unicode_escape(c, true);
      if (cp < 0) { free(out); return fail(c, "Invalid Unicode escape"); }
      ch = (uint32_t)cp;
    } else if (ch >= 0xD800 && ch <= 0xDBFF && peek(c) >= 0xDC00 && peek(c) <= 0xDFFF) {
      ch = 0x10000 + ((ch - 0xD800) << 10) + (c->text[c->position++] - 0xDC00);
    }
    bool ok = n == 0 ? unicode_is_id_start(ch) : unicode_is_id_continue(ch);
    if (!ok) { free(out); return fail(c, "Invalid capture group name"); }
    out[n++] = ch;
  }
  c->position++;
  if (n == 0) { free(out); return fail(c, "Invalid capture group name"); }
  *name = out;
  *name_length = n;
  return true;
}

static bool name_known(const Checker *c, const uint32_t *name, size_t length) {
  for (size_t i = 0; i < c->name_count; i++)
    if (c->name_lengths[i] == length && memcmp(c->names[i], name, length * sizeof *name) == 0) return true;
  return false;
}

/* \p{Name} or \p{Name=Value} after the p/P; *strings set for a property of strings. */
static bool read_property(Checker *c, bool in_class, bool *strings) {
  const char *invalid = in_class ? "Invalid property name in character class" : "Invalid property name";
  if (!eat(c, '{')) return fail(c, invalid);
  char name[64], value[64];
  size_t name_length = 0, value_length = 0;
  bool has_value = false;
  for (;;) {
    uint32_t ch = peek(c);
    if (ch == '}') break;
    if (at_end(c)) return fail(c, invalid);
    c->position++;
    if (ch == '=' && !has_value) { has_value = true; continue; }
    if (!(is_ascii_letter(ch) || is_decimal(ch) || ch == '_')) return fail(c, invalid);
    if (has_value) { if (value_length >= sizeof value) return fail(c, invalid); value[value_length++] = (char)ch; }
    else { if (name_length >= sizeof name) return fail(c, invalid); name[name_length++] = (char)ch; }
  }
  c->position++;
  if (name_length == 0 || (has_value && value_length == 0)) return fail(c, invalid);
  UnicodePropertyKind kind = unicode_property_lookup(name, name_length, has_value ? value : NULL, value_length);
  if (kind == UNICODE_PROPERTY_INVALID || (kind == UNICODE_PROPERTY_STRINGS && !c->sets)) return fail(c, invalid);
  *strings = kind == UNICODE_PROPERTY_STRINGS;
  return true;
}

/* CharacterEscape after '\' (the escape letter at position), shared by atoms and classes.
 * Returns the character or -1 after an error. */
static int64_t character_escape(Checker *c, bool in_class) {
  uint32_t ch = c->text[c->position++];
  switch (ch) {
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    case 'c':
      if (is_ascii_letter(peek(c))) return c->text[c->position++] % 32;
      if (!c->unicode && in_class && (is_decimal(peek(c)) || peek(c) == '_')) return c->text[c->position++] % 32;
      if (c->unicode) return fail(c, "Invalid Unicode escape"), -1;
      c->position--; /* B.1.2: "\c" is a backslash; the c is read next as itself */
      return '\\';
    case '0':
      if (!is_decimal(peek(c))) return 0;
      if (c->unicode) return fail(c, in_class ? "Invalid class escape" : "Invalid decimal escape"), -1;
      /* legacy octal, as below */
      /* fall through */
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      if (c->unicode) return fail(c, in_class ? "Invalid class escape" : "Invalid escape"), -1;
      uint32_t value = ch - '0';
      if (peek(c) >= '0' && peek(c) <= '7') {
        value = value * 8 + (c->text[c->position++] - '0');
        if (ch <= '3' && peek(c) >= '0' && peek(c) <= '7') value = value * 8 + (c->text[c->position++] - '0');
      }
      return value;
    }
    case 'x': {
      int high = hex_digit(peek(c)), low = hex_digit(peek_at(c, 1));
      if (high >= 0 && low >= 0) {
        c->position += 2;
        return high * 16 + low;
      }
      if (c->unicode) return fail(c, "Invalid escape"), -1;
      return 'x';
    }
    case 'u': {
      int64_t cp = read_unicode_escape(c, c->unicode);
      if (cp >= 0) return cp;
      if (c->unicode) return fail(c, "Invalid Unicode escape"), -1;
      return 'u';
    }
    default:
      if (c->unicode) {
        if (is_syntax_character(ch) || ch == '/' || (in_class && ch == '-')) return ch;
        return fail(c, "Invalid escape"), -1;
      }
      if (ch == 'k' && c->named_groups) return fail(c, "Invalid named reference"), -1;
      return ch;
  }
}

/* --- character classes ------------------------------------------------------------------------ */

/* ClassAtom for patterns without v: a character, or -2 for a class escape (\d, \p{..}). */
static int64_t class_atom(Checker *c) {
  if (!eat(c, '\\')) return c->text[c->position++];
  if (at_end(c)) return fail(c, "\\ at end of pattern"), -1;
  uint32_t ch = peek(c);
  if (ch == 'b') { c->position++; return '\b'; }
  if (ch == '-' && c->unicode) { c->position++; return '-'; }
  if (ch && strchr("dDsSwW", (int)ch)) { c->position++; return -2; }
  if ((ch == 'p' || ch == 'P') && c->unicode) {
    c->position++;
    bool strings;
    return read_property(c, true, &strings) ? -2 : -1;
  }
  if (ch == 'k' && !c->unicode) { /* V8: with named groups \k is no identity escape here either */
    if (c->named_groups) return fail(c, "Invalid escape"), -1;
    c->position++;
    return 'k';
  }
  if ((ch == '8' || ch == '9') && !c->unicode) { c->position++; return ch; }
  return character_escape(c, true);
}

static bool parse_class(Checker *c) {
  eat(c, '^');
  for (;;) {
    if (at_end(c)) return fail(c, "Unterminated character class");
    if (eat(c, ']')) return true;
    int64_t first = class_atom(c);
    if (first == -1) return false;
    if (peek(c) == '-' && peek_at(c, 1) != ']' && peek_at(c, 1) != 0xFFFFFFFF) {
      c->position++;
      int64_t last = class_atom(c);
      if (last == -1) return false;
      if (first == -2 || last == -2) {
        if (c->unicode) return fail(c, "Invalid character class");
        continue;
      }
      if (first > last) return fail(c, "Range out of order in character class");
    }
  }
}

/* --- v-mode class set expressions ------------------------------------------------------------ */

static bool is_class_set_syntax(uint32_t ch) { return ch < 0x80 && ch && strchr("()[]{}/-\\|", (int)ch); }
static bool is_reserved_double(const Checker *c) {
  uint32_t ch = peek(c);
  return ch < 0x80 && ch && strchr("&!#$%*+,.:;<=>?@^`~", (int)ch) && peek_at(c, 1) == ch;
}

static bool parse_class_set(Checker *c, bool *may_contain_strings);

/* One ClassSetOperand or range start: returns the character, -2 for a set (nested class,
 * class escape, \q{...}), -1 after an error. */
static int64_t class_set_operand(Checker *c, bool *strings) {
  uint32_t ch = peek(c);
  if (ch == '[') {
    c->position++;
    bool nested_strings = false;
    if (!parse_class_set(c, &nested_strings)) return -1;
    if (nested_strings) *strings = true;
    return -2;
  }
  if (ch == '\\') {
    c->position++;
    if (at_end(c)) return fail(c, "\\ at end of pattern"), -1;
    ch = peek(c);
    if (ch && strchr("dDsSwW", (int)ch)) { c->position++; return -2; }
    if (ch == 'p' || ch == 'P') {
      c->position++;
      bool property_strings = false;
      if (!read_property(c, true, &property_strings)) return -1;
      if (property_strings && ch == 'P') return fail(c, "Invalid property name in character class"), -1;
      if (property_strings) *strings = true;
      return -2;
    }
    if (ch == 'q') {
      c->position++;
      if (!eat(c, '{')) return fail(c, "Invalid escape"), -1;
      size_t count = 0;
      for (;;) {
        if (at_end(c)) return fail(c, "Invalid escape"), -1;
        if (eat(c, '}')) break;
        if (eat(c, '|')) {
          if (count != 1) *strings = true;
          count = 0;
          continue;
        }
        if (eat(c, '\\')) {
          if (at_end(c)) return fail(c, "\\ at end of pattern"), -1;
          if (peek(c) == 'b') c->position++;
          else if (character_escape(c, true) == -1) return -1;
        } else {
          c->position++;
        }
        count++;
      }
      if (count != 1) *strings = true;
      return -2;
    }
    if (ch == 'b') { c->position++; return '\b'; }
    if (ch < 0x80 && ch && strchr("&-!#%,:;<=>@`~", (int)ch)) { c->position++; return ch; }
    return character_escape(c, true);
  }
  if (is_reserved_double(c)) return fail(c, "Invalid set operation in character class"), -1;
  if (is_class_set_syntax(ch)) return fail(c, "Invalid character in character class"), -1;
  c->position++;
  return ch;
}

/* After '[' in v mode, through the matching ']'. */
static bool parse_class_set(Checker *c, bool *may_contain_strings) {
  if (++c->depth > REGEXP_MAX_DEPTH) return fail(c, "Regular expression too large");
  bool negated = eat(c, '^');
  bool strings = false;
  int operator = 0; /* 0 union, '&' intersection, '-' subtraction */
  size_t operands = 0;
  for (;;) {
    if (at_end(c)) return fail(c, "Unterminated character class");
    if (eat(c, ']')) break;
    bool is_and = peek(c) == '&' && peek_at(c, 1) == '&';
    bool is_minus = peek(c) == '-' && peek_at(c, 1) == '-';
    if (is_and || is_minus) {
      int this_operator = is_and ? '&' : '-';
      if (operands == 0 && is_minus) return fail(c, "Invalid character in character class"); /* as V8 */
      if (operands == 0 || (operator == 0 && operands > 1) || (operator != 0 && operator != this_operator))
        return fail(c, "Invalid set operation in character class");
      operator = this_operator;
      c->position += 2;
      if (is_and && peek(c) == '&') return fail(c, "Invalid character in character class");
      bool operand_strings = false;
      int64_t operand = class_set_operand(c, &operand_strings);
      if (operand == -1) return false;
      if (operator == '&' && !operand_strings) strings = false;
      operands++;
      continue;
    }
    if (operator != 0) return fail(c, "Invalid set operation in character class");
    bool operand_strings = false;
    int64_t first = class_set_operand(c, &operand_strings);
    if (first == -1) return false;
    if (operand_strings) strings = true;
    if (peek(c) == '-' && peek_at(c, 1) != '-') {
      c->position++;
      if (at_end(c)) return fail(c, "Unterminated character class");
      if (first < 0) return fail(c, "Invalid character class"); /* V8 stops at the '-' */
      int64_t last = class_set_operand(c, &operand_strings);
      if (last == -1) return false;
      if (first < 0 || last < 0) return fail(c, "Invalid character class");
      if (first > last) return fail(c, "Range out of order in character class");
      operands += 2; /* a range cannot be an operand of && or -- */
      continue;
    }
    operands++;
  }
  if (negated && strings) return fail(c, "Negated character class may contain strings");
  *may_contain_strings = strings;
  c->depth--;
  return true;
}

/* --- terms ------------------------------------------------------------------------------------- */

static bool parse_disjunction(Checker *c);

/* {n}, {n,}, {n,m} at position; false (position untouched) if it is not one. */
static bool read_braced_quantifier(Checker *c, bool *out_of_order) {
  size_t start = c->position;
  if (!eat(c, '{') || !is_decimal(peek(c))) { c->position = start; return false; }
  double low = 0, high = -1;
  while (is_decimal(peek(c))) low = low * 10 + (c->text[c->position++] - '0');
  if (eat(c, ',')) {
    if (is_decimal(peek(c))) {
      high = 0;
      while (is_decimal(peek(c))) high = high * 10 + (c->text[c->position++] - '0');
    }
  } else {
    high = low;
  }
  if (!eat(c, '}')) { c->position = start; return false; }
  *out_of_order = high >= 0 && low > high;
  return true;
}

/* Records a named group's name when the group closes; V8 reports a duplicate name there
 * (so an error earlier in the pattern, or an unterminated group, wins). Takes the name. */
static bool close_named_group(Checker *c, uint32_t *name, size_t length) {
  for (size_t i = 0; i < c->closed_count; i++)
    if (c->closed_lengths[i] == length && memcmp(c->closed_names[i], name, length * sizeof *name) == 0) {
      free(name);
      return fail(c, "Duplicate capture group name");
    }
  uint32_t **names = realloc(c->closed_names, (c->closed_count + 1) * sizeof *names);
  if (names) c->closed_names = names;
  size_t *lengths = names ? realloc(c->closed_lengths, (c->closed_count + 1) * sizeof *lengths) : NULL;
  if (lengths == NULL) {
    free(name);
    return fail(c, "Out of memory");
  }
  c->closed_lengths = lengths;
  c->closed_names[c->closed_count] = name;
  c->closed_lengths[c->closed_count++] = length;
  return true;
}

/* not_quantifiable: NULL, or why a quantifier may not follow (assertions). */
static bool parse_quantifier(Checker *c, const char *not_quantifiable) {
  uint32_t ch = peek(c);
  bool out_of_order = false;
  bool quantifier = false;
  if (ch == '*' || ch == '+' || ch == '?') {
    c->position++;
    quantifier = true;
  } else if (ch == '{') {
    if (read_braced_quantifier(c, &out_of_order)) quantifier = true;
    else if (c->unicode) return fail(c, "Incomplete quantifier");
  }
  if (!quantifier) return true;
  if (not_quantifiable) return fail(c, not_quantifiable);
  if (out_of_order) return fail(c, "numbers out of order in {} quantifier");
  eat(c, '?');
  return true;
}

static bool parse_term(Checker *c) {
  uint32_t ch = peek(c);
  const char *not_quantifiable = NULL;
  bool out_of_order;
  switch (ch) {
    case '^': case '$':
      c->position++;
      return true; /* as in V8, what follows an assertion is read as the next term */
    case '*': case '+': case '?':
      return fail(c, "Nothing to repeat");
    case '{':
      if (c->unicode) {
        size_t save = c->position;
        bool is_quantifier = read_braced_quantifier(c, &out_of_order);
        c->position = save;
        return fail(c, is_quantifier ? "Nothing to repeat" : "Lone quantifier brackets");
      }
      if (read_braced_quantifier(c, &out_of_order)) return fail(c, "Nothing to repeat");
      c->position++;
      break;
    case '}': case ']':
      if (c->unicode) return fail(c, "Lone quantifier brackets");
      c->position++;
      break;
    case ')':
      return fail(c, "Unmatched ')'");
    case '[': {
      c->position++;
      bool strings = false;
      if (!(c->sets ? parse_class_set(c, &strings) : parse_class(c))) return false;
      break;
    }
    case '(': {
      c->position++;
      uint32_t *group_name = NULL;
      size_t group_name_length = 0;
      if (eat(c, '?')) {
        uint32_t kind = peek(c);
        if (kind == '=' || kind == '!') {
          c->position++;
          if (c->unicode) not_quantifiable = "Invalid quantifier";
        } else if (kind == ':') {
          c->position++;
        } else if (kind == '<' && (peek_at(c, 1) == '=' || peek_at(c, 1) == '!')) {
          c->position += 2;
          not_quantifiable = "Invalid quantifier";
        } else if (kind == '<') {
          c->position++;
          uint32_t *name;
          size_t length;
          if (!read_group_name(c, &name, &length)) return false;
          group_name = name; /* checked for duplicates when the group closes */
          group_name_length = length;
        } else {
          return fail(c, "Invalid group");
        }
      }
      bool ok = ++c->depth <= REGEXP_MAX_DEPTH || fail(c, "Regular expression too large");
      ok = ok && parse_disjunction(c);
      c->depth--;
      ok = ok && (eat(c, ')') || fail(c, "Unterminated group"));
      if (!ok) {
        free(group_name);
        return false;
      }
      if (group_name != NULL && !close_named_group(c, group_name, group_name_length)) return false;
      break;
    }
    case '\\': {
      c->position++;
      if (at_end(c)) return fail(c, "\\ at end of pattern");
      ch = peek(c);
      if (ch == 'b' || ch == 'B') {
        c->position++;
        return true; /* an assertion: see '^' */
      } else if (ch && strchr("dDsSwW", (int)ch)) {
        c->position++;
      } else if ((ch == 'p' || ch == 'P') && c->unicode) {
        c->position++;
        bool strings;
        if (!read_property(c, false, &strings)) return false;
        if (strings && ch == 'P') return fail(c, "Invalid property name");
      } else if (ch >= '1' && ch <= '9') {
        /* DecimalEscape: a backreference if it names a group, else (Annex B) an octal escape
         * or identity escape. */
        size_t save = c->position;
        double value = 0;
        while (is_decimal(peek(c))) value = value * 10 + (c->text[c->position++] - '0');
        if (value > c->group_count) {
          if (c->unicode) return fail(c, "Invalid escape");
          c->position = save;
          if (ch >= '8') c->position++;
          else if (character_escape(c, false) == -1) return false;
        }
      } else if (ch == 'k' && (c->unicode || c->named_groups)) {
        c->position++;
        if (!eat(c, '<')) return fail(c, "Invalid named reference");
        uint32_t *name;
        size_t length;
        if (!read_group_name(c, &name, &length)) return false; /* V8: "Invalid capture group name" */
        bool known = name_known(c, name, length);
        free(name);
        if (!known) c->unknown_reference = true;
      } else if (character_escape(c, false) == -1) {
        return false;
      }
      break;
    }
    default:
      c->position++;
      break;
  }
  return parse_quantifier(c, not_quantifiable);
}

static bool parse_disjunction(Checker *c) {
  for (;;) {
    while (!at_end(c) && peek(c) != '|' && peek(c) != ')')
      if (!parse_term(c)) return false;
    if (!eat(c, '|')) return true;
  }
}

/* --- the first pass: groups and their names ---------------------------------------------------- */

static bool collect_groups(Checker *c) {
  bool in_class = false;
  int class_depth = 0;
  size_t capacity = 0;
  while (!at_end(c)) {
    uint32_t ch = c->text[c->position++];
    if (ch == '\\') {
      c->position++;
    } else if (ch == '[') {
      if (c->sets) class_depth++;
      in_class = true;
    } else if (ch == ']' && in_class) {
      if (!c->sets || --class_depth == 0) in_class = false;
    } else if (ch == '(' && !in_class) {
      if (peek(c) != '?') {
        c->group_count++;
      } else if (peek_at(c, 1) == '<' && peek_at(c, 2) != '=' && peek_at(c, 2) != '!') {
        c->group_count++;
        c->named_groups = true;
        c->position += 2;
        uint32_t *name;
        size_t length;
        size_t save = c->position;
        if (!read_group_name(c, &name, &length)) {
          /* Reported by the main pass at its own position. */
          c->error = NULL;
          c->position = save;
          continue;
        }
        if (c->name_count == capacity) {
          capacity = capacity ? capacity * 2 : 4;
          uint32_t **names = realloc(c->names, capacity * sizeof *names);
          size_t *lengths = names ? realloc(c->name_lengths, capacity * sizeof *lengths) : NULL;
          if (names) c->names = names;
          if (lengths == NULL) {
            free(name);
            return fail(c, "Out of memory");
          }
          c->name_lengths = lengths;
        }
        c->names[c->name_count] = name;
        c->name_lengths[c->name_count++] = length;
      }
    }
  }
  c->position = 0;
  return true;
}

const char *regexp_check_syntax(const char *pattern, size_t length, unsigned flags) {
  Checker c;
  memset(&c, 0, sizeof c);
  c.unicode = (flags & (REGEXP_FLAG_UNICODE | REGEXP_FLAG_UNICODE_SETS)) != 0;
  c.sets = (flags & REGEXP_FLAG_UNICODE_SETS) != 0;
  if (decode(&c, pattern, length) && collect_groups(&c) && parse_disjunction(&c) && !at_end(&c))
    fail(&c, "Unmatched ')'");
  if (c.unknown_reference) fail(&c, "Invalid named capture referenced");
  for (size_t i = 0; i < c.closed_count; i++) free(c.closed_names[i]);
  free(c.closed_names);
  free(c.closed_lengths);
  for (size_t i = 0; i < c.name_count; i++) free(c.names[i]);
  free(c.names);
  free(c.name_lengths);
  free(c.text);
  return c.error;
}
