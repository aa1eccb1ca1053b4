/* Error codes: names, messages and the errno translation agree with libuv and node. */
#include <errno.h>

#include "base/errors.h"
#include "unit.h"

static void codes_match_libuv_on_linux(int argc, char **argv) {
  CHECK_INT(PT_ENOENT, -2);
  CHECK_INT(PT_EACCES, -13);
  CHECK_INT(PT_EISDIR, -21);
  CHECK_INT(PT_ENOTDIR, -20);
}

static void names_and_messages(int argc, char **argv) {
  CHECK_STR(err_name(PT_ENOENT), "ENOENT");
  CHECK_STR(err_message(PT_ENOENT), "no such file or directory");
  CHECK_STR(err_message(PT_EISDIR), "illegal operation on a directory");
  CHECK_STR(err_name(12345), "UNKNOWN");
  CHECK_STR(err_message(12345), "unknown error");
}

static void errno_translates_by_name(int argc, char **argv) {
  CHECK_INT(err_from_errno(ENOENT), PT_ENOENT);
  CHECK_INT(err_from_errno(EACCES), PT_EACCES);
  CHECK_INT(err_from_errno(EISDIR), PT_EISDIR);
  CHECK_INT(err_from_errno(0), PT_EUNKNOWN);
}

static const UnitCase cases[] = {
  {"codes match libuv on Linux", codes_match_libuv_on_linux},
  {"names and messages", names_and_messages},
  {"errno translates by name", errno_translates_by_name},
};
UNIT_MAIN(cases)
