/* Formatted output to stdout and stderr through the platform layer (base/sys.h), so every
 * target — including the web build, whose host owns the streams — prints the same bytes. */
#ifndef PETREL_BASE_OUT_H
#define PETREL_BASE_OUT_H

#include <stdarg.h>
#include <stddef.h>

enum { OUT_STDOUT = 1, OUT_STDERR = 2 };

/* printf to a standard stream; returns 0 or a negative PT_E* code. */
int out_printf(int fd, const char *format, ...) __attribute__((format(printf, 2, 3)));
int out_vprintf(int fd, const char *format, va_list args);

/* Writes a NUL-terminated string as is. */
int out_puts(int fd, const char *text);

#endif
