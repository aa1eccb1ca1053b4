/* The lexer (ECMAScript 12 Lexical Grammar, and Annex B.1 for legacy octal and HTML-like
 * comments). Invariant: lexer->position only moves forward while scanning a token, and the
 * token's start/end always delimit its exact source text; rescans restart at token.start. */
#include "parser/lexer.h"

#include <string.h>

#include "unicode/unicode_id.h"

static const char *const token_texts[] = {
#define TOKEN(name, text) text,
#define PUNCT(name, text) text,
#define KEYWORD(name, text) text,
#include "parser/token.def"
};

static const struct { const char *text; bool strict_reserved; } word_table[] = {
#define WORD(name, text, strict_reserved) {text, strict_reserved},
#include "parser/token.def"
};

const char *lex_token_text(TokenType type) { return type < TOK_COUNT ? token_texts[type] : "?"; }
const char *lex_word_text(Word word) { return word < WORD_COUNT ? word_table[word].text : ""; }
bool lex_word_is_strict_reserved(Word word) { return word < WORD_COUNT && word_table[word].strict_reserved; }

TokenType lex_keyword(const char *name, size_t length) {
  if (length < 2 || length > 10 || name[0] < 'b' || name[0] > 'w') return TOK_EOF;
  for (int type = TOK_BREAK; type <= TOK_WITH; type++) {
    const char *text = token_texts[type];
    if (strlen(text) == length && memcmp(text, name, length) == 0) return (TokenType)type;
  }
  return TOK_EOF;
}

Word lex_word(const char *name, size_t length) {
  if (length < 2 || length > 11) return WORD_NONE;
  for (int word = 1; word < WORD_COUNT; word++) {
    const char *text = word_table[word].text;
    if (text[0] == name[0] && strlen(text) == length && memcmp(text, name, length) == 0)
      return (Word)word;
  }
  return WORD_NONE;
}

/* --- reading code points ----------------------------------------------------------- */

uint32_t lex_decode(const Lexer *lexer, uint32_t offset, uint32_t *size) {
  const unsigned char *s = lexer->source + offset;
  uint32_t left = lexer->length - offset;
  unsigned char c = s[0];
  if (c < 0x80) { *size = 1; return c; }
  uint32_t need, cp, min;
  if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
  else { *size = 1; return 0xFFFD; }
  if (left <= need) { *size = 1; return 0xFFFD; }
  for (uint32_t i = 1; i <= need; i++) {
    if ((s[i] & 0xC0) != 0x80) { *size = 1; return 0xFFFD; }
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { *size = 1; return 0xFFFD; }
  *size = need + 1;
  return cp;
}

/* Whether a byte starts a UTF-16 surrogate pair when decoded (4-byte UTF-8 sequence). */
static uint32_t utf16_units_of_lead(unsigned char c) { return c >= 0xF0 ? 2 : 1; }

void lex_position(Lexer *lexer, uint32_t offset, uint32_t *line, uint32_t *column) {
  /* Lines are counted while scanning; offsets of the current line use the column cache. */
  if (offset < lexer->line_start) {
    /* An earlier line (an error reported late): count from the start. */
    uint32_t l = 1, start = 0;
    for (uint32_t i = 0; i < offset; ) {
      uint32_t size;
      uint32_t c = lex_decode(lexer, i, &size);
      if (c == '\n' || c == 0x2028 || c == 0x2029 || (c == '\r' && !(i + 1 < lexer->length && lexer->source[i + 1] == '\n'))) {
        l++;
        start = i + size;
      }
      i += size;
    }
    uint32_t units = 0;
    for (uint32_t i = start; i < offset; i++)
      if ((lexer->source[i] & 0xC0) != 0x80) units += utf16_units_of_lead(lexer->source[i]);
    *line = l;
    *column = units;
    return;
  }
  if (lexer->column_offset < lexer->line_start || lexer->column_offset > offset) {
    lexer->column_offset = lexer->line_start;
    lexer->column_units = 0;
  }
  for (uint32_t i = lexer->column_offset; i < offset; i++)
    if ((lexer->source[i] & 0xC0) != 0x80) lexer->column_units += utf16_units_of_lead(lexer->source[i]);
  lexer->column_offset = offset;
  *line = lexer->line;
  *column = lexer->column_units;
}

void lex_init(Lexer *lexer, const char *source, size_t length, bool is_module, Arena *arena,
              ParseError *error) {
  memset(lexer, 0, sizeof *lexer);
  lexer->source = (const unsigned char *)source;
  lexer->length = (uint32_t)length;
  lexer->line = 1;
  lexer->is_module = is_module;
  lexer->arena = arena;
  lexer->error = error;
  /* A byte order mark is white space (U+FEFF) and needs nothing special. */
}

static bool is_line_terminator(uint32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

/* WhiteSpace: TAB VT FF SP NBSP ZWNBSP and category Zs. */
static bool is_white_space(uint32_t c) {
  if (c == '\t' || c == 0x0B || c == 0x0C || c == ' ' || c == 0xA0 || c == 0xFEFF) return true;
  return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

static TokenType fail(Lexer *lexer, ParseMessage id, uint32_t start, uint32_t end) {
  parse_error_set(lexer->error, id, start, end, NULL, 0);
  lexer->token.type = TOK_ERROR;
  lexer->token.end = end;
  return TOK_ERROR;
}

/* Advances past a line terminator at position (CRLF counts once) and starts a new line. */
static void take_newline(Lexer *lexer, uint32_t size) {
  if (lexer->source[lexer->position] == '\r' && lexer->position + 1 < lexer->length &&
      lexer->source[lexer->position + 1] == '\n')
    size = 2;
  lexer->position += size;
  lexer->line++;
  lexer->line_start = lexer->position;
}

/* --- growable buffer in the arena, for decoded values --------------------------------- */

typedef struct Buffer {
  char *data;
  uint32_t length, capacity;
  Arena *arena;
  bool failed;
} Buffer;

static void buffer_reserve(Buffer *b, uint32_t extra) {
  if (b->length + extra <= b->capacity) return;
  uint32_t capacity = b->capacity ? b->capacity * 2 : 32;
  while (capacity < b->length + extra) capacity *= 2;
  char *data = arena_alloc(b->arena, capacity);
  if (data == NULL) { b->failed = true; b->length = 0; return; }
  if (b->length) memcpy(data, b->data, b->length);
  b->data = data;
  b->capacity = capacity;
}

static void buffer_bytes(Buffer *b, const void *bytes, uint32_t n) {
  if (n == 0) return;
  buffer_reserve(b, n);
  if (b->failed) return;
  memcpy(b->data + b->length, bytes, n);
  b->length += n;
}

/* Appends a code point as WTF-8 (UTF-8 that also encodes lone surrogates). A low surrogate
 * that follows a high one is joined with it into one supplementary code point. */
static void buffer_code_point(Buffer *b, uint32_t c) {
  unsigned char out[4];
  if (c >= 0xDC00 && c <= 0xDFFF && b->length >= 3) {
    unsigned char *p = (unsigned char *)b->data + b->length - 3;
    if (p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xAF) {
      uint32_t high = 0xD000 | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      b->length -= 3;
      c = 0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00);
    }
  }
  if (c < 0x80) { out[0] = (unsigned char)c; buffer_bytes(b, out, 1); }
  else if (c < 0x800) {
    out[0] = (unsigned char)(0xC0 | (c >> 6)); out[1] = (unsigned char)(0x80 | (c & 0x3F));
    buffer_bytes(b, out, 2);
  } else if (c < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (c >> 12)); out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (c & 0x3F));
    buffer_bytes(b, out, 3);
  } else {
    out[0] = (unsigned char)(0xF0 | (c >> 18)); out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (unsigned char)(0x80 | (c & 0x3F));
    buffer_bytes(b, out, 4);
  }
}

static int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}

/* Reads the part of a \u escape after the 'u' at *offset: XXXX or {X...}. Returns the code
 * point, or -1 with *message set (INVALID_UNICODE_ESCAPE or UNDEFINED_CODE_POINT). */
static int32_t read_unicode_escape(const Lexer *lexer, uint32_t *offset, ParseMessage *message) {
  const unsigned char *s = lexer->source;
  uint32_t i = *offset;
  *message = PARSE_MSG_INVALID_UNICODE_ESCAPE;
  if (i < lexer->length && s[i] == '{') {
    i++;
    uint32_t value = 0;
    uint32_t digits = 0;
    while (i < lexer->length && hex_value(s[i]) >= 0) {
      value = value * 16 + (uint32_t)hex_value(s[i]);
      if (value > 0x10FFFF) { *message = PARSE_MSG_UNDEFINED_CODE_POINT; return -1; }
      digits++;
      i++;
    }
    if (digits == 0 || i >= lexer->length || s[i] != '}') return -1;
    *offset = i + 1;
    return (int32_t)value;
  }
  if (i + 4 > lexer->length) return -1;
  int32_t value = 0;
  for (int k = 0; k < 4; k++) {
    int h = hex_value(s[i + (uint32_t)k]);
    if (h < 0) return -1;
    value = value * 16 + h;
  }
  *offset = i + 4;
  return value;
}

/* --- comments and white space --------------------------------------------------------- */

static void skip_line_comment(Lexer *lexer) {
  while (lexer->position < lexer->length) {
    uint32_t size;
    uint32_t c = lex_decode(lexer, lexer->position, &size);
    if (is_line_terminator(c)) return;
    lexer->position += size;
  }
}

/* Skips white space and comments; returns false on an unterminated comment. */
static bool skip_trivia(Lexer *lexer, bool *newline) {
  const unsigned char *s = lexer->source;
  for (;;) {
    if (lexer->position >= lexer->length) return true;
    unsigned char c = s[lexer->position];
    if (c == ' ' || c == '\t') { lexer->position++; continue; }
    if (c == '\n' || c == '\r') { take_newline(lexer, 1); *newline = true; continue; }
    if (c == '/' && lexer->position + 1 < lexer->length) {
      if (s[lexer->position + 1] == '/') { skip_line_comment(lexer); continue; }
      if (s[lexer->position + 1] == '*') {
        uint32_t start = lexer->position;
        lexer->position += 2;
        bool closed = false;
        while (lexer->position < lexer->length) {
          if (s[lexer->position] == '*' && lexer->position + 1 < lexer->length && s[lexer->position + 1] == '/') {
            lexer->position += 2;
            closed = true;
            break;
          }
          uint32_t size;
          uint32_t cp = lex_decode(lexer, lexer->position, &size);
          if (is_line_terminator(cp)) { take_newline(lexer, size); *newline = true; }
          else lexer->position += size;
        }
        if (!closed) {
          fail(lexer, PARSE_MSG_UNTERMINATED_COMMENT, start, lexer->length);
          return false;
        }
        continue;
      }
    }
    /* Annex B.1.1 HTML-like comments, scripts only: <!-- anywhere, --> first on a line.
     * In a module V8 rejects both rather than reading them as operators; so do we. */
    bool html_open = c == '<' && lexer->position + 3 < lexer->length && memcmp(s + lexer->position, "<!--", 4) == 0;
    bool html_close = c == '-' && (*newline || !lexer->seen_token) && lexer->position + 2 < lexer->length &&
                      memcmp(s + lexer->position, "-->", 3) == 0;
    if (html_open || html_close) {
      if (lexer->is_module) {
        fail(lexer, PARSE_MSG_HTML_COMMENT_IN_MODULE, lexer->position, lexer->position + (html_open ? 4 : 3));
        return false;
      }
      skip_line_comment(lexer);
      continue;
    }
    if (c >= 0x80 || c == 0x0B || c == 0x0C) {
      uint32_t size;
      uint32_t cp = lex_decode(lexer, lexer->position, &size);
      if (is_white_space(cp)) { lexer->position += size; continue; }
      if (cp == 0x2028 || cp == 0x2029) { take_newline(lexer, size); *newline = true; continue; }
    }
    return true;
  }
}

/* --- identifiers ------------------------------------------------------------------------ */

/* Scans IdentifierName from position (the first character already known to start one, or
 * a backslash). Private names pass start past the '#'. */
static TokenType scan_identifier(Lexer *lexer, TokenType type) {
  Token *t = &lexer->token;
  const unsigned char *s = lexer->source;
  uint32_t name_start = lexer->position;
  Buffer buffer = {.arena = lexer->arena};
  bool escaped = false;
  bool first = true;
  while (lexer->position < lexer->length) {
    uint32_t c = s[lexer->position], size = 1;
    if (c == '\\') {
      uint32_t escape_start = lexer->position;
      if (lexer->position + 1 >= lexer->length || s[lexer->position + 1] != 'u')
        return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, escape_start, escape_start + 1);
      if (!escaped) {
        escaped = true;
        buffer_bytes(&buffer, s + name_start, lexer->position - name_start);
      }
      uint32_t offset = lexer->position + 2;
      ParseMessage message;
      int32_t cp = read_unicode_escape(lexer, &offset, &message);
      if (cp < 0) return fail(lexer, message, escape_start, offset);
      if (first ? !unicode_is_id_start((uint32_t)cp) : !unicode_is_id_continue((uint32_t)cp))
        return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, escape_start, offset);
      buffer_code_point(&buffer, (uint32_t)cp);
      lexer->position = offset;
      first = false;
      continue;
    }
    if (c >= 0x80) c = lex_decode(lexer, lexer->position, &size);
    if (first ? !unicode_is_id_start(c) : !unicode_is_id_continue(c)) break;
    if (escaped) buffer_bytes(&buffer, s + lexer->position, size);
    lexer->position += size;
    first = false;
  }
  if (buffer.failed) return fail(lexer, PARSE_MSG_OUT_OF_MEMORY, t->start, lexer->position);
  t->end = lexer->position;
  t->escaped = escaped;
  if (escaped) {
    t->value = buffer.data;
    t->value_length = buffer.length;
  } else {
    t->value = (const char *)s + name_start;
    t->value_length = lexer->position - name_start;
  }
  t->type = type;
  if (type == TOK_PRIVATE_NAME) return type;
  TokenType keyword = lex_keyword(t->value, t->value_length);
  if (keyword != TOK_EOF) {
    if (!escaped) t->type = keyword;
    else t->keyword = keyword;
    return t->type;
  }
  t->word = lex_word(t->value, t->value_length);
  return t->type;
}

/* Whether an identifier (or an escape that may start one) begins at offset. */
static bool identifier_starts_at(const Lexer *lexer, uint32_t offset) {
  if (offset >= lexer->length) return false;
  uint32_t size;
  uint32_t c = lex_decode(lexer, offset, &size);
  return c == '\\' || unicode_is_id_start(c);
}

/* --- numbers ---------------------------------------------------------------------------- */

static bool is_digit_of(uint32_t c, int radix) {
  if (radix == 16) return hex_value(c) >= 0;
  return c >= '0' && c < (uint32_t)('0' + radix);
}

/* Scans digits of a radix with numeric separators ("1_000"); separators only between digits.
 * Returns the number of digits, or -1 after reporting an error. */
static int scan_digits(Lexer *lexer, int radix, bool allow_separators) {
  const unsigned char *s = lexer->source;
  int count = 0;
  bool last_separator = false;
  while (lexer->position < lexer->length) {
    unsigned char c = s[lexer->position];
    if (c == '_' && allow_separators) {
      if (count == 0 && !last_separator) break;
      if (last_separator) {
        fail(lexer, PARSE_MSG_CONTINUOUS_NUMERIC_SEPARATOR, lexer->position, lexer->position + 1);
        return -1;
      }
      last_separator = true;
      lexer->position++;
      continue;
    }
    if (!is_digit_of(c, radix)) break;
    last_separator = false;
    count++;
    lexer->position++;
  }
  if (last_separator) {
    fail(lexer, PARSE_MSG_TRAILING_NUMERIC_SEPARATOR, lexer->position - 1, lexer->position);
    return -1;
  }
  return count;
}

/* NumericLiteral (12.9.3) and Annex B.1.1 legacy forms. Only validates and classifies. */
static TokenType scan_number(Lexer *lexer) {
  Token *t = &lexer->token;
  const unsigned char *s = lexer->source;
  uint32_t start = lexer->position;
  t->type = TOK_NUMBER;
  bool can_be_bigint = true;
  unsigned char c = s[start];
  unsigned char next = start + 1 < lexer->length ? s[start + 1] : 0;
  unsigned char radix_letter = (unsigned char)(next | 0x20);
  if (c == '0' && (radix_letter == 'x' || radix_letter == 'o' || radix_letter == 'b')) {
    int radix = radix_letter == 'x' ? 16 : radix_letter == 'o' ? 8 : 2;
    lexer->position += 2;
    if (lexer->position < lexer->length && s[lexer->position] == '_')
      return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, lexer->position, lexer->position + 1);
    int digits = scan_digits(lexer, radix, true);
    if (digits < 0) return TOK_ERROR;
    if (digits == 0) return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, start, lexer->position);
  } else if (c == '0' && next >= '0' && next <= '9') {
    /* Legacy octal (017) or NonOctalDecimalIntegerLiteral (08, 019): sloppy mode only. */
    can_be_bigint = false;
    lexer->position++;
    bool octal = true;
    while (lexer->position < lexer->length && s[lexer->position] >= '0' && s[lexer->position] <= '9') {
      if (s[lexer->position] >= '8') octal = false;
      lexer->position++;
    }
    if (lexer->position < lexer->length && s[lexer->position] == '_')
      return fail(lexer, PARSE_MSG_ZERO_DIGIT_NUMERIC_SEPARATOR, lexer->position, lexer->position + 1);
    if (octal) {
      t->flags |= TOKEN_NUMBER_LEGACY_OCTAL;
    } else {
      t->flags |= TOKEN_NUMBER_LEADING_ZERO;
      goto fraction;
    }
  } else {
    if (c == '0' && next == '_')
      return fail(lexer, PARSE_MSG_ZERO_DIGIT_NUMERIC_SEPARATOR, start + 1, start + 2);
    if (c != '.') {
      if (scan_digits(lexer, 10, true) < 0) return TOK_ERROR;
    }
  fraction:
    if (lexer->position < lexer->length && s[lexer->position] == '.') {
      can_be_bigint = false;
      lexer->position++;
      if (lexer->position < lexer->length && s[lexer->position] == '_')
        return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, lexer->position, lexer->position + 1);
      if (scan_digits(lexer, 10, true) < 0) return TOK_ERROR;
    }
    if (lexer->position < lexer->length && (s[lexer->position] | 0x20) == 'e') {
      can_be_bigint = false;
      uint32_t exponent = lexer->position++;
      if (lexer->position < lexer->length && (s[lexer->position] == '+' || s[lexer->position] == '-'))
        lexer->position++;
      if (lexer->position < lexer->length && s[lexer->position] == '_')
        return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, lexer->position, lexer->position + 1);
      int digits = scan_digits(lexer, 10, true);
      if (digits < 0) return TOK_ERROR;
      if (digits == 0) return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, exponent, lexer->position);
    }
  }
  if (lexer->position < lexer->length && s[lexer->position] == 'n') {
    if (!can_be_bigint) {
      return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, start, lexer->position + 1);
    }
    lexer->position++;
    t->type = TOK_BIGINT;
  }
  /* 12.9.3: the source character after a NumericLiteral must not be an IdentifierStart or
   * DecimalDigit. */
  if (identifier_starts_at(lexer, lexer->position) ||
      (lexer->position < lexer->length && s[lexer->position] >= '0' && s[lexer->position] <= '9'))
    return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, lexer->position, lexer->position + 1);
  t->end = lexer->position;
  return t->type;
}

/* --- strings and templates ------------------------------------------------------------ */

/* Marks the template token cooked-undefined, remembering the first bad escape for the
 * error an untagged template gets. */
static bool template_escape_error(Lexer *lexer, ParseMessage id, uint32_t start) {
  Token *t = &lexer->token;
  if (!(t->flags & TOKEN_TEMPLATE_INVALID_ESCAPE)) {
    t->flags |= TOKEN_TEMPLATE_INVALID_ESCAPE;
    t->escape_error = id;
    t->escape_error_start = start;
    t->escape_error_end = lexer->position;
  }
  return true;
}

/* Reads one escape sequence after its backslash at lexer->position - 1 and appends its
 * cooked value. In a template, an invalid escape makes the cooked value undefined (flag)
 * instead of failing; the parser rejects it unless the template is tagged. Returns false on
 * a lexical error in a string. */
static bool scan_escape(Lexer *lexer, Buffer *buffer, bool in_template) {
  Token *t = &lexer->token;
  const unsigned char *s = lexer->source;
  uint32_t escape_start = lexer->position - 1;
  if (lexer->position >= lexer->length) return false;
  uint32_t size;
  uint32_t c = lex_decode(lexer, lexer->position, &size);
  if (is_line_terminator(c)) { take_newline(lexer, size); return true; } /* LineContinuation */
  lexer->position += size;
  switch (c) {
    case 'n': buffer_code_point(buffer, '\n'); return true;
    case 't': buffer_code_point(buffer, '\t'); return true;
    case 'r': buffer_code_point(buffer, '\r'); return true;
    case 'b': buffer_code_point(buffer, '\b'); return true;
    case 'f': buffer_code_point(buffer, '\f'); return true;
    case 'v': buffer_code_point(buffer, '\v'); return true;
    case 'x': {
      int high = lexer->position < lexer->length ? hex_value(s[lexer->position]) : -1;
      int low = lexer->position + 1 < lexer->length ? hex_value(s[lexer->position + 1]) : -1;
      if (high < 0 || low < 0) {
        if (in_template) return template_escape_error(lexer, PARSE_MSG_INVALID_HEX_ESCAPE, escape_start);
        fail(lexer, PARSE_MSG_INVALID_HEX_ESCAPE, escape_start, lexer->position);
        return false;
      }
      lexer->position += 2;
      buffer_code_point(buffer, (uint32_t)(high * 16 + low));
      return true;
    }
    case 'u': {
      uint32_t offset = lexer->position;
      ParseMessage message;
      int32_t cp = read_unicode_escape(lexer, &offset, &message);
      if (cp < 0) {
        if (in_template) return template_escape_error(lexer, message, escape_start);
        fail(lexer, message, escape_start, offset);
        return false;
      }
      lexer->position = offset;
      if (cp >= 0xD800 && cp <= 0xDFFF) t->flags |= TOKEN_STRING_LONE_SURROGATE;
      buffer_code_point(buffer, (uint32_t)cp);
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      bool next_is_digit = lexer->position < lexer->length && s[lexer->position] >= '0' && s[lexer->position] <= '9';
      if (c == '0' && !next_is_digit) { buffer_code_point(buffer, 0); return true; }
      if (in_template) return template_escape_error(lexer, PARSE_MSG_TEMPLATE_OCTAL_ESCAPE, escape_start);
      /* Annex B.1.2 LegacyOctalEscapeSequence: up to three digits, value at most 0377. */
      uint32_t value = c - '0';
      if (lexer->position < lexer->length && s[lexer->position] >= '0' && s[lexer->position] <= '7') {
        value = value * 8 + (s[lexer->position++] - '0');
        if (c <= '3' && lexer->position < lexer->length && s[lexer->position] >= '0' && s[lexer->position] <= '7')
          value = value * 8 + (s[lexer->position++] - '0');
      }
      t->flags |= TOKEN_STRING_OCTAL_ESCAPE;
      buffer_code_point(buffer, value);
      return true;
    }
    case '8': case '9':
      if (in_template) return template_escape_error(lexer, PARSE_MSG_TEMPLATE_8_OR_9_ESCAPE, escape_start);
      t->flags |= TOKEN_STRING_8_OR_9_ESCAPE;
      buffer_code_point(buffer, c);
      return true;
    default:
      buffer_code_point(buffer, c);
      return true;
  }
}

static TokenType scan_string(Lexer *lexer) {
  Token *t = &lexer->token;
  const unsigned char *s = lexer->source;
  unsigned char quote = s[lexer->position++];
  uint32_t content_start = lexer->position;
  Buffer buffer = {.arena = lexer->arena};
  bool decoded = false;
  for (;;) {
    if (lexer->position >= lexer->length)
      return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, t->start, lexer->position);
    unsigned char c = s[lexer->position];
    if (c == quote) break;
    if (c == '\\') {
      if (!decoded) {
        decoded = true;
        buffer_bytes(&buffer, s + content_start, lexer->position - content_start);
      }
      lexer->position++;
      if (!scan_escape(lexer, &buffer, false)) {
        if (t->type != TOK_ERROR) fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, t->start, lexer->position);
        return TOK_ERROR;
      }
      continue;
    }
    if (c == '\n' || c == '\r')
      return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, t->start, lexer->position);
    uint32_t size = 1;
    uint32_t cp = c;
    if (c >= 0x80) cp = lex_decode(lexer, lexer->position, &size);
    if (decoded) buffer_bytes(&buffer, s + lexer->position, size);
    lexer->position += size;
    if (cp == 0x2028 || cp == 0x2029) { /* allowed in strings since ES2019, still a new line */
      lexer->line++;
      lexer->line_start = lexer->position;
    }
  }
  if (buffer.failed) return fail(lexer, PARSE_MSG_OUT_OF_MEMORY, t->start, lexer->position);
  if (decoded) {
    t->value = buffer.data ? buffer.data : "";
    t->value_length = buffer.length;
  } else {
    t->value = (const char *)s + content_start;
    t->value_length = lexer->position - content_start;
  }
  lexer->position++;
  t->end = lexer->position;
  t->type = TOK_STRING;
  return TOK_STRING;
}

/* Scans template characters from position (just after ` or }) up to ` or ${. */
static TokenType scan_template_part(Lexer *lexer, bool is_head) {
  Token *t = &lexer->token;
  const unsigned char *s = lexer->source;
  Buffer cooked = {.arena = lexer->arena};
  Buffer raw = {.arena = lexer->arena};
  for (;;) {
    if (lexer->position >= lexer->length)
      return fail(lexer, PARSE_MSG_UNTERMINATED_TEMPLATE, t->start, lexer->length);
    unsigned char c = s[lexer->position];
    if (c == '`') {
      lexer->position++;
      t->type = is_head ? TOK_TEMPLATE : TOK_TEMPLATE_TAIL;
      break;
    }
    if (c == '$' && lexer->position + 1 < lexer->length && s[lexer->position + 1] == '{') {
      lexer->position += 2;
      t->type = is_head ? TOK_TEMPLATE_HEAD : TOK_TEMPLATE_MIDDLE;
      break;
    }
    if (c == '\\') {
      uint32_t escape_start = lexer->position++;
      if (!scan_escape(lexer, &cooked, true)) return TOK_ERROR;
      /* Raw: the escape's source text with line terminators normalised. */
      for (uint32_t i = escape_start; i < lexer->position; i++) {
        if (s[i] == '\r') {
          buffer_bytes(&raw, "\n", 1);
          if (i + 1 < lexer->position && s[i + 1] == '\n') i++;
        } else {
          buffer_bytes(&raw, s + i, 1);
        }
      }
      continue;
    }
    if (c == '\r' || c == '\n') {
      /* 12.9.6: CR and CRLF are normalised to LF in both cooked and raw values. */
      take_newline(lexer, 1);
      buffer_bytes(&cooked, "\n", 1);
      buffer_bytes(&raw, "\n", 1);
      continue;
    }
    uint32_t size = 1;
    uint32_t cp = c;
    if (c >= 0x80) cp = lex_decode(lexer, lexer->position, &size);
    buffer_bytes(&cooked, s + lexer->position, size);
    buffer_bytes(&raw, s + lexer->position, size);
    lexer->position += size;
    if (cp == 0x2028 || cp == 0x2029) {
      lexer->line++;
      lexer->line_start = lexer->position;
    }
  }
  if (cooked.failed || raw.failed) return fail(lexer, PARSE_MSG_OUT_OF_MEMORY, t->start, lexer->position);
  t->end = lexer->position;
  t->raw = raw.data ? raw.data : "";
  t->raw_length = raw.length;
  if (t->flags & TOKEN_TEMPLATE_INVALID_ESCAPE) {
    t->value = NULL;
    t->value_length = 0;
  } else {
    t->value = cooked.data ? cooked.data : "";
    t->value_length = cooked.length;
  }
  return t->type;
}

/* --- punctuators ------------------------------------------------------------------------ */

/* Longest-match punctuator at position, from the PUNCT list; TOK_EOF when none matches. */
static TokenType match_punctuator(Lexer *lexer) {
  const unsigned char *s = lexer->source + lexer->position;
  uint32_t left = lexer->length - lexer->position;
  TokenType best = TOK_EOF;
  size_t best_length = 0;
  for (int type = TOK_LBRACE; type <= TOK_ARROW; type++) {
    const char *text = token_texts[type];
    size_t length = strlen(text);
    if (length > best_length && length <= left && memcmp(s, text, length) == 0) {
      best = (TokenType)type;
      best_length = length;
    }
  }
  /* "?." followed by a digit is "?" then a number: a ? .5 : b. */
  if (best == TOK_QUESTION_DOT && left > 2 && s[2] >= '0' && s[2] <= '9') {
    best = TOK_QUESTION;
    best_length = 1;
  }
  lexer->position += (uint32_t)best_length;
  return best;
}

/* --- the entry points ------------------------------------------------------------------- */

static void begin_token(Lexer *lexer, bool newline) {
  Token *t = &lexer->token;
  memset(t, 0, sizeof *t);
  t->keyword = TOK_EOF;
  t->newline_before = newline;
  t->start = lexer->position;
  lex_position(lexer, lexer->position, &t->line, &t->column);
}

TokenType lex_next(Lexer *lexer) {
  bool newline = false;
  const unsigned char *s = lexer->source;
  if (!lexer->seen_token && lexer->length >= 2 && s[0] == '#' && s[1] == '!' && lexer->position == 0)
    skip_line_comment(lexer); /* Hashbang comment, only at the very start. */
  if (!skip_trivia(lexer, &newline)) return TOK_ERROR;
  lexer->seen_token = true;
  begin_token(lexer, newline);
  Token *t = &lexer->token;
  if (lexer->position >= lexer->length) {
    t->type = TOK_EOF;
    t->end = lexer->position;
    return TOK_EOF;
  }
  unsigned char c = s[lexer->position];
  if (c >= '0' && c <= '9') return scan_number(lexer);
  if (c == '.' && lexer->position + 1 < lexer->length && s[lexer->position + 1] >= '0' && s[lexer->position + 1] <= '9')
    return scan_number(lexer);
  if (c == '"' || c == '\'') return scan_string(lexer);
  if (c == '`') {
    lexer->position++;
    return scan_template_part(lexer, true);
  }
  if (c == '#') {
    if (identifier_starts_at(lexer, lexer->position + 1)) {
      lexer->position++;
      return scan_identifier(lexer, TOK_PRIVATE_NAME);
    }
    return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, lexer->position, lexer->position + 1);
  }
  if (identifier_starts_at(lexer, lexer->position)) return scan_identifier(lexer, TOK_IDENT);
  TokenType type = match_punctuator(lexer);
  if (type == TOK_EOF) {
    uint32_t size;
    lex_decode(lexer, lexer->position, &size);
    return fail(lexer, PARSE_MSG_INVALID_OR_UNEXPECTED_TOKEN, lexer->position, lexer->position + size);
  }
  t->type = type;
  t->end = lexer->position;
  return type;
}

TokenType lex_rescan_regexp(Lexer *lexer) {
  Token *t = &lexer->token;
  lexer->position = t->start + 1;
  bool in_class = false;
  for (;;) {
    if (lexer->position >= lexer->length)
      return fail(lexer, PARSE_MSG_UNTERMINATED_REGEXP, t->start, lexer->position);
    uint32_t size;
    uint32_t c = lex_decode(lexer, lexer->position, &size);
    if (is_line_terminator(c)) return fail(lexer, PARSE_MSG_UNTERMINATED_REGEXP, t->start, lexer->position);
    lexer->position += size;
    if (c == '\\') {
      if (lexer->position >= lexer->length) continue;
      uint32_t next = lex_decode(lexer, lexer->position, &size);
      if (is_line_terminator(next)) return fail(lexer, PARSE_MSG_UNTERMINATED_REGEXP, t->start, lexer->position);
      lexer->position += size;
    } else if (c == '[') {
      in_class = true;
    } else if (c == ']') {
      in_class = false;
    } else if (c == '/' && !in_class) {
      break;
    }
  }
  t->regexp_body_end = lexer->position - 1;
  /* Flags: IdentifierPartChar*, each one of dgimsuyv at most once, not both u and v. */
  uint32_t flags_start = lexer->position;
  unsigned seen = 0;
  while (lexer->position < lexer->length) {
    uint32_t size;
    uint32_t c = lex_decode(lexer, lexer->position, &size);
    if (c == '\\') return fail(lexer, PARSE_MSG_INVALID_REGEXP_FLAGS, lexer->position, lexer->position + 1);
    if (!unicode_is_id_continue(c)) break;
    lexer->position += size;
    const char *known = "dgimsuyv";
    const char *where = c < 0x80 ? strchr(known, (int)c) : NULL;
    unsigned bit = where ? 1u << (where - known) : 0;
    if (bit == 0 || (seen & bit)) seen |= 0x100;
    seen |= bit;
  }
  if ((seen & 0x100) || ((seen & (1u << 5)) && (seen & (1u << 7))))
    return fail(lexer, PARSE_MSG_INVALID_REGEXP_FLAGS, flags_start, lexer->position);
  t->type = TOK_REGEXP;
  t->end = lexer->position;
  return TOK_REGEXP;
}

TokenType lex_rescan_template(Lexer *lexer) {
  Token *t = &lexer->token;
  lexer->position = t->start + 1;
  t->flags = 0;
  return scan_template_part(lexer, false);
}
