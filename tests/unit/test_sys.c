/* The platform layer on this target: reading files and the errors it reports.
 * argv[1] is the fixtures directory (tests/unit/fixtures). */
#include <stdio.h>
#include <stdlib.h>

#include "base/errors.h"
#include "base/sys.h"
#include "unit.h"

static void reads_whole_file_with_terminator(int argc, char **argv) {
  char path[1024];
  snprintf(path, sizeof path, "%s/two-lines.txt", argc > 1 ? argv[1] : ".");
  char *data = NULL;
  size_t length = 0;
  CHECK_INT(sys_read_file(path, &data, &length), 0);
  CHECK_INT(length, 21);
  CHECK(data != NULL && data[length] == '\0');
  CHECK_STR(data, "line one\nline two \xc3\xa9\n");
  free(data);
}

static void missing_file_is_enoent(int argc, char **argv) {
  char path[1024];
  snprintf(path, sizeof path, "%s/does-not-exist.js", argc > 1 ? argv[1] : ".");
  char *data = (char *)1;
  size_t length = 99;
  CHECK_INT(sys_read_file(path, &data, &length), PT_ENOENT);
  CHECK(data == NULL);
  CHECK_INT(length, 0);
}

static void directory_is_eisdir(int argc, char **argv) {
  char *data = NULL;
  size_t length = 0;
  CHECK_INT(sys_read_file(argc > 1 ? argv[1] : ".", &data, &length), PT_EISDIR);
}

static void path_through_a_file_is_enotdir(int argc, char **argv) {
  char path[1024];
  snprintf(path, sizeof path, "%s/two-lines.txt/x.js", argc > 1 ? argv[1] : ".");
  char *data = NULL;
  size_t length = 0;
  CHECK_INT(sys_read_file(path, &data, &length), PT_ENOTDIR);
}

static void writes_to_stdout(int argc, char **argv) {
  CHECK_INT(sys_write(1, "# written through sys_write\n", 28), 0);
}

static const UnitCase cases[] = {
  {"reads a whole file with a NUL after it", reads_whole_file_with_terminator},
  {"a missing file is ENOENT", missing_file_is_enoent},
  {"a directory is EISDIR", directory_is_eisdir},
  {"a path through a file is ENOTDIR", path_through_a_file_is_enotdir},
  {"writes to stdout", writes_to_stdout},
};
UNIT_MAIN(cases)
