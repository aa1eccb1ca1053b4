/* System error codes shared by every target. Functions that can fail return 0 (or a
 * non-negative count) on success and a negative PT_E* code on failure, like libuv; the
 * codes are libuv's Linux values so a wasm build reports the same errno node does. */
#ifndef PETREL_BASE_ERRORS_H
#define PETREL_BASE_ERRORS_H

enum {
#define X(name, value, message) PT_##name = (value),
#include "base/errors.def"
#undef X
  PT_EUNKNOWN = -4094
};

/* The libuv-style message for a code ("no such file or directory"); never NULL. */
const char *err_message(int code);

/* The code's symbolic name ("ENOENT"), as node prints it in err.code; never NULL. */
const char *err_name(int code);

/* Translates the target C library's errno value into a PT_E* code. */
int err_from_errno(int errno_value);

#endif
