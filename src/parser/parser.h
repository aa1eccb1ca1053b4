/* The parser's public API: source text in, an AST (parser/ast.h) or a ParseError out.
 * Recursive descent over the whole ECMAScript grammar with its early errors; recursion is
 * bounded by max_depth so deep nesting gives a RangeError, never a C stack overflow. */
#ifndef PETREL_PARSER_PARSER_H
#define PETREL_PARSER_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "parser/ast.h"
#include "parser/parse_error.h"

typedef struct ParseOptions {
  bool is_module;      /* Module goal (strict, import/export, top-level await, no HTML comments) */
  bool strict;         /* start in strict mode (e.g. direct eval from strict code) */
  bool function_body;  /* script parsed as the body of a plain function, as node wraps a
                          CommonJS module: `return` and `new.target` are allowed at the top */
  unsigned max_depth;  /* nesting limit; 0 picks PARSE_DEFAULT_MAX_DEPTH */
  unsigned eval_flags; /* direct eval code: what its caller's context allows (PARSE_EVAL_*) */
} ParseOptions;

/* 19.2.1.1 PerformEval steps 5-8: what direct eval code may contain, from where it is called. */
enum {
  PARSE_EVAL_NEW_TARGET = 1u << 1,     /* in a (non-arrow) function: new.target */
  PARSE_EVAL_SUPER_PROPERTY = 1u << 2, /* in a method: super.x */
  PARSE_EVAL_SUPER_CALL = 1u << 3,     /* in a derived constructor: super() */
  PARSE_EVAL_CLASS_FIELD = 1u << 4     /* in a field initializer: no `arguments` */
};

/* Nesting levels (statements, expressions, patterns) before "Maximum call stack size exceeded";
 * sized so the deepest parse fits the smallest C stack of the four builds with room left. */
enum { PARSE_DEFAULT_MAX_DEPTH = 1000 };

/* Parses source[0..length) (UTF-8). Returns the PROGRAM node, allocated in arena, or NULL
 * with *error set (then error->line/column are filled in). */
Node *parse_program(const char *source, size_t length, const ParseOptions *options,
                    Arena *arena, ParseError *error);

#endif
