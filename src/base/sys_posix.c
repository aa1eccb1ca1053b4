/* Platform layer over POSIX: native builds and the WASI command (through wasi-libc). */
#include "base/sys.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/errors.h"

void sys_init(void) {
#ifdef __wasi__
  /* wasi-libc starts in "/"; the host-js runner passes the host's working directory in
   * PWD (and preopens "/"), so relative script paths mean what the user typed. */
  const char *pwd = getenv("PWD");
  if (pwd != NULL && pwd[0] == '/') (void)chdir(pwd);
#endif
}

int sys_read_file(const char *path, char **out_data, size_t *out_length) {
  *out_data = NULL;
  *out_length = 0;
  int fd;
  do {
    fd = open(path, O_RDONLY);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return err_from_errno(errno);

  struct stat info;
  if (fstat(fd, &info) != 0) {
    int code = err_from_errno(errno);
    close(fd);
    return code;
  }
  if (S_ISDIR(info.st_mode)) {
    close(fd);
    return PT_EISDIR;
  }

  /* Regular files report their size; pipes and devices report 0 and grow as read. */
  size_t capacity = S_ISREG(info.st_mode) && info.st_size > 0 ? (size_t)info.st_size + 1 : 4096;
  char *data = malloc(capacity);
  if (data == NULL) {
    close(fd);
    return PT_ENOMEM;
  }
  size_t length = 0;
  for (;;) {
    if (length + 1 >= capacity) {
      if (capacity > SIZE_MAX / 2) {
        free(data);
        close(fd);
        return PT_EFBIG;
      }
      char *grown = realloc(data, capacity * 2);
      if (grown == NULL) {
        free(data);
        close(fd);
        return PT_ENOMEM;
      }
      data = grown;
      capacity *= 2;
    }
    ssize_t got = read(fd, data + length, capacity - 1 - length);
    if (got < 0) {
      if (errno == EINTR) continue;
      int code = err_from_errno(errno);
      free(data);
      close(fd);
      return code;
    }
    if (got == 0) break;
    length += (size_t)got;
  }
  close(fd);
  data[length] = '\0';
  *out_data = data;
  *out_length = length;
  return 0;
}

char *sys_cwd(void) {
  char buffer[4096];
  if (getcwd(buffer, sizeof buffer) == NULL) return NULL;
  return strdup(buffer);
}

int sys_write(int fd, const void *data, size_t length) {
  const char *bytes = data;
  while (length > 0) {
    ssize_t wrote = write(fd, bytes, length);
    if (wrote < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return err_from_errno(errno);
    }
    bytes += wrote;
    length -= (size_t)wrote;
  }
  return 0;
}
