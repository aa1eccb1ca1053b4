/* Parse-throughput benchmark (not a test): parses one file N times and prints one JSON line
 * with the size and the per-run times, which bench/parse.mjs turns into MB/s beside acorn.
 *
 *   parse_bench [--module|--commonjs] [--runs=N] FILE */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/out.h"
#include "base/sys.h"
#include "parser/parser.h"

#include "bench_util.h"

int main(int argc, char **argv) {
  sys_init();
  ParseOptions options = {0};
  int runs = 10;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--module") == 0) options.is_module = true;
    else if (strcmp(argv[i], "--commonjs") == 0) options.function_body = true;
    else if (strncmp(argv[i], "--runs=", 7) == 0) runs = atoi(argv[i] + 7);
    else path = argv[i];
  }
  if (path == NULL || runs < 1 || runs > 1000) {
    out_puts(OUT_STDERR, "usage: parse_bench [--module|--commonjs] [--runs=N] FILE\n");
    return 9;
  }
  char *source = NULL;
  size_t length = 0;
  int status = sys_read_file(path, &source, &length);
  if (status < 0) {
    out_printf(OUT_STDERR, "parse_bench: cannot read %s\n", path);
    return 1;
  }
  double *times = malloc(sizeof(double) * (size_t)runs);
  if (times == NULL) return 1;
  for (int run = 0; run < runs; run++) {
    Arena *arena = arena_new(0);
    ParseError error;
    double start = bench_now_ms();
    Node *program = arena != NULL ? parse_program(source, length, &options, arena, &error) : NULL;
    times[run] = bench_now_ms() - start;
    arena_free(arena);
    if (program == NULL) {
      out_printf(OUT_STDERR, "parse_bench: %s does not parse: %s\n", path,
                 arena != NULL ? error.message : "out of memory");
      return 1;
    }
  }
  bench_sort(times, (size_t)runs);
  out_printf(OUT_STDOUT, "{\"bytes\":%zu,\"runs\":%d,\"best_ms\":%.3f,\"median_ms\":%.3f}\n", length,
             runs, times[0], times[runs / 2]);
  free(times);
  free(source);
  return 0;
}
