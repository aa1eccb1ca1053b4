/* Platform layer of the web build: every operation is a host import implemented in
 * library_petrel_host.js, which forwards to the host object host-js passes in (node's fs
 * and streams under the CLI; an in-memory file system and message port in a browser). */
#include "base/sys.h"

#include <stdint.h>

#include "base/errors.h"

/* Host imports (library_petrel_host.js). Sizes cross as 32-bit values: wasm32. */
extern int petrel_host_read_file(const char *path, char **out_data, uint32_t *out_length);
extern int petrel_host_write(int fd, const void *data, uint32_t length);
extern char *petrel_host_cwd(void); /* malloc'd, or NULL when the host has no cwd() */

void sys_init(void) {}

int sys_read_file(const char *path, char **out_data, size_t *out_length) {
  uint32_t length = 0;
  *out_data = NULL;
  int status = petrel_host_read_file(path, out_data, &length);
  *out_length = status < 0 ? 0 : length;
  return status < 0 ? status : 0;
}

char *sys_cwd(void) { return petrel_host_cwd(); }

int sys_write(int fd, const void *data, size_t length) {
  return petrel_host_write(fd, data, (uint32_t)length);
}
