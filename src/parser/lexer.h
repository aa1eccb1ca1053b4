/* The lexer: ECMAScript's lexical grammar (ECMAScript 12) over a UTF-8 source, one token at
 * a time on demand. The parser drives it and tells it the goal symbol where the grammar is
 * ambiguous: a '/' that starts a regular expression (lex_rescan_regexp) and a '}' that
 * continues a template (lex_rescan_template). Tokens carry their source slice; literal
 * values that need decoding (identifier names with escapes, string and template cooked
 * values) are decoded into the arena as WTF-8, so names compare with memcmp. Numeric values
 * are not converted here (base/numconv does that from the slice): the lexer validates and
 * classifies. Strict-mode-only errors in tokens (legacy octal) are flagged on the token and
 * reported by the parser, which alone knows when a directive made the code strict.
 *
 * Sources are UTF-8 only for now. Non-ASCII code points go through lex_decode, but ASCII
 * is matched on bytes directly for speed; eval/Function of a two-byte engine string will
 * either transcode to UTF-8 first (positions then map back through the column counter,
 * which already counts UTF-16 units) or get a second instantiation of the scanners. */
#ifndef PETREL_PARSER_LEXER_H
#define PETREL_PARSER_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "parser/parse_error.h"

typedef enum TokenType {
#define TOKEN(name, text) TOK_##name,
#define PUNCT(name, text) TOK_##name,
#define KEYWORD(name, text) TOK_##name,
#include "parser/token.def"
  TOK_COUNT
} TokenType;

/* Contextual words: identifiers the grammar gives a meaning by name. */
typedef enum Word {
#define WORD(name, text, strict_reserved) WORD_##name,
#include "parser/token.def"
  WORD_COUNT
} Word;

enum {
  TOKEN_NUMBER_LEGACY_OCTAL = 1,      /* 017: octal in sloppy mode only */
  TOKEN_NUMBER_LEADING_ZERO = 2,      /* 08, 09.5: NonOctalDecimalIntegerLiteral, sloppy only */
  TOKEN_STRING_OCTAL_ESCAPE = 4,      /* "\1", "\01": sloppy only */
  TOKEN_STRING_8_OR_9_ESCAPE = 8,     /* "\8", "\9": sloppy only */
  TOKEN_TEMPLATE_INVALID_ESCAPE = 16, /* cooked value is undefined (tagged templates only) */
  TOKEN_STRING_LONE_SURROGATE = 32,   /* value holds an unpaired surrogate */
};

typedef struct Token {
  TokenType type;
  Word word;              /* for TOK_IDENT: which contextual word, or WORD_NONE */
  TokenType keyword;      /* for TOK_IDENT spelled with escapes as a reserved word, else TOK_EOF */
  bool newline_before;    /* a line terminator came between the previous token and this one */
  bool escaped;           /* identifier or keyword written with \u escapes */
  uint8_t flags;          /* TOKEN_* bits above */
  uint32_t start, end;    /* byte offsets of the token in the source */
  uint32_t line, column;  /* of start: line from 1, column from 0 in UTF-16 units (as V8) */
  const char *value;      /* identifier name / string or template cooked value (WTF-8); NULL
                             for a template whose cooked value is undefined */
  uint32_t value_length;
  uint32_t regexp_body_end; /* for TOK_REGEXP: the offset of the closing '/' */
  ParseMessage escape_error; /* template with TOKEN_TEMPLATE_INVALID_ESCAPE: why, and where */
  uint32_t escape_error_start, escape_error_end;
  const char *raw;          /* for templates: raw value, CR and CRLF normalised to LF */
  uint32_t raw_length;
} Token;

/* Lexer state. Plain data: copying it is how the parser looks ahead and backs up. */
typedef struct Lexer {
  const unsigned char *source;
  uint32_t length;
  uint32_t position;
  uint32_t line, line_start;
  uint32_t column_offset, column_units; /* cache: UTF-16 column at column_offset */
  bool is_module;         /* HTML-like comments are scripts-only */
  bool seen_token;        /* a hashbang is only at the very start */
  Arena *arena;
  ParseError *error;
  Token token;            /* the current token */
} Lexer;

/* Prepares lexing of source[0..length) (UTF-8; invalid sequences read as U+FFFD). */
void lex_init(Lexer *lexer, const char *source, size_t length, bool is_module, Arena *arena,
              ParseError *error);

/* Scans the next token into lexer->token; TOK_ERROR (with *error set) on a lexical error. */
TokenType lex_next(Lexer *lexer);

/* Re-reads the current '/' or '/=' token as a regular expression literal. */
TokenType lex_rescan_regexp(Lexer *lexer);

/* Re-reads the current '}' token as the continuation of a template (middle or tail). */
TokenType lex_rescan_template(Lexer *lexer);

/* Decodes the code point at offset, storing its byte size; U+FFFD for invalid UTF-8. */
uint32_t lex_decode(const Lexer *lexer, uint32_t offset, uint32_t *size);

/* Line (from 1) and UTF-16 column (from 0) of a byte offset; offsets asked for are usually
 * increasing, which the cache makes linear overall. */
void lex_position(Lexer *lexer, uint32_t offset, uint32_t *line, uint32_t *column);

/* The spelling of a token kind ("{", "if", "identifier"). */
const char *lex_token_text(TokenType type);

/* Which contextual word name[0..length) is, or WORD_NONE. */
Word lex_word(const char *name, size_t length);

/* Which reserved word name[0..length) is, or TOK_EOF if none. */
TokenType lex_keyword(const char *name, size_t length);

/* Whether a contextual word is reserved in strict code (let, static, yield, implements...). */
bool lex_word_is_strict_reserved(Word word);

/* The text of a word ("let"). */
const char *lex_word_text(Word word);

#endif
