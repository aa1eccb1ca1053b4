/* The RegExp pattern syntax checker (ECMA-262 22.2.1 Patterns, its early errors, and Annex
 * B.1.2's extended grammar for patterns without u or v): the parser runs it on every regular
 * expression literal so a bad pattern is a SyntaxError at parse time, as in V8. It takes the
 * pattern as UTF-8 bytes and the flags, and knows nothing of the engine, so the RegExp
 * compiler (src/regexp/) can share it. Messages are V8's. */
#ifndef PETREL_PARSER_REGEXP_SYNTAX_H
#define PETREL_PARSER_REGEXP_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>

enum {
  REGEXP_FLAG_UNICODE = 1,      /* u */
  REGEXP_FLAG_UNICODE_SETS = 2, /* v */
};

/* Checks pattern[0..length) under the flags; returns NULL when valid, else V8's reason
 * ("Unterminated group", "Nothing to repeat", ...). May return "Out of memory". */
const char *regexp_check_syntax(const char *pattern, size_t length, unsigned flags);

#endif
