/* A parse-only driver for tests: parses files as scripts or modules and reports the result.
 *   petrel_parse [--module|--script|--commonjs] FILE
 *                                                  exit 0 if it parses, else print the error
 *                                                  node's way on stderr and exit 1
 *   petrel_parse --batch FILE...                   one line per file on stdout:
 *                                                  "ok FILE" or "error FILE<TAB>message"
 * Without --module/--script, a name ending in ".module.js" or ".mjs" is a module (the
 * convention of the test262-parser-tests package), and ".cjs" is a CommonJS module body
 * (--commonjs: a script parsed as a function body, as node wraps it). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/out.h"
#include "base/sys.h"
#include "parser/parser.h"

static bool ends_with(const char *text, const char *suffix) {
  size_t n = strlen(text), m = strlen(suffix);
  return n >= m && strcmp(text + n - m, suffix) == 0;
}

/* Parses one file; returns 0 parsed, 1 syntax error, 2 could not read. */
static int parse_file(const char *path, int goal, bool batch) {
  char *source = NULL;
  size_t length = 0;
  int status = sys_read_file(path, &source, &length);
  if (status < 0) {
    out_printf(batch ? OUT_STDOUT : OUT_STDERR, batch ? "error %s\tcannot read\n" : "petrel_parse: cannot read %s\n", path);
    return 2;
  }
  ParseOptions options = {0};
  options.is_module = goal == 1 || (goal == 0 && (ends_with(path, ".module.js") || ends_with(path, ".mjs")));
  options.function_body = goal == 3 || (goal == 0 && ends_with(path, ".cjs"));
  Arena *arena = arena_new(0);
  ParseError error;
  Node *program = arena ? parse_program(source, length, &options, arena, &error) : NULL;
  int result = 0;
  if (program == NULL) {
    result = 1;
    if (arena == NULL) out_printf(OUT_STDERR, "petrel_parse: out of memory\n");
    else if (batch) out_printf(OUT_STDOUT, "error %s\t%u:%u %s\n", path, error.line, error.column, error.message);
    else parse_error_print(OUT_STDERR, &error, path, source, length);
  } else if (batch) {
    out_printf(OUT_STDOUT, "ok %s\n", path);
  }
  arena_free(arena);
  free(source);
  return result;
}

int main(int argc, char **argv) {
  sys_init();
  int goal = 0;
  bool batch = false;
  int first = 1;
  for (; first < argc && strncmp(argv[first], "--", 2) == 0; first++) {
    if (strcmp(argv[first], "--module") == 0) goal = 1;
    else if (strcmp(argv[first], "--script") == 0) goal = 2;
    else if (strcmp(argv[first], "--commonjs") == 0) goal = 3;
    else if (strcmp(argv[first], "--batch") == 0) batch = true;
    else {
      out_printf(OUT_STDERR, "petrel_parse: bad option: %s\n", argv[first]);
      return 9;
    }
  }
  if (first >= argc) {
    out_printf(OUT_STDERR, "usage: petrel_parse [--module|--script|--commonjs] [--batch] FILE...\n");
    return 9;
  }
  if (batch) {
    for (int i = first; i < argc; i++) parse_file(argv[i], goal, true);
    return 0;
  }
  return parse_file(argv[first], goal, false) == 0 ? 0 : 1;
}
