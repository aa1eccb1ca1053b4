/* The `petrel` command line: options from the flag table, then the script path and its
 * arguments, as in node. Every message is one line on stderr starting with "petrel: ". */
#include "cli/cli.h"

#include <stdbool.h>
#include <stdlib.h>

#include "base/errors.h"
#include "base/flags.h"
#include "base/out.h"
#include "base/sys.h"

static void print_usage(void) {
  out_puts(OUT_STDOUT,
           "Usage: petrel [options] [ script.js ] [arguments]\n"
           "\n"
           "Options:\n");
  flag_print_help(OUT_STDOUT, PT_FLAG_SPECS, PT_FLAG_COUNT);
  out_printf(OUT_STDOUT,
             "\n"
             "Petrel %s (%s build): a JavaScript runtime for WebAssembly.\n",
             PETREL_VERSION, PETREL_TARGET_NAME);
}

/* Reports that evaluation has no engine behind it yet: an honest error, never output. */
static int engine_missing(const char *what) {
  out_printf(OUT_STDERR,
             "petrel: cannot run %s: the JavaScript engine is not implemented yet\n", what);
  return CLI_EXIT_FAILURE;
}

int cli_main(int argc, char **argv) {
  sys_init();
  PtFlags flags;
  flags_init(&flags);
  FlagParseResult parsed;
  if (flag_parse(PT_FLAG_SPECS, PT_FLAG_COUNT, &flags, argc, argv, &parsed) != 0) {
    out_printf(OUT_STDERR, "petrel: %s\n", parsed.message);
    return CLI_EXIT_BAD_OPTION;
  }
  if (flags.help) {
    print_usage();
    return CLI_EXIT_OK;
  }
  if (flags.version) {
    out_printf(OUT_STDOUT, "v%s\n", PETREL_VERSION);
    return CLI_EXIT_OK;
  }
  if (flags.eval != NULL) return engine_missing("-e CODE");
  if (flags.print != NULL) return engine_missing("-p EXPR");

  if (parsed.first_operand >= argc) {
    out_puts(OUT_STDERR,
             "petrel: no script given and the REPL is not implemented yet "
             "(usage: petrel [options] script.js; see --help)\n");
    return CLI_EXIT_FAILURE;
  }

  const char *path = argv[parsed.first_operand];
  char *source = NULL;
  size_t length = 0;
  int status = sys_read_file(path, &source, &length);
  if (status < 0) {
    out_printf(OUT_STDERR, "petrel: cannot read '%s': %s (%s)\n", path, err_message(status),
               err_name(status));
    return CLI_EXIT_FAILURE;
  }
  free(source);
  return engine_missing(path);
}
