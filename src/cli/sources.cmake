list(APPEND PETREL_SOURCES
  src/cli/cli.c
  src/cli/main.c)
