/* libFuzzer target for the front end: every input is parsed as a script and as a module,
 * and an error, if any, is formatted (positions and the caret line are the part most
 * likely to index outside the source). Built only with PETREL_FUZZ=ON under clang; run it
 * with scripts/fuzz-parser.sh. A crash, a sanitizer report, a leak or a hang is a bug. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "parser/parser.h"
#include "parser/regexp_syntax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* The parser's contract: a NUL after the last byte is not required, so give none. */
  char *source = malloc(size ? size : 1);
  if (source == NULL) return 0;
  if (size) memcpy(source, data, size);
  for (int goal = 0; goal < 2; goal++) {
    Arena *arena = arena_new(0);
    if (arena == NULL) break;
    ParseOptions options = {.is_module = goal == 1};
    ParseError error;
    if (parse_program(source, size, &options, arena, &error) == NULL) {
      char text[512];
      parse_error_format(&error, "fuzz.js", source, size, text, sizeof text);
    }
    arena_free(arena);
  }
  /* The RegExp checker on its own, with the first byte choosing the flags. */
  if (size > 0) {
    regexp_check_syntax(source + 1, size - 1, data[0] & 3);
  }
  free(source);
  return 0;
}
