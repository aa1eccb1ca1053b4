/* A minimal unit-test harness for C tests on every target. Output goes through base/out.h
 * so the web build's host prints it; a failed check marks its test failed and continues.
 * Each test file defines its cases, then UNIT_MAIN(cases). */
#ifndef PETREL_TESTS_UNIT_H
#define PETREL_TESTS_UNIT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "base/out.h"

typedef struct UnitCase {
  const char *name;
  void (*run)(int argc, char **argv);
} UnitCase;

static int unit_failures_in_case;

static inline void unit_fail(const char *file, int line, const char *what) {
  unit_failures_in_case++;
  out_printf(OUT_STDOUT, "  %s:%d: check failed: %s\n", file, line, what);
}

#define CHECK(condition) \
  do { if (!(condition)) unit_fail(__FILE__, __LINE__, #condition); } while (0)

#define CHECK_INT(actual, expected)                                                     \
  do {                                                                                  \
    long long unit_a = (long long)(actual), unit_e = (long long)(expected);             \
    if (unit_a != unit_e) {                                                             \
      out_printf(OUT_STDOUT, "  %s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, \
                 #actual, unit_a, unit_e);                                              \
      unit_failures_in_case++;                                                          \
    }                                                                                   \
  } while (0)

#define CHECK_STR(actual, expected)                                                        \
  do {                                                                                     \
    const char *unit_a = (actual), *unit_e = (expected);                                   \
    if (unit_a == NULL || unit_e == NULL ? unit_a != unit_e : strcmp(unit_a, unit_e) != 0) { \
      out_printf(OUT_STDOUT, "  %s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, \
                 #actual, unit_a ? unit_a : "(null)", unit_e ? unit_e : "(null)");         \
      unit_failures_in_case++;                                                             \
    }                                                                                      \
  } while (0)

/* Runs every case in order, prints TAP-style lines, returns the process exit code. */
static inline int unit_run(const UnitCase *cases, size_t count, int argc, char **argv) {
  int failed = 0;
  out_printf(OUT_STDOUT, "1..%zu\n", count);
  for (size_t i = 0; i < count; i++) {
    unit_failures_in_case = 0;
    cases[i].run(argc, argv);
    if (unit_failures_in_case != 0) failed++;
    out_printf(OUT_STDOUT, "%s %zu - %s\n", unit_failures_in_case == 0 ? "ok" : "not ok", i + 1,
               cases[i].name);
  }
  out_printf(OUT_STDOUT, "# %zu passed, %d failed\n", count - (size_t)failed, failed);
  return failed == 0 ? 0 : 1;
}

#define UNIT_MAIN(cases) \
  int main(int argc, char **argv) { return unit_run(cases, sizeof cases / sizeof cases[0], argc, argv); }

#endif
