/* Formatted output: format into a stack buffer (or a heap one when long), then one write. */
#include "base/out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "base/sys.h"

int out_vprintf(int fd, const char *format, va_list args) {
  char small[512];
  va_list again;
  va_copy(again, args);
  int needed = vsnprintf(small, sizeof small, format, args);
  if (needed < 0) {
    va_end(again);
    return PT_EINVAL;
  }
  int result;
  if ((size_t)needed < sizeof small) {
    result = sys_write(fd, small, (size_t)needed);
  } else {
    char *large = malloc((size_t)needed + 1);
    if (large == NULL) {
      va_end(again);
      return PT_ENOMEM;
    }
    vsnprintf(large, (size_t)needed + 1, format, again);
    result = sys_write(fd, large, (size_t)needed);
    free(large);
  }
  va_end(again);
  return result;
}

int out_printf(int fd, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int result = out_vprintf(fd, format, args);
  va_end(args);
  return result;
}

int out_puts(int fd, const char *text) { return sys_write(fd, text, strlen(text)); }
