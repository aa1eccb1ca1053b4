/* The flag parser, driven by a table of its own so every flag kind is covered. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/flags.h"
#include "unit.h"

typedef struct Options {
  bool trace_gc;
  bool opt;
  int64_t max_old_space_size;
  const char *eval;
} Options;

static const FlagSpec specs[] = {
  {"trace-gc", 0, FLAG_BOOL, offsetof(Options, trace_gc), NULL, "trace"},
  {"opt", 0, FLAG_BOOL, offsetof(Options, opt), NULL, "optimize"},
  {"max-old-space-size", 0, FLAG_INT, offsetof(Options, max_old_space_size), "MB", "limit"},
  {"eval", 'e', FLAG_STRING, offsetof(Options, eval), "CODE", "evaluate"},
};
static const size_t count = sizeof specs / sizeof specs[0];

static int parse(Options *options, int argc, char **argv, FlagParseResult *result) {
  options->trace_gc = false;
  options->opt = true;
  options->max_old_space_size = 0;
  options->eval = NULL;
  return flag_parse(specs, count, options, argc, argv, result);
}

static void booleans_and_negation(int argc_unused, char **argv_unused) {
  Options o;
  FlagParseResult r;
  char *argv[] = {"petrel", "--trace_gc", "--no-opt", "script.js", "--trace-gc", NULL};
  CHECK_INT(parse(&o, 5, argv, &r), 0);
  CHECK(o.trace_gc);
  CHECK(!o.opt);
  CHECK_INT(r.first_operand, 3); /* flags after the script belong to the script */
}

static void integer_values(int argc_unused, char **argv_unused) {
  Options o;
  FlagParseResult r;
  char *eq[] = {"petrel", "--max-old-space-size=64", NULL};
  CHECK_INT(parse(&o, 2, eq, &r), 0);
  CHECK_INT(o.max_old_space_size, 64);
  char *spaced[] = {"petrel", "--max_old_space_size", "128", NULL};
  CHECK_INT(parse(&o, 3, spaced, &r), 0);
  CHECK_INT(o.max_old_space_size, 128);
  CHECK_INT(r.first_operand, 3);
  char *bad[] = {"petrel", "--max-old-space-size=12x", NULL};
  CHECK_INT(parse(&o, 2, bad, &r), -1);
  CHECK_STR(r.message, "--max-old-space-size expects an integer, got '12x'");
}

static void strings_and_short_names(int argc_unused, char **argv_unused) {
  Options o;
  FlagParseResult r;
  char *argv[] = {"petrel", "-e", "1 + 1", NULL};
  CHECK_INT(parse(&o, 3, argv, &r), 0);
  CHECK_STR(o.eval, "1 + 1");
  CHECK_INT(r.first_operand, 3);
  char *missing[] = {"petrel", "-e", NULL};
  CHECK_INT(parse(&o, 2, missing, &r), -1);
  CHECK_STR(r.message, "-e requires an argument");
}

static void unknown_flags_are_named(int argc_unused, char **argv_unused) {
  Options o;
  FlagParseResult r;
  char *long_flag[] = {"petrel", "--no-such-flag", NULL};
  CHECK_INT(parse(&o, 2, long_flag, &r), -1);
  CHECK_STR(r.message, "bad option: --no-such-flag");
  char *short_flag[] = {"petrel", "-x", NULL};
  CHECK_INT(parse(&o, 2, short_flag, &r), -1);
  CHECK_STR(r.message, "bad option: -x");
  /* --no- applies to booleans only */
  char *negated_string[] = {"petrel", "--no-eval", NULL};
  CHECK_INT(parse(&o, 2, negated_string, &r), -1);
  CHECK_STR(r.message, "bad option: --no-eval");
}

static void double_dash_ends_options(int argc_unused, char **argv_unused) {
  Options o;
  FlagParseResult r;
  char *argv[] = {"petrel", "--trace-gc", "--", "--eval", NULL};
  CHECK_INT(parse(&o, 4, argv, &r), 0);
  CHECK_INT(r.first_operand, 3);
  CHECK(o.eval == NULL);
  char *dash[] = {"petrel", "-", NULL};
  CHECK_INT(parse(&o, 2, dash, &r), 0);
  CHECK_INT(r.first_operand, 1); /* "-" is an operand: the script on stdin */
}

static void process_table_defaults(int argc_unused, char **argv_unused) {
  PtFlags flags;
  flags_init(&flags);
  CHECK(!flags.help);
  CHECK(!flags.version);
  CHECK(flags.eval == NULL);
  CHECK(PT_FLAG_COUNT >= 4);
}

static const UnitCase cases[] = {
  {"booleans and --no- negation", booleans_and_negation},
  {"integer values", integer_values},
  {"strings and short names", strings_and_short_names},
  {"unknown flags are named", unknown_flags_are_named},
  {"-- ends options", double_dash_ends_options},
  {"process table defaults", process_table_defaults},
};
UNIT_MAIN(cases)
