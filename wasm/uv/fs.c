/* File system requests over the target's POSIX calls: wasi-libc under WASI, Emscripten's libc
 * (its in-memory file system, for now) on the web. The web build's file system will move to
 * host imports; everything that touches files is in this one file so it can be swapped.
 *
 * As in libuv, each uv_fs_* fills the request, then either runs it at once (cb == NULL: the
 * result is returned and left in req->result) or submits it to the work queue (work.c): it
 * runs in a later poll phase and cb follows from that poll phase. Results are libuv's: a
 * count or a descriptor, else 0, or a negative UV_E* code. An asynchronous request owns
 * copies of its paths; uv_fs_req_cleanup frees them and any result buffer. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* musl (Emscripten) and glibc hide dirent's DT_* names under XOPEN */
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif
#define UV__MAX_SYMLINKS 40 /* Linux's limit before ELOOP */

static int uv__error(void) { return uv__translate_errno(errno); }

/* --- the operations: each returns a result or a negative UV_E* code ---------------------- */

static ssize_t fs_open(uv_fs_t *req) {
  int flags = req->flags;
#ifdef O_CLOEXEC
  flags |= O_CLOEXEC;
#endif
  int fd = open(req->path, flags, req->mode);
  return fd < 0 ? uv__error() : fd;
}

static ssize_t fs_close(uv_fs_t *req) {
  if (close(req->file) == 0) return 0;
  if (errno == EINTR || errno == EINPROGRESS) return 0; /* the close is in progress */
  return uv__error();
}

/* Reads into the buffers in order until one comes back short, like readv/preadv. */
static ssize_t fs_read(uv_fs_t *req) {
  ssize_t total = 0;
  for (unsigned int i = 0; i < req->nbufs; i++) {
    uv_buf_t *buf = &req->bufs[i];
    ssize_t n = req->off < 0 ? read(req->file, buf->base, buf->len)
                             : pread(req->file, buf->base, buf->len, (off_t)(req->off + total));
    if (n < 0) return total > 0 ? total : uv__error(); /* keep what was read, as libuv does */
    total += n;
    if ((size_t)n < buf->len) break;
  }
  return total;
}

/* Writes every byte of every buffer (libuv's uv__fs_write_all), retrying short writes. */
static ssize_t fs_write(uv_fs_t *req) {
  ssize_t total = 0;
  for (unsigned int i = 0; i < req->nbufs; i++) {
    const char *base = req->bufs[i].base;
    size_t left = req->bufs[i].len;
    while (left > 0) {
      ssize_t n = req->off < 0 ? write(req->file, base, left)
                               : pwrite(req->file, base, left, (off_t)(req->off + total));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return total > 0 ? total : (n < 0 ? uv__error() : 0);
      base += n;
      left -= (size_t)n;
      total += n;
    }
  }
  return total;
}

static void fs_to_stat(const struct stat *src, uv_stat_t *dst) {
  memset(dst, 0, sizeof(*dst));
  dst->st_dev = (uint64_t)src->st_dev;
  dst->st_mode = (uint64_t)src->st_mode;
  dst->st_nlink = (uint64_t)src->st_nlink;
  dst->st_uid = (uint64_t)src->st_uid;
  dst->st_gid = (uint64_t)src->st_gid;
  dst->st_rdev = (uint64_t)src->st_rdev;
  dst->st_ino = (uint64_t)src->st_ino;
  dst->st_size = (uint64_t)src->st_size;
  dst->st_blksize = (uint64_t)src->st_blksize;
  dst->st_blocks = (uint64_t)src->st_blocks;
  dst->st_atim.tv_sec = (long)src->st_atim.tv_sec;
  dst->st_atim.tv_nsec = (long)src->st_atim.tv_nsec;
  dst->st_mtim.tv_sec = (long)src->st_mtim.tv_sec;
  dst->st_mtim.tv_nsec = (long)src->st_mtim.tv_nsec;
  dst->st_ctim.tv_sec = (long)src->st_ctim.tv_sec;
  dst->st_ctim.tv_nsec = (long)src->st_ctim.tv_nsec;
  dst->st_birthtim = dst->st_ctim; /* libuv's fallback when the system has no birth time */
}

static ssize_t fs_stat(uv_fs_t *req) {
  struct stat info;
  int r;
  switch (req->fs_type) {
    case UV_FS_STAT: r = stat(req->path, &info); break;
    case UV_FS_LSTAT: r = lstat(req->path, &info); break;
    default: r = fstat(req->file, &info); break;
  }
  if (r != 0) return uv__error();
  fs_to_stat(&info, &req->statbuf);
  req->ptr = &req->statbuf;
  return 0;
}

static int scandir_filter(const struct dirent *entry) {
  return strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0;
}

static int scandir_compare(const struct dirent **a, const struct dirent **b) {
  return strcmp((*a)->d_name, (*b)->d_name);
}

/* Entries sorted by name, without "." and ".."; uv_fs_scandir_next walks them (nbufs is the
 * cursor, as in libuv). */
static ssize_t fs_scandir(uv_fs_t *req) {
  struct dirent **entries = NULL;
  int n = scandir(req->path, &entries, scandir_filter, scandir_compare);
  req->nbufs = 0;
  if (n < 0) return uv__error();
  if (n == 0) {
    free(entries);
    entries = NULL;
  }
  req->ptr = entries;
  return n;
}

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

/* Emscripten 3.1.6's readlink returns the target made absolute; a link's stored text is
 * what POSIX (and libuv) return, so ask the file system for it. -errno on failure. */
EM_JS(int, uv__web_readlink, (const char *path, char *buf, int size), {
  try {
    var lookup = FS.lookupPath(UTF8ToString(path), {follow : false});
    var node = lookup.node;
    if (!node.node_ops.readlink) return -28; /* EINVAL: not a link */
    return stringToUTF8(node.node_ops.readlink(node), buf, size);
  } catch (e) {
    return typeof e.errno === 'number' ? -e.errno : -29; /* EIO */
  }
});

static ssize_t readlink_text(const char *path, char *buf, size_t size) {
  int n = uv__web_readlink(path, buf, (int)size + 1);
  if (n < 0) {
    errno = -n;
    return -1;
  }
  return n;
}
#else
static ssize_t readlink_text(const char *path, char *buf, size_t size) {
  return readlink(path, buf, size);
}
#endif

static ssize_t fs_readlink(uv_fs_t *req) {
  char *buf = malloc(PATH_MAX + 1);
  if (buf == NULL) return UV_ENOMEM;
  ssize_t len = readlink_text(req->path, buf, PATH_MAX);
  if (len < 0) {
    int err = uv__error();
    free(buf);
    return err;
  }
  buf[len] = '\0';
  req->ptr = buf;
  return 0;
}

/* Appends "/" and a component of length n to the resolved path (ENAMETOOLONG if full). */
static int path_append(char *resolved, size_t *length, const char *component, size_t n) {
  if (*length + 1 + n >= PATH_MAX) return UV_ENAMETOOLONG;
  resolved[(*length)++] = '/';
  memcpy(resolved + *length, component, n);
  *length += n;
  resolved[*length] = '\0';
  return 0;
}

/* realpath(3) from lstat and readlink (wasi-libc has no realpath): an absolute path with
 * no ".", "..", repeated "/" or symbolic link, of an entry that exists. */
static int resolve_path(const char *path, char **out) {
  if (path[0] == '\0') return UV_ENOENT;
  char *resolved = malloc(PATH_MAX);
  char *pending = malloc(2 * PATH_MAX);
  char *scratch = malloc(2 * PATH_MAX);
  int err = 0;
  if (resolved == NULL || pending == NULL || scratch == NULL) {
    err = UV_ENOMEM;
    goto done;
  }
  /* pending holds what is left to resolve, as an absolute path. */
  if (path[0] == '/') {
    if (strlen(path) >= 2 * PATH_MAX) {
      err = UV_ENAMETOOLONG;
      goto done;
    }
    strcpy(pending, path);
  } else {
    if (getcwd(pending, PATH_MAX) == NULL) {
      err = uv__error();
      goto done;
    }
    size_t cwd_length = strlen(pending);
    if (cwd_length + 1 + strlen(path) >= 2 * PATH_MAX) {
      err = UV_ENAMETOOLONG;
      goto done;
    }
    pending[cwd_length] = '/';
    strcpy(pending + cwd_length + 1, path);
  }

  size_t length = 0; /* resolved is "" for the root */
  resolved[0] = '\0';
  int links = 0;
  const char *rest = pending;
  while (*rest != '\0') {
    while (*rest == '/') rest++;
    const char *end = rest;
    while (*end != '\0' && *end != '/') end++;
    size_t n = (size_t)(end - rest);
    const char *component = rest;
    rest = end;
    if (n == 0 || (n == 1 && component[0] == '.')) continue;
    if (n == 2 && component[0] == '.' && component[1] == '.') {
      while (length > 0 && resolved[length - 1] != '/') length--;
      if (length > 0) length--;
      resolved[length] = '\0';
      continue;
    }
    size_t before = length;
    err = path_append(resolved, &length, component, n);
    if (err != 0) goto done;
    struct stat info;
    if (lstat(resolved, &info) != 0) {
      err = uv__error();
      goto done;
    }
    if (!S_ISLNK(info.st_mode)) {
      if (!S_ISDIR(info.st_mode) && *rest != '\0') { /* "file/", "file/x" */
        err = UV_ENOTDIR;
        goto done;
      }
      continue;
    }
    if (++links > UV__MAX_SYMLINKS) {
      err = UV_ELOOP;
      goto done;
    }
    ssize_t target_length = readlink_text(resolved, scratch, PATH_MAX);
    if (target_length < 0) {
      err = uv__error();
      goto done;
    }
    /* Resolve the link's target in place of the component, then what remained. */
    size_t rest_length = strlen(rest);
    if ((size_t)target_length + rest_length + 1 >= 2 * PATH_MAX) {
      err = UV_ENAMETOOLONG;
      goto done;
    }
    memcpy(scratch + target_length, rest, rest_length + 1);
    memcpy(pending, scratch, (size_t)target_length + rest_length + 1);
    rest = pending;
    length = scratch[0] == '/' ? 0 : before;
    resolved[length] = '\0';
  }
  if (length == 0) {
    resolved[0] = '/';
    resolved[1] = '\0';
  }

done:
  free(pending);
  free(scratch);
  if (err != 0) {
    free(resolved);
    return err;
  }
  *out = resolved;
  return 0;
}

static ssize_t fs_realpath(uv_fs_t *req) {
  char *resolved = NULL;
  int err = resolve_path(req->path, &resolved);
  if (err != 0) return err;
  req->ptr = resolved;
  return 0;
}

/* libuv's uv__fs_copyfile without sendfile or clones: a read/write loop. The destination
 * gets the source's mode; on failure a destination it created is removed. */
static ssize_t fs_copyfile(uv_fs_t *req) {
  if (req->flags & UV_FS_COPYFILE_FICLONE_FORCE) return UV_ENOSYS; /* no copy-on-write here */
  int result = 0;
  int dst = -1;
  int src = open(req->path, O_RDONLY);
  if (src < 0) return uv__error();
  char *chunk = NULL;
  struct stat src_info;
  if (fstat(src, &src_info) != 0) {
    result = uv__error();
    goto out;
  }
  int dst_flags = O_WRONLY | O_CREAT;
  if (req->flags & UV_FS_COPYFILE_EXCL) dst_flags |= O_EXCL;
  dst = open(req->new_path, dst_flags, (int)src_info.st_mode);
  if (dst < 0) {
    result = uv__error();
    goto out;
  }
  if ((req->flags & UV_FS_COPYFILE_EXCL) == 0) {
    struct stat dst_info;
    if (fstat(dst, &dst_info) != 0) {
      result = uv__error();
      goto out;
    }
    if (src_info.st_dev == dst_info.st_dev && src_info.st_ino == dst_info.st_ino) goto out;
    if (ftruncate(dst, 0) != 0) {
      result = uv__error();
      goto out;
    }
  }
#ifndef __wasi__ /* WASI has no permission bits to copy */
  if (fchmod(dst, src_info.st_mode) != 0) {
    result = uv__error();
    goto out;
  }
#endif
  enum { CHUNK = 64 * 1024 };
  chunk = malloc(CHUNK);
  if (chunk == NULL) {
    result = UV_ENOMEM;
    goto out;
  }
  for (;;) {
    ssize_t n = read(src, chunk, CHUNK);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result = uv__error();
      break;
    }
    if (n == 0) break;
    for (ssize_t done = 0; done < n;) {
      ssize_t w = write(dst, chunk + done, (size_t)(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) {
        result = uv__error();
        goto out;
      }
      done += w;
    }
  }

out:
  free(chunk);
  if (close(src) != 0 && result == 0) result = uv__error();
  if (dst >= 0) {
    if (close(dst) != 0 && result == 0) result = uv__error();
    if (result != 0) unlink(req->new_path);
  }
  return result;
}

/* Result of a call that returns 0 or -1 with errno. */
static ssize_t fs_status(int r) { return r == 0 ? 0 : uv__error(); }

static void uv__fs_work(struct uv__work *w) {
  uv_fs_t *req = UV__CONTAINER_OF(w, uv_fs_t, work_req);
  int retry_on_eintr = !(req->fs_type == UV_FS_CLOSE || req->fs_type == UV_FS_READ);
  ssize_t r;
  do {
    errno = 0;
    switch (req->fs_type) {
      case UV_FS_ACCESS: r = fs_status(access(req->path, req->flags)); break;
      case UV_FS_CLOSE: r = fs_close(req); break;
      case UV_FS_COPYFILE: r = fs_copyfile(req); break;
      case UV_FS_FSTAT:
      case UV_FS_LSTAT:
      case UV_FS_STAT: r = fs_stat(req); break;
      case UV_FS_FSYNC: r = fs_status(fsync(req->file)); break;
      case UV_FS_FTRUNCATE: r = fs_status(ftruncate(req->file, (off_t)req->off)); break;
      case UV_FS_MKDIR: r = fs_status(mkdir(req->path, (mode_t)req->mode)); break;
      case UV_FS_OPEN: r = fs_open(req); break;
      case UV_FS_READ: r = fs_read(req); break;
      case UV_FS_READLINK: r = fs_readlink(req); break;
      case UV_FS_REALPATH: r = fs_realpath(req); break;
      case UV_FS_RENAME: r = fs_status(rename(req->path, req->new_path)); break;
      case UV_FS_RMDIR: r = fs_status(rmdir(req->path)); break;
      case UV_FS_SCANDIR: r = fs_scandir(req); break;
      case UV_FS_SYMLINK: r = fs_status(symlink(req->path, req->new_path)); break;
      case UV_FS_UNLINK: r = fs_status(unlink(req->path)); break;
      case UV_FS_WRITE: r = fs_write(req); break;
      default: r = UV_ENOSYS; break;
    }
  } while (r == UV_EINTR && retry_on_eintr);
  req->result = r;

  /* libuv frees the buffer list as soon as the read or write is done. */
  if (req->fs_type == UV_FS_READ || req->fs_type == UV_FS_WRITE) {
    if (req->bufs != req->bufsml) free(req->bufs);
    req->bufs = NULL;
    req->nbufs = 0;
  }
}

static void uv__fs_done(struct uv__work *w, int status) {
  uv_fs_t *req = UV__CONTAINER_OF(w, uv_fs_t, work_req);
  uv__req_unregister(req->loop);
  if (status == UV_ECANCELED) req->result = UV_ECANCELED;
  req->cb(req);
}

/* --- filling and posting a request --------------------------------------------------------- */

static void fs_init(uv_loop_t *loop, uv_fs_t *req, uv_fs_type type, uv_fs_cb cb) {
  req->type = UV_FS;
  req->fs_type = type;
  req->result = 0;
  req->ptr = NULL;
  req->loop = loop;
  req->path = NULL;
  req->new_path = NULL;
  req->bufs = NULL;
  req->nbufs = 0;
  req->cb = cb;
  req->work_req.work = NULL; /* not submitted: uv_cancel says UV_EBUSY */
}

/* Synchronous requests borrow the caller's paths; asynchronous ones copy both into one
 * allocation (freed by uv_fs_req_cleanup through req->path). */
static int fs_set_paths(uv_fs_t *req, const char *path, const char *new_path) {
  if (req->cb == NULL) {
    req->path = path;
    req->new_path = new_path;
    return 0;
  }
  size_t path_size = strlen(path) + 1;
  size_t new_path_size = new_path != NULL ? strlen(new_path) + 1 : 0;
  char *copy = malloc(path_size + new_path_size);
  if (copy == NULL) return UV_ENOMEM;
  memcpy(copy, path, path_size);
  if (new_path != NULL) memcpy(copy + path_size, new_path, new_path_size);
  req->path = copy;
  req->new_path = new_path != NULL ? copy + path_size : NULL;
  return 0;
}

static int fs_set_bufs(uv_fs_t *req, const uv_buf_t bufs[], unsigned int nbufs) {
  if (bufs == NULL || nbufs == 0) return UV_EINVAL;
  req->bufs = req->bufsml;
  if (nbufs > sizeof req->bufsml / sizeof req->bufsml[0]) {
    req->bufs = malloc(nbufs * sizeof(*bufs));
    if (req->bufs == NULL) return UV_ENOMEM;
  }
  memcpy(req->bufs, bufs, nbufs * sizeof(*bufs));
  req->nbufs = nbufs;
  return 0;
}

static int fs_post(uv_loop_t *loop, uv_fs_t *req) {
  if (req->cb != NULL) {
    uv__req_register(loop);
    uv__work_submit(loop, &req->work_req, uv__fs_work, uv__fs_done);
    return 0;
  }
  uv__fs_work(&req->work_req);
  return (int)req->result;
}

/* --- the API ----------------------------------------------------------------------------------- */

/* Opens path with UV_FS_O_* flags; the result is the descriptor. */
int uv_fs_open(uv_loop_t *loop, uv_fs_t *req, const char *path, int flags, int mode,
               uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_OPEN, cb);
  int err = fs_set_paths(req, path, NULL);
  if (err != 0) return err;
  req->flags = flags;
  req->mode = mode;
  return fs_post(loop, req);
}

/* Closes a descriptor. */
int uv_fs_close(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_CLOSE, cb);
  req->file = file;
  return fs_post(loop, req);
}

/* Reads into bufs at offset (-1: the current position); the result is the byte count. */
int uv_fs_read(uv_loop_t *loop, uv_fs_t *req, uv_file file, const uv_buf_t bufs[],
               unsigned int nbufs, int64_t offset, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_READ, cb);
  int err = fs_set_bufs(req, bufs, nbufs);
  if (err != 0) return err;
  req->file = file;
  req->off = offset;
  return fs_post(loop, req);
}

/* Writes all of bufs at offset (-1: the current position); the result is the byte count. */
int uv_fs_write(uv_loop_t *loop, uv_fs_t *req, uv_file file, const uv_buf_t bufs[],
                unsigned int nbufs, int64_t offset, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_WRITE, cb);
  int err = fs_set_bufs(req, bufs, nbufs);
  if (err != 0) return err;
  req->file = file;
  req->off = offset;
  return fs_post(loop, req);
}

/* Removes a file (or symbolic link). */
int uv_fs_unlink(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_UNLINK, cb);
  int err = fs_set_paths(req, path, NULL);
  return err != 0 ? err : fs_post(loop, req);
}

/* Copies a file's contents and mode; UV_FS_COPYFILE_EXCL fails if new_path exists. */
int uv_fs_copyfile(uv_loop_t *loop, uv_fs_t *req, const char *path, const char *new_path,
                   int flags, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_COPYFILE, cb);
  if (flags & ~(UV_FS_COPYFILE_EXCL | UV_FS_COPYFILE_FICLONE | UV_FS_COPYFILE_FICLONE_FORCE))
    return UV_EINVAL;
  int err = fs_set_paths(req, path, new_path);
  if (err != 0) return err;
  req->flags = flags;
  return fs_post(loop, req);
}

/* Creates a directory. */
int uv_fs_mkdir(uv_loop_t *loop, uv_fs_t *req, const char *path, int mode, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_MKDIR, cb);
  int err = fs_set_paths(req, path, NULL);
  if (err != 0) return err;
  req->mode = mode;
  return fs_post(loop, req);
}

/* Removes an empty directory. */
int uv_fs_rmdir(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_RMDIR, cb);
  int err = fs_set_paths(req, path, NULL);
  return err != 0 ? err : fs_post(loop, req);
}

/* Lists a directory; the result is the entry count, read with uv_fs_scandir_next. */
int uv_fs_scandir(uv_loop_t *loop, uv_fs_t *req, const char *path, int flags, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_SCANDIR, cb);
  int err = fs_set_paths(req, path, NULL);
  if (err != 0) return err;
  req->flags = flags;
  return fs_post(loop, req);
}

static uv_dirent_type_t dirent_type(const struct dirent *entry) {
#ifdef DT_DIR
  switch (entry->d_type) {
    case DT_DIR: return UV_DIRENT_DIR;
    case DT_REG: return UV_DIRENT_FILE;
    case DT_LNK: return UV_DIRENT_LINK;
#ifdef DT_FIFO
    case DT_FIFO: return UV_DIRENT_FIFO;
#endif
#ifdef DT_SOCK
    case DT_SOCK: return UV_DIRENT_SOCKET;
#endif
    case DT_CHR: return UV_DIRENT_CHAR;
    case DT_BLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
#else
  (void)entry;
  return UV_DIRENT_UNKNOWN;
#endif
}

/* The next entry of a scandir result: 0, UV_EOF after the last, or the request's error. The
 * name stays valid until the next call or uv_fs_req_cleanup. */
int uv_fs_scandir_next(uv_fs_t *req, uv_dirent_t *ent) {
  if (req->result < 0) return (int)req->result;
  if (req->ptr == NULL) return UV_EOF;
  struct dirent **entries = req->ptr;
  if (req->nbufs > 0) free(entries[req->nbufs - 1]);
  if (req->nbufs == (unsigned int)req->result) {
    free(entries);
    req->ptr = NULL;
    return UV_EOF;
  }
  struct dirent *entry = entries[req->nbufs++];
  ent->name = entry->d_name;
  ent->type = dirent_type(entry);
  return 0;
}

/* Stats a path, following links; the result is in req->statbuf (and req->ptr). */
int uv_fs_stat(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_STAT, cb);
  int err = fs_set_paths(req, path, NULL);
  return err != 0 ? err : fs_post(loop, req);
}

/* Stats an open descriptor. */
int uv_fs_fstat(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_FSTAT, cb);
  req->file = file;
  return fs_post(loop, req);
}

/* Stats a path without following a final symbolic link. */
int uv_fs_lstat(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_LSTAT, cb);
  int err = fs_set_paths(req, path, NULL);
  return err != 0 ? err : fs_post(loop, req);
}

/* Renames (moves) a file or directory, replacing new_path. */
int uv_fs_rename(uv_loop_t *loop, uv_fs_t *req, const char *path, const char *new_path,
                 uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_RENAME, cb);
  int err = fs_set_paths(req, path, new_path);
  return err != 0 ? err : fs_post(loop, req);
}

/* Flushes a descriptor's data and metadata to storage. */
int uv_fs_fsync(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_FSYNC, cb);
  req->file = file;
  return fs_post(loop, req);
}

/* Sets a file's length. */
int uv_fs_ftruncate(uv_loop_t *loop, uv_fs_t *req, uv_file file, int64_t offset, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_FTRUNCATE, cb);
  req->file = file;
  req->off = offset;
  return fs_post(loop, req);
}

/* Checks that path exists and allows mode (F_OK, R_OK, W_OK, X_OK). */
int uv_fs_access(uv_loop_t *loop, uv_fs_t *req, const char *path, int mode, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_ACCESS, cb);
  int err = fs_set_paths(req, path, NULL);
  if (err != 0) return err;
  req->flags = mode;
  return fs_post(loop, req);
}

/* Creates a symbolic link new_path pointing at path (flags matter on Windows only). */
int uv_fs_symlink(uv_loop_t *loop, uv_fs_t *req, const char *path, const char *new_path,
                  int flags, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_SYMLINK, cb);
  int err = fs_set_paths(req, path, new_path);
  if (err != 0) return err;
  req->flags = flags;
  return fs_post(loop, req);
}

/* A symbolic link's target, as a string in req->ptr. */
int uv_fs_readlink(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_READLINK, cb);
  int err = fs_set_paths(req, path, NULL);
  return err != 0 ? err : fs_post(loop, req);
}

/* The canonical absolute path (links, "." and ".." resolved), as a string in req->ptr. */
int uv_fs_realpath(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb) {
  if (req == NULL) return UV_EINVAL;
  fs_init(loop, req, UV_FS_REALPATH, cb);
  int err = fs_set_paths(req, path, NULL);
  return err != 0 ? err : fs_post(loop, req);
}

/* Frees what the request owns: path copies, a scandir listing, a readlink/realpath string. */
void uv_fs_req_cleanup(uv_fs_t *req) {
  if (req == NULL) return;
  if (req->path != NULL && req->cb != NULL) free((void *)req->path); /* new_path shares it */
  req->path = NULL;
  req->new_path = NULL;
  if (req->fs_type == UV_FS_SCANDIR && req->ptr != NULL) {
    struct dirent **entries = req->ptr;
    unsigned int count = req->result > 0 ? (unsigned int)req->result : 0;
    /* uv_fs_scandir_next already freed the entries before the cursor but the last. */
    unsigned int first = req->nbufs > 0 ? req->nbufs - 1 : 0;
    for (unsigned int i = first; i < count; i++) free(entries[i]);
    free(entries);
    req->ptr = NULL;
  }
  if (req->bufs != req->bufsml) free(req->bufs);
  req->bufs = NULL;
  if (req->ptr != &req->statbuf) free(req->ptr);
  req->ptr = NULL;
}

/* Accessors libuv offers for bindings that do not touch the struct. */
uv_fs_type uv_fs_get_type(const uv_fs_t *req) { return req->fs_type; }

/* The request's result: a count, a descriptor, 0, or a negative UV_E* code. */
ssize_t uv_fs_get_result(const uv_fs_t *req) { return req->result; }

/* The error as a positive number (libuv: -result). */
int uv_fs_get_system_error(const uv_fs_t *req) { return (int)-req->result; }

/* The result buffer (stat, readlink, realpath, scandir). */
void *uv_fs_get_ptr(const uv_fs_t *req) { return req->ptr; }

/* The request's path. */
const char *uv_fs_get_path(const uv_fs_t *req) { return req->path; }

/* The stat result. */
uv_stat_t *uv_fs_get_statbuf(uv_fs_t *req) { return &req->statbuf; }
