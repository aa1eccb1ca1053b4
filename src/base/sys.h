/* The platform below the engine: the few operations whose implementation differs by
 * target. POSIX (native and, through wasi-libc, WASI) lives in sys_posix.c; the web build
 * forwards to host imports in wasm/web/sys_web.c. Everything returns 0 or a count on
 * success and a negative PT_E* code (base/errors.h) on failure. */
#ifndef PETREL_BASE_SYS_H
#define PETREL_BASE_SYS_H

#include <stddef.h>

/* Prepares the platform layer once, before anything else (e.g. WASI's working directory). */
void sys_init(void);

/* Reads a whole regular file into a fresh malloc'ed buffer with a NUL after the last byte,
 * so sources can be scanned as C strings; the caller frees *out_data. */
int sys_read_file(const char *path, char **out_data, size_t *out_length);

/* The working directory as a malloc'd absolute path, or NULL when the platform has none
 * (the web build: paths are the host's business). */
char *sys_cwd(void);

/* Writes all bytes to a standard stream (1 or 2): output is never silently lost. */
int sys_write(int fd, const void *data, size_t length);

#endif
