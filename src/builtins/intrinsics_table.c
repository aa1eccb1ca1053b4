/* The intrinsic and library-entry tables, generated from intrinsics.def and
 * lib_entries.def by the X-macros. */
#include <string.h>

#include "builtins/builtins.h"

const IntrinsicFn intrinsic_functions[INTRINSIC_COUNT] = {
#define INTRINSIC(name, arity) intrinsic_##name,
#include "interp/intrinsics.def"
};

const char *const intrinsic_names[INTRINSIC_COUNT] = {
#define INTRINSIC(name, arity) #name,
#include "interp/intrinsics.def"
};

const uint8_t intrinsic_arity[INTRINSIC_COUNT] = {
#define INTRINSIC(name, arity) arity,
#include "interp/intrinsics.def"
};

int intrinsic_lookup(const char *name, uint32_t length) {
  for (int i = 0; i < INTRINSIC_COUNT; i++) {
    const char *candidate = intrinsic_names[i];
    if (strlen(candidate) == length && memcmp(candidate, name, length) == 0) return i;
  }
  return -1;
}

const VmRoot lib_entry_roots[LIB_ENTRY_COUNT] = {
#define LIB_ENTRY(name, root) root,
#include "interp/lib_entries.def"
};

const char *const lib_entry_names[LIB_ENTRY_COUNT] = {
#define LIB_ENTRY(name, root) #name,
#include "interp/lib_entries.def"
};
