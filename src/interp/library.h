/* The self-hosted library (the files of src/lib) embedded at build time, and its loading. */
#ifndef PETREL_INTERP_LIBRARY_H
#define PETREL_INTERP_LIBRARY_H

#include <stddef.h>

typedef struct LibrarySource {
  const char *name;
  size_t length;
  const char *text;
} LibrarySource;

extern const LibrarySource library_sources[];
extern const unsigned library_source_count;

struct Vm;
/* Compiles and runs every library file, in name order, as a function of the global object.
 * 0, PT_ENOMEM, or VM_EXCEPTION (a library bug: the exception is pending). */
int library_load(struct Vm *vm);

#endif
