/* The parser's error record and its formatter. The first error wins: the lexer and parser
 * set it once and every caller then unwinds by return value (no longjmp). The formatter
 * prints it the way node does — "file:line", the source line, a caret under the token, a
 * blank line, then "SyntaxError: message" — except that the first line also carries the
 * column: "file:line:col". */
#ifndef PETREL_PARSER_PARSE_ERROR_H
#define PETREL_PARSER_PARSE_ERROR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ParseMessage {
#define MESSAGE(id, text) PARSE_MSG_##id,
#include "parser/messages.def"
  PARSE_MSG_COUNT
} ParseMessage;

typedef enum ParseErrorType {
  PARSE_SYNTAX_ERROR, /* every grammar and early error */
  PARSE_RANGE_ERROR,  /* nesting too deep for the parser's bounded recursion */
} ParseErrorType;

typedef struct ParseError {
  bool is_set;
  ParseErrorType type;
  ParseMessage id;
  char message[320];
  uint32_t start, end;    /* byte offsets of the offending source span */
  uint32_t line, column;  /* of start: line from 1, column from 0 in UTF-16 units */
} ParseError;

/* Records an error unless one is already set (the first error is the one reported). The
 * argument fills the message's %s (NULL if it has none); line/column are filled in later
 * from start by the parser (parse_error_locate). Returns false so callers can
 * `return parse_error_set(...)`. */
bool parse_error_set(ParseError *error, ParseMessage id, uint32_t start, uint32_t end,
                     const char *argument, size_t argument_length);

/* "SyntaxError" or "RangeError". */
const char *parse_error_type_name(ParseErrorType type);

/* Formats the error node's way into buffer (always NUL-terminated when size > 0); returns
 * the length the full text needs, as snprintf does. */
size_t parse_error_format(const ParseError *error, const char *file_name, const char *source,
                          size_t source_length, char *buffer, size_t size);

/* Prints the formatted error through base/out.h to a standard stream (1 or 2). */
int parse_error_print(int fd, const ParseError *error, const char *file_name,
                      const char *source, size_t source_length);

#endif
