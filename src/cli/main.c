/* Process entry point of every build; all logic lives in cli.c so tests can reach it. */
#include "cli/cli.h"

int main(int argc, char **argv) { return cli_main(argc, argv); }
