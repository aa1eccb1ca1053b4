list(APPEND PETREL_SOURCES
  src/base/arena.c
  src/base/errors.c
  src/base/flags.c
  src/base/out.c
  src/base/utf8.c)
