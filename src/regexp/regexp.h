/* Petrel's RegExp engine (ECMA-262 22.2): a compiler from a pattern to backtracking bytecode
 * and a matcher over Latin-1 or UTF-16 subjects. A separable library: plain buffers and
 * lengths in, plain integers out, no engine types, so it is tested alone and the runtime's
 * RegExp built-ins (lastIndex, exec, replace, ...) sit on top as leaf intrinsics.
 * The matcher never recurses in C; its backtrack stack lives on the heap, is bounded, and a
 * ReBudget lets the caller interrupt a runaway match (CPU-time limit, Ctrl-C). */
#ifndef PETREL_REGEXP_REGEXP_H
#define PETREL_REGEXP_REGEXP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flag bits, one per letter of RegExp.prototype.flags (22.2.6.4). */
enum {
  RE_FLAG_HAS_INDICES = 1 << 0, /* d */
  RE_FLAG_GLOBAL = 1 << 1,      /* g */
  RE_FLAG_IGNORE_CASE = 1 << 2, /* i */
  RE_FLAG_MULTILINE = 1 << 3,   /* m */
  RE_FLAG_DOT_ALL = 1 << 4,     /* s */
  RE_FLAG_UNICODE = 1 << 5,     /* u */
  RE_FLAG_UNICODE_SETS = 1 << 6, /* v */
  RE_FLAG_STICKY = 1 << 7,      /* y */
};

/* What re_compile and re_exec return. */
typedef enum ReStatus {
  RE_OK = 0,             /* re_compile: compiled */
  RE_MATCH = 1,          /* re_exec: captures filled in */
  RE_NO_MATCH = 2,       /* re_exec: no match from start_index on */
  RE_SYNTAX_ERROR = -1,  /* re_compile: see ReError */
  RE_INTERRUPTED = -2,   /* re_exec: the budget said stop */
  RE_OUT_OF_MEMORY = -3, /* either: malloc failed or the backtrack stack passed its bound */
} ReStatus;

/* Why a pattern did not compile: V8's reason ("Unterminated group", ...), a static string.
 * re_error_message builds the whole SyntaxError message from it. */
typedef struct ReError {
  const char *reason;
} ReError;

/* Limits one re_exec call. Every RE_BUDGET_POLL_INTERVAL steps the matcher adds to `steps`,
 * stops when `step_limit` (0 = none) is passed, when *interrupt is nonzero, or when poll()
 * returns true; `max_stack_bytes` (0 = default 64 MiB) bounds the backtrack stack. */
typedef struct ReBudget {
  uint64_t steps;
  uint64_t step_limit;
  volatile const int *interrupt;
  bool (*poll)(void *data);
  void *poll_data;
  size_t max_stack_bytes;
} ReBudget;

enum { RE_BUDGET_POLL_INTERVAL = 4096 };

typedef struct ReProgram ReProgram;

/* Compiles pattern[0..length) (UTF-16) under flags; on RE_OK *out owns a program for re_free. */
int re_compile(const uint16_t *pattern, size_t length, uint32_t flags, ReProgram **out, ReError *error);

/* Releases a compiled program. */
void re_free(ReProgram *program);

/* The number of capturing groups, not counting the whole match (captures need 2*(n+1) slots). */
uint32_t re_capture_count(const ReProgram *program);

/* The flags the program was compiled with (the runtime's flags getters read them). */
uint32_t re_flags(const ReProgram *program);

/* How many named groups the pattern has; they are numbered 0.. in source order. */
uint32_t re_named_group_count(const ReProgram *program);

/* Named group i: its name as UTF-16 (for the groups object) and its capture index. */
const uint16_t *re_named_group(const ReProgram *program, uint32_t i, size_t *length, uint32_t *capture_index);

/* Runs the program on subject (Latin-1 bytes, or UTF-16 units when two_byte) from
 * start_index, trying later positions unless sticky (22.2.7.2 RegExpBuiltinExec). On RE_MATCH
 * captures[2k], captures[2k+1] are group k's start and end (-1 when unmatched). */
int re_exec(const ReProgram *program, const void *subject, size_t length, bool two_byte, size_t start_index,
            int32_t *captures, ReBudget *budget);

/* Writes V8's SyntaxError message "Invalid regular expression: /p/f: reason" as UTF-16 into
 * out (at most capacity units); returns its full length, so callers can size the buffer. */
size_t re_error_message(const uint16_t *pattern, size_t length, uint32_t flags, const ReError *error, uint16_t *out,
                        size_t capacity);

#endif
