/* The `petrel` command: the same C entry point on every target (native, WASI, web). */
#ifndef PETREL_CLI_CLI_H
#define PETREL_CLI_CLI_H

/* Exit codes, as node uses them. */
enum {
  CLI_EXIT_OK = 0,
  CLI_EXIT_FAILURE = 1,    /* an uncaught error, an unreadable script */
  CLI_EXIT_BAD_OPTION = 9, /* node's "Invalid Argument" code */
  CLI_EXIT_UNSETTLED_TLA = 13, /* node: the main module's top-level await never settled */
  CLI_EXIT_OUT_OF_MEMORY = 134 /* node aborts on heap exhaustion (SIGABRT's status) */
};

/* Runs the command line and returns the process exit code. */
int cli_main(int argc, char **argv);

#endif
