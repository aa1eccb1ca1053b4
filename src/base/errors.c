/* System error codes: one table (errors.def) gives names, values and messages. The
 * translation from errno goes by name, so it holds on WASI, whose numbers differ. */
#include "base/errors.h"

#include <errno.h>

const char *err_message(int code) {
  switch (code) {
#define X(name, value, message) case (value): return message;
#include "base/errors.def"
#undef X
    default: return "unknown error";
  }
}

const char *err_name(int code) {
  switch (code) {
#define X(name, value, message) case (value): return #name;
#include "base/errors.def"
#undef X
    default: return "UNKNOWN";
  }
}

int err_from_errno(int errno_value) {
  /* Not a switch: on some C libraries two names share a value (EAGAIN/EWOULDBLOCK,
   * ENOTSUP/EOPNOTSUPP), which a switch would reject as duplicate cases. */
#define X(name, value, message) if (errno_value == name) return (value);
#include "base/errors.def"
#undef X
  return PT_EUNKNOWN;
}
