/* The lexer on its own: token kinds and slices, positions across every line terminator and
 * astral characters, each literal kind and its errors, template raw/cooked values, regexp
 * rescans and flags, HTML-like comments and hashbangs. */
#include <stdio.h>
#include <string.h>

#include "parser/lexer.h"
#include "unit.h"

typedef struct Lexed {
  Arena *arena;
  ParseError error;
  Lexer lexer;
} Lexed;

static void start(Lexed *l, const char *source, bool module) {
  l->arena = arena_new(0);
  memset(&l->error, 0, sizeof l->error);
  lex_init(&l->lexer, source, strlen(source), module, l->arena, &l->error);
}

/* All tokens' source slices separated by spaces, or "ERROR: message" at the first error. */
static const char *slices(const char *source, bool module) {
  static char out[1024];
  Lexed l;
  start(&l, source, module);
  size_t n = 0;
  out[0] = '\0';
  for (;;) {
    TokenType type = lex_next(&l.lexer);
    if (type == TOK_EOF) break;
    if (type == TOK_ERROR) {
      snprintf(out, sizeof out, "ERROR: %s", l.error.message);
      break;
    }
    const Token *t = &l.lexer.token;
    n += (size_t)snprintf(out + n, sizeof out - n, "%s%.*s", n ? " " : "", (int)(t->end - t->start), source + t->start);
  }
  arena_free(l.arena);
  return out;
}

/* The first token of source, kept in a static lexer until the next call. */
static Lexed first_lexed;
static const Token *first_token(const char *source) {
  if (first_lexed.arena) arena_free(first_lexed.arena);
  start(&first_lexed, source, false);
  lex_next(&first_lexed.lexer);
  return &first_lexed.lexer.token;
}

static void punctuators(int argc, char **argv) {
  CHECK_STR(slices("a?.b ?? c ?\?= d **= e >>>= f", false), "a ?. b ?? c ?\?= d **= e >>>= f");
  CHECK_STR(slices("a?.5:1", false), "a ? .5 : 1");
  CHECK_STR(slices("x=>{...y}", false), "x => { ... y }");
  CHECK_STR(slices("a&&=b||=c", false), "a &&= b ||= c");
  CHECK_STR(slices("#priv in o", false), "#priv in o");
  CHECK_INT(first_token("#x")->type, TOK_PRIVATE_NAME);
  CHECK_STR(slices("# x", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("@", false), "ERROR: Invalid or unexpected token");
}

static void keywords_and_words(int argc, char **argv) {
  CHECK_INT(first_token("if")->type, TOK_IF);
  CHECK_INT(first_token("let")->type, TOK_IDENT);
  CHECK_INT(first_token("let")->word, WORD_LET);
  const Token *t = first_token("\\u0069f");
  CHECK_INT(t->type, TOK_IDENT);
  CHECK_INT(t->keyword, TOK_IF);
  CHECK(t->escaped);
  CHECK_INT(t->value_length, 2);
  CHECK(memcmp(t->value, "if", 2) == 0);
  t = first_token("\\u{61}sync");
  CHECK_INT(t->word, WORD_ASYNC);
  CHECK(t->escaped);
  CHECK_STR(slices("a\\u0020", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("\\u00", false), "ERROR: Invalid Unicode escape sequence");
  CHECK_STR(slices("\\u{110000}", false), "ERROR: Undefined Unicode code-point");
  t = first_token("\xe2\x84\x98x\xe2\x80\x8c"); /* U+2118 (Other_ID_Start), x, ZWNJ */
  CHECK_INT(t->type, TOK_IDENT);
  CHECK_INT(t->end, 7);
}

static void numbers(int argc, char **argv) {
  CHECK_STR(slices("0 1.5 .5 5. 1e10 1E-5 0x1F 0o17 0b101 1_000_000 0.000_1 1e1_0", false),
            "0 1.5 .5 5. 1e10 1E-5 0x1F 0o17 0b101 1_000_000 0.000_1 1e1_0");
  CHECK_INT(first_token("10n")->type, TOK_BIGINT);
  CHECK_INT(first_token("0x1fn")->type, TOK_BIGINT);
  CHECK_INT(first_token("017")->flags, TOKEN_NUMBER_LEGACY_OCTAL);
  CHECK_INT(first_token("08")->flags, TOKEN_NUMBER_LEADING_ZERO);
  CHECK_INT(first_token("09.5")->end, 4);
  CHECK_STR(slices("1_", false), "ERROR: Numeric separators are not allowed at the end of numeric literals");
  CHECK_STR(slices("1__0", false), "ERROR: Only one underscore is allowed as numeric separator");
  CHECK_STR(slices("0_1", false), "ERROR: Numeric separator can not be used after leading 0.");
  CHECK_STR(slices("08_1", false), "ERROR: Numeric separator can not be used after leading 0.");
  CHECK_STR(slices("0x", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("1e", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("1.5n", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("017n", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("3in x", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("0b12", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("1..toString", false), "1. . toString");
}

static void strings(int argc, char **argv) {
  const Token *t = first_token("'a\\n\\x41\\u0042\\u{1F600}\\\r\nz'");
  CHECK_INT(t->type, TOK_STRING);
  CHECK_INT(t->value_length, 1 + 1 + 1 + 1 + 4 + 1);
  CHECK(memcmp(t->value, "a\nAB\xf0\x9f\x98\x80z", t->value_length) == 0);
  t = first_token("'\\ud83d\\ude00'"); /* a surrogate pair written as two escapes joins */
  CHECK_INT(t->value_length, 4);
  CHECK(memcmp(t->value, "\xf0\x9f\x98\x80", 4) == 0);
  t = first_token("'\\ud83d'");
  CHECK(t->flags & TOKEN_STRING_LONE_SURROGATE);
  CHECK_INT(first_token("'\\101'")->flags, TOKEN_STRING_OCTAL_ESCAPE);
  CHECK_INT(first_token("'\\0'")->flags, 0);
  CHECK_INT(first_token("'\\08'")->flags, TOKEN_STRING_OCTAL_ESCAPE);
  CHECK_INT(first_token("'\\8'")->flags, TOKEN_STRING_8_OR_9_ESCAPE);
  CHECK_INT(first_token("'a\xe2\x80\xa8" "b'")->type, TOK_STRING); /* LS allowed */
  CHECK_STR(slices("'abc", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("'a\nb'", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("'\\x4'", false), "ERROR: Invalid hexadecimal escape sequence");
  CHECK_STR(slices("'\\u{110000}'", false), "ERROR: Undefined Unicode code-point");
}

static void templates(int argc, char **argv) {
  const Token *t = first_token("`a\\tb\r\nc`");
  CHECK_INT(t->type, TOK_TEMPLATE);
  CHECK_INT(t->value_length, 5);
  CHECK(memcmp(t->value, "a\tb\nc", 5) == 0);
  CHECK_INT(t->raw_length, 6);
  CHECK(memcmp(t->raw, "a\\tb\nc", 6) == 0);
  t = first_token("`\\unicode`");
  CHECK(t->value == NULL);
  CHECK(t->flags & TOKEN_TEMPLATE_INVALID_ESCAPE);
  CHECK_INT(t->escape_error, PARSE_MSG_INVALID_UNICODE_ESCAPE);
  CHECK_INT(t->raw_length, 8);
  CHECK_INT(first_token("`\\01`")->escape_error, PARSE_MSG_TEMPLATE_OCTAL_ESCAPE);
  CHECK_INT(first_token("`a${")->type, TOK_TEMPLATE_HEAD);
  CHECK_STR(slices("`abc", false), "ERROR: Unterminated template literal");
  /* The parser rescans '}' as the template's continuation. */
  Lexed l;
  start(&l, "`a${x}b${y}c`", false);
  CHECK_INT(lex_next(&l.lexer), TOK_TEMPLATE_HEAD);
  CHECK_INT(lex_next(&l.lexer), TOK_IDENT);
  CHECK_INT(lex_next(&l.lexer), TOK_RBRACE);
  CHECK_INT(lex_rescan_template(&l.lexer), TOK_TEMPLATE_MIDDLE);
  CHECK_INT(l.lexer.token.value_length, 1);
  CHECK_INT(lex_next(&l.lexer), TOK_IDENT);
  CHECK_INT(lex_next(&l.lexer), TOK_RBRACE);
  CHECK_INT(lex_rescan_template(&l.lexer), TOK_TEMPLATE_TAIL);
  CHECK_INT(lex_next(&l.lexer), TOK_EOF);
  arena_free(l.arena);
}

static void regexps(int argc, char **argv) {
  Lexed l;
  start(&l, "/[/]\\//gimsuyd.x", false);
  CHECK_INT(lex_next(&l.lexer), TOK_SLASH);
  CHECK_INT(lex_rescan_regexp(&l.lexer), TOK_REGEXP);
  CHECK_INT(l.lexer.token.regexp_body_end, 6);
  CHECK_INT(l.lexer.token.end, 14);
  CHECK_INT(lex_next(&l.lexer), TOK_DOT);
  arena_free(l.arena);
  const char *bad[] = {"/a/gg", "/a/uv", "/a/x", "/a\n/", "/a", "/[/"};
  const char *messages[] = {"Invalid regular expression flags", "Invalid regular expression flags",
                            "Invalid regular expression flags", "Invalid regular expression: missing /",
                            "Invalid regular expression: missing /", "Invalid regular expression: missing /"};
  for (int i = 0; i < 6; i++) {
    start(&l, bad[i], false);
    lex_next(&l.lexer);
    CHECK_INT(lex_rescan_regexp(&l.lexer), TOK_ERROR);
    CHECK_STR(l.error.message, messages[i]);
    arena_free(l.arena);
  }
  start(&l, "/=a/v", false);
  CHECK_INT(lex_next(&l.lexer), TOK_SLASH_ASSIGN);
  CHECK_INT(lex_rescan_regexp(&l.lexer), TOK_REGEXP);
  arena_free(l.arena);
}

static void comments(int argc, char **argv) {
  CHECK_STR(slices("#!/usr/bin/env node\na", false), "a");
  CHECK_STR(slices(" #!x", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("a /* b \n */ c // d\ne", false), "a c e");
  CHECK_STR(slices("a <!-- b\nc", false), "a c");
  CHECK_STR(slices("a\n--> b\nc", false), "a c");
  CHECK_STR(slices("a --> b", false), "a -- > b");
  CHECK_STR(slices("a /* x */ --> b\nc", false), "a -- > b c");
  CHECK_STR(slices("a /*\n*/ --> b\nc", false), "a c");
  CHECK_STR(slices("a <!-- b", true), "ERROR: HTML comments are not allowed in modules");
  CHECK_STR(slices("a\n--> b", true), "ERROR: HTML comments are not allowed in modules");
  CHECK_STR(slices("a-->b", true), "a -- > b");
  CHECK_STR(slices("/* a", false), "ERROR: Invalid or unexpected token");
  CHECK_STR(slices("a\xc2\xa0\xe3\x80\x80\xef\xbb\xbf" "b", false), "a b"); /* NBSP, ideographic space, BOM */
}

static void positions(int argc, char **argv) {
  /* LF, CR, CRLF, LS, PS each end a line; CRLF counts once. Columns are UTF-16 units. */
  const char *source = "a\nb\rc\r\nd\xe2\x80\xa8" "e\xe2\x80\xa9" "f /*\r\n*/ g";
  Lexed l;
  start(&l, source, false);
  uint32_t expected[][2] = {{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}, {7, 3}};
  for (int i = 0; i < 7; i++) {
    CHECK_INT(lex_next(&l.lexer), TOK_IDENT);
    CHECK_INT(l.lexer.token.line, expected[i][0]);
    CHECK_INT(l.lexer.token.column, expected[i][1]);
    CHECK(l.lexer.token.newline_before == (i > 0));
  }
  arena_free(l.arena);
  /* An astral character is two UTF-16 units; a BMP one is one. */
  start(&l, "'\xf0\x9f\x98\x80' \xc3\xa9 x", false);
  lex_next(&l.lexer);
  lex_next(&l.lexer);
  CHECK_INT(l.lexer.token.column, 5);
  lex_next(&l.lexer);
  CHECK_INT(l.lexer.token.column, 7);
  CHECK(!l.lexer.token.newline_before);
  arena_free(l.arena);
  /* A template spanning lines moves the line count. */
  start(&l, "`a\nb` c", false);
  lex_next(&l.lexer);
  lex_next(&l.lexer);
  CHECK_INT(l.lexer.token.line, 2);
  CHECK_INT(l.lexer.token.column, 3);
  arena_free(l.arena);
}

static void cleanup(int argc, char **argv) {
  arena_free(first_lexed.arena);
  first_lexed.arena = NULL;
  CHECK_INT(lex_word("constructor", 11), WORD_CONSTRUCTOR);
  CHECK_INT(lex_keyword("instanceof", 10), TOK_INSTANCEOF);
  CHECK_INT(lex_keyword("let", 3), TOK_EOF);
  CHECK_STR(lex_token_text(TOK_NULLISH_ASSIGN), "?\?=");
  CHECK(lex_word_is_strict_reserved(WORD_IMPLEMENTS) && !lex_word_is_strict_reserved(WORD_ASYNC));
}

static const UnitCase cases[] = {
  {"punctuators, longest match, ?. before a digit", punctuators},
  {"keywords, contextual words, escapes in identifiers", keywords_and_words},
  {"numeric literals and their errors", numbers},
  {"string literals: escapes, WTF-8 values, legacy octal flags", strings},
  {"templates: cooked, raw, invalid escapes, continuation", templates},
  {"regular expression rescans and flags", regexps},
  {"comments, HTML-like comments, hashbang, white space", comments},
  {"line and column across terminators and astral characters", positions},
  {"tables", cleanup},
};
UNIT_MAIN(cases)
