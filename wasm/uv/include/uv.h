/* Petrel's port of libuv for the wasm builds (wasm32-wasi and Emscripten): the subset of
 * libuv 1.44's API that Petrel uses -- the loop, timers, idle/prepare/check, async handles,
 * the work queue and file system requests -- with libuv's names, types, signatures and
 * semantics, so the same C code builds natively against Debian's libuv and here against this
 * port. Struct layouts are this port's own (API-compatible, not ABI-compatible): use the
 * public fields libuv documents (data, loop, type, result, ptr, path, statbuf, ...) only.
 * Error codes are libuv's Linux values whatever the target's errno numbers are.
 * Everything declared here is implemented; see docs/event-loop.md for what is not.
 *
 * libuv is Copyright Joyent, Inc. and other Node contributors (MIT licence); the error table
 * and the enums below follow its uv.h so the values agree. */
#ifndef UV_H
#define UV_H

#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#define UV_EXTERN /* nothing: the port is a static part of petrel_core */

/* The version of libuv whose API this port follows; uv_version_string() says "-petrel". */
#define UV_VERSION_MAJOR 1
#define UV_VERSION_MINOR 44
#define UV_VERSION_PATCH 2
#define UV_VERSION_IS_RELEASE 1
#define UV_VERSION_SUFFIX "petrel"
#define UV_VERSION_HEX ((UV_VERSION_MAJOR << 16) | (UV_VERSION_MINOR << 8) | (UV_VERSION_PATCH))

/* libuv's error codes with their Linux values (what node reports as err.errno). */
#define UV__E2BIG            (-7)
#define UV__EACCES           (-13)
#define UV__EADDRINUSE       (-98)
#define UV__EADDRNOTAVAIL    (-99)
#define UV__EAFNOSUPPORT     (-97)
#define UV__EAGAIN           (-11)
#define UV__EAI_ADDRFAMILY   (-3000)
#define UV__EAI_AGAIN        (-3001)
#define UV__EAI_BADFLAGS     (-3002)
#define UV__EAI_BADHINTS     (-3013)
#define UV__EAI_CANCELED     (-3003)
#define UV__EAI_FAIL         (-3004)
#define UV__EAI_FAMILY       (-3005)
#define UV__EAI_MEMORY       (-3006)
#define UV__EAI_NODATA       (-3007)
#define UV__EAI_NONAME       (-3008)
#define UV__EAI_OVERFLOW     (-3009)
#define UV__EAI_PROTOCOL     (-3014)
#define UV__EAI_SERVICE      (-3010)
#define UV__EAI_SOCKTYPE     (-3011)
#define UV__EALREADY         (-114)
#define UV__EBADF            (-9)
#define UV__EBUSY            (-16)
#define UV__ECANCELED        (-125)
#define UV__ECHARSET         (-4080)
#define UV__ECONNABORTED     (-103)
#define UV__ECONNREFUSED     (-111)
#define UV__ECONNRESET       (-104)
#define UV__EDESTADDRREQ     (-89)
#define UV__EEXIST           (-17)
#define UV__EFAULT           (-14)
#define UV__EFBIG            (-27)
#define UV__EHOSTUNREACH     (-113)
#define UV__EINTR            (-4)
#define UV__EINVAL           (-22)
#define UV__EIO              (-5)
#define UV__EISCONN          (-106)
#define UV__EISDIR           (-21)
#define UV__ELOOP            (-40)
#define UV__EMFILE           (-24)
#define UV__EMSGSIZE         (-90)
#define UV__ENAMETOOLONG     (-36)
#define UV__ENETDOWN         (-100)
#define UV__ENETUNREACH      (-101)
#define UV__ENFILE           (-23)
#define UV__ENOBUFS          (-105)
#define UV__ENODEV           (-19)
#define UV__ENOENT           (-2)
#define UV__ENOMEM           (-12)
#define UV__ENONET           (-64)
#define UV__ENOPROTOOPT      (-92)
#define UV__ENOSPC           (-28)
#define UV__ENOSYS           (-38)
#define UV__ENOTCONN         (-107)
#define UV__ENOTDIR          (-20)
#define UV__ENOTEMPTY        (-39)
#define UV__ENOTSOCK         (-88)
#define UV__ENOTSUP          (-95)
#define UV__EOVERFLOW        (-75)
#define UV__EPERM            (-1)
#define UV__EPIPE            (-32)
#define UV__EPROTO           (-71)
#define UV__EPROTONOSUPPORT  (-93)
#define UV__EPROTOTYPE       (-91)
#define UV__ERANGE           (-34)
#define UV__EROFS            (-30)
#define UV__ESHUTDOWN        (-108)
#define UV__ESPIPE           (-29)
#define UV__ESRCH            (-3)
#define UV__ETIMEDOUT        (-110)
#define UV__ETXTBSY          (-26)
#define UV__EXDEV            (-18)
#define UV__UNKNOWN          (-4094)
#define UV__EOF              (-4095)
#define UV__ENXIO            (-6)
#define UV__EMLINK           (-31)
#define UV__EHOSTDOWN        (-112)
#define UV__EREMOTEIO        (-121)
#define UV__ENOTTY           (-25)
#define UV__EFTYPE           (-4028)
#define UV__EILSEQ           (-84)
#define UV__ESOCKTNOSUPPORT  (-94)

#define UV_ERRNO_MAP(XX)                                                      \
  XX(E2BIG, "argument list too long")                                         \
  XX(EACCES, "permission denied")                                             \
  XX(EADDRINUSE, "address already in use")                                    \
  XX(EADDRNOTAVAIL, "address not available")                                  \
  XX(EAFNOSUPPORT, "address family not supported")                            \
  XX(EAGAIN, "resource temporarily unavailable")                              \
  XX(EAI_ADDRFAMILY, "address family not supported")                          \
  XX(EAI_AGAIN, "temporary failure")                                          \
  XX(EAI_BADFLAGS, "bad ai_flags value")                                      \
  XX(EAI_BADHINTS, "invalid value for hints")                                 \
  XX(EAI_CANCELED, "request canceled")                                        \
  XX(EAI_FAIL, "permanent failure")                                           \
  XX(EAI_FAMILY, "ai_family not supported")                                   \
  XX(EAI_MEMORY, "out of memory")                                             \
  XX(EAI_NODATA, "no address")                                                \
  XX(EAI_NONAME, "unknown node or service")                                   \
  XX(EAI_OVERFLOW, "argument buffer overflow")                                \
  XX(EAI_PROTOCOL, "resolved protocol is unknown")                            \
  XX(EAI_SERVICE, "service not available for socket type")                    \
  XX(EAI_SOCKTYPE, "socket type not supported")                               \
  XX(EALREADY, "connection already in progress")                              \
  XX(EBADF, "bad file descriptor")                                            \
  XX(EBUSY, "resource busy or locked")                                        \
  XX(ECANCELED, "operation canceled")                                         \
  XX(ECHARSET, "invalid Unicode character")                                   \
  XX(ECONNABORTED, "software caused connection abort")                        \
  XX(ECONNREFUSED, "connection refused")                                      \
  XX(ECONNRESET, "connection reset by peer")                                  \
  XX(EDESTADDRREQ, "destination address required")                            \
  XX(EEXIST, "file already exists")                                           \
  XX(EFAULT, "bad address in system call argument")                           \
  XX(EFBIG, "file too large")                                                 \
  XX(EHOSTUNREACH, "host is unreachable")                                     \
  XX(EINTR, "interrupted system call")                                        \
  XX(EINVAL, "invalid argument")                                              \
  XX(EIO, "i/o error")                                                        \
  XX(EISCONN, "socket is already connected")                                  \
  XX(EISDIR, "illegal operation on a directory")                              \
  XX(ELOOP, "too many symbolic links encountered")                            \
  XX(EMFILE, "too many open files")                                           \
  XX(EMSGSIZE, "message too long")                                            \
  XX(ENAMETOOLONG, "name too long")                                           \
  XX(ENETDOWN, "network is down")                                             \
  XX(ENETUNREACH, "network is unreachable")                                   \
  XX(ENFILE, "file table overflow")                                           \
  XX(ENOBUFS, "no buffer space available")                                    \
  XX(ENODEV, "no such device")                                                \
  XX(ENOENT, "no such file or directory")                                     \
  XX(ENOMEM, "not enough memory")                                             \
  XX(ENONET, "machine is not on the network")                                 \
  XX(ENOPROTOOPT, "protocol not available")                                   \
  XX(ENOSPC, "no space left on device")                                       \
  XX(ENOSYS, "function not implemented")                                      \
  XX(ENOTCONN, "socket is not connected")                                     \
  XX(ENOTDIR, "not a directory")                                              \
  XX(ENOTEMPTY, "directory not empty")                                        \
  XX(ENOTSOCK, "socket operation on non-socket")                              \
  XX(ENOTSUP, "operation not supported on socket")                            \
  XX(EOVERFLOW, "value too large for defined data type")                      \
  XX(EPERM, "operation not permitted")                                        \
  XX(EPIPE, "broken pipe")                                                    \
  XX(EPROTO, "protocol error")                                                \
  XX(EPROTONOSUPPORT, "protocol not supported")                               \
  XX(EPROTOTYPE, "protocol wrong type for socket")                            \
  XX(ERANGE, "result too large")                                              \
  XX(EROFS, "read-only file system")                                          \
  XX(ESHUTDOWN, "cannot send after transport endpoint shutdown")              \
  XX(ESPIPE, "invalid seek")                                                  \
  XX(ESRCH, "no such process")                                                \
  XX(ETIMEDOUT, "connection timed out")                                       \
  XX(ETXTBSY, "text file is busy")                                            \
  XX(EXDEV, "cross-device link not permitted")                                \
  XX(UNKNOWN, "unknown error")                                                \
  XX(EOF, "end of file")                                                      \
  XX(ENXIO, "no such device or address")                                      \
  XX(EMLINK, "too many links")                                                \
  XX(EHOSTDOWN, "host is down")                                               \
  XX(EREMOTEIO, "remote I/O error")                                           \
  XX(ENOTTY, "inappropriate ioctl for device")                                \
  XX(EFTYPE, "inappropriate file type or format")                             \
  XX(EILSEQ, "illegal byte sequence")                                         \
  XX(ESOCKTNOSUPPORT, "socket type not supported")                            \

#define UV_HANDLE_TYPE_MAP(XX)                                                \
  XX(ASYNC, async)                                                            \
  XX(CHECK, check)                                                            \
  XX(FS_EVENT, fs_event)                                                      \
  XX(FS_POLL, fs_poll)                                                        \
  XX(HANDLE, handle)                                                          \
  XX(IDLE, idle)                                                              \
  XX(NAMED_PIPE, pipe)                                                        \
  XX(POLL, poll)                                                              \
  XX(PREPARE, prepare)                                                        \
  XX(PROCESS, process)                                                        \
  XX(STREAM, stream)                                                          \
  XX(TCP, tcp)                                                                \
  XX(TIMER, timer)                                                            \
  XX(TTY, tty)                                                                \
  XX(UDP, udp)                                                                \
  XX(SIGNAL, signal)                                                          \

#define UV_REQ_TYPE_MAP(XX)                                                   \
  XX(REQ, req)                                                                \
  XX(CONNECT, connect)                                                        \
  XX(WRITE, write)                                                            \
  XX(SHUTDOWN, shutdown)                                                      \
  XX(UDP_SEND, udp_send)                                                      \
  XX(FS, fs)                                                                  \
  XX(WORK, work)                                                              \
  XX(GETADDRINFO, getaddrinfo)                                                \
  XX(GETNAMEINFO, getnameinfo)                                                \
  XX(RANDOM, random)                                                          \

typedef enum {
#define XX(code, _) UV_##code = UV__##code,
  UV_ERRNO_MAP(XX)
#undef XX
  UV_ERRNO_MAX = UV__EOF - 1
} uv_errno_t;

/* The enums keep libuv's full lists so their values agree; only the port's types work. */
typedef enum {
  UV_UNKNOWN_HANDLE = 0,
#define XX(uc, lc) UV_##uc,
  UV_HANDLE_TYPE_MAP(XX)
#undef XX
  UV_FILE,
  UV_HANDLE_TYPE_MAX
} uv_handle_type;

typedef enum {
  UV_UNKNOWN_REQ = 0,
#define XX(uc, lc) UV_##uc,
  UV_REQ_TYPE_MAP(XX)
#undef XX
  UV_REQ_TYPE_MAX
} uv_req_type;

typedef enum {
  UV_RUN_DEFAULT = 0,
  UV_RUN_ONCE,
  UV_RUN_NOWAIT
} uv_run_mode;

typedef enum {
  UV_FS_UNKNOWN = -1,
  UV_FS_CUSTOM,
  UV_FS_OPEN,
  UV_FS_CLOSE,
  UV_FS_READ,
  UV_FS_WRITE,
  UV_FS_SENDFILE,
  UV_FS_STAT,
  UV_FS_LSTAT,
  UV_FS_FSTAT,
  UV_FS_FTRUNCATE,
  UV_FS_UTIME,
  UV_FS_FUTIME,
  UV_FS_ACCESS,
  UV_FS_CHMOD,
  UV_FS_FCHMOD,
  UV_FS_FSYNC,
  UV_FS_FDATASYNC,
  UV_FS_UNLINK,
  UV_FS_RMDIR,
  UV_FS_MKDIR,
  UV_FS_MKDTEMP,
  UV_FS_RENAME,
  UV_FS_SCANDIR,
  UV_FS_LINK,
  UV_FS_SYMLINK,
  UV_FS_READLINK,
  UV_FS_CHOWN,
  UV_FS_FCHOWN,
  UV_FS_REALPATH,
  UV_FS_COPYFILE,
  UV_FS_LCHOWN,
  UV_FS_OPENDIR,
  UV_FS_READDIR,
  UV_FS_CLOSEDIR,
  UV_FS_STATFS,
  UV_FS_MKSTEMP,
  UV_FS_LUTIME
} uv_fs_type;

typedef enum {
  UV_DIRENT_UNKNOWN,
  UV_DIRENT_FILE,
  UV_DIRENT_DIR,
  UV_DIRENT_LINK,
  UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR,
  UV_DIRENT_BLOCK
} uv_dirent_type_t;

typedef struct uv_loop_s uv_loop_t;
typedef struct uv_handle_s uv_handle_t;
typedef struct uv_timer_s uv_timer_t;
typedef struct uv_prepare_s uv_prepare_t;
typedef struct uv_check_s uv_check_t;
typedef struct uv_idle_s uv_idle_t;
typedef struct uv_async_s uv_async_t;
typedef struct uv_req_s uv_req_t;
typedef struct uv_fs_s uv_fs_t;
typedef struct uv_work_s uv_work_t;
typedef struct uv_dirent_s uv_dirent_t;

typedef int uv_file;
typedef int uv_os_fd_t;

/* Same members as libuv's unix uv_buf_t (and struct iovec): base, then len. */
typedef struct uv_buf_t {
  char *base;
  size_t len;
} uv_buf_t;

typedef struct {
  long tv_sec;
  long tv_nsec;
} uv_timespec_t;

typedef struct {
  uint64_t st_dev;
  uint64_t st_mode;
  uint64_t st_nlink;
  uint64_t st_uid;
  uint64_t st_gid;
  uint64_t st_rdev;
  uint64_t st_ino;
  uint64_t st_size;
  uint64_t st_blksize;
  uint64_t st_blocks;
  uint64_t st_flags;
  uint64_t st_gen;
  uv_timespec_t st_atim;
  uv_timespec_t st_mtim;
  uv_timespec_t st_ctim;
  uv_timespec_t st_birthtim;
} uv_stat_t;

struct uv_dirent_s {
  const char *name;
  uv_dirent_type_t type;
};

typedef void (*uv_close_cb)(uv_handle_t *handle);
typedef void (*uv_timer_cb)(uv_timer_t *handle);
typedef void (*uv_async_cb)(uv_async_t *handle);
typedef void (*uv_prepare_cb)(uv_prepare_t *handle);
typedef void (*uv_check_cb)(uv_check_t *handle);
typedef void (*uv_idle_cb)(uv_idle_t *handle);
typedef void (*uv_walk_cb)(uv_handle_t *handle, void *arg);
typedef void (*uv_fs_cb)(uv_fs_t *req);
typedef void (*uv_work_cb)(uv_work_t *req);
typedef void (*uv_after_work_cb)(uv_work_t *req, int status);

/* Private building blocks of the structs below (the port's, not libuv's). */
struct uv__queue {
  struct uv__queue *next;
  struct uv__queue *prev;
};

struct uv__heap_node {
  struct uv__heap_node *left;
  struct uv__heap_node *right;
  struct uv__heap_node *parent;
};

struct uv__heap {
  struct uv__heap_node *min;
  unsigned int nelts;
};

/* A unit of work for the (thread-less) thread pool: fs requests and uv_queue_work. */
struct uv__work {
  void (*work)(struct uv__work *w);
  void (*done)(struct uv__work *w, int status);
  uv_loop_t *loop;
  struct uv__queue wq;
};

#define UV_REQ_FIELDS                                                         \
  /* public */                                                                \
  void *data;                                                                 \
  /* read-only */                                                             \
  uv_req_type type;                                                           \
  /* private */                                                               \
  void *reserved[6];

struct uv_req_s {
  UV_REQ_FIELDS
};

#define UV_HANDLE_FIELDS                                                      \
  /* public */                                                                \
  void *data;                                                                 \
  /* read-only */                                                             \
  uv_loop_t *loop;                                                            \
  uv_handle_type type;                                                        \
  /* private */                                                               \
  uv_close_cb close_cb;                                                       \
  struct uv__queue handle_queue;                                              \
  union {                                                                     \
    int fd;                                                                   \
    void *reserved[4];                                                        \
  } u;                                                                        \
  uv_handle_t *next_closing;                                                  \
  unsigned int flags;

struct uv_handle_s {
  UV_HANDLE_FIELDS
};

struct uv_timer_s {
  UV_HANDLE_FIELDS
  uv_timer_cb timer_cb;
  struct uv__heap_node heap_node;
  uint64_t timeout;
  uint64_t repeat;
  uint64_t start_id;
};

struct uv_prepare_s {
  UV_HANDLE_FIELDS
  uv_prepare_cb prepare_cb;
  struct uv__queue queue;
};

struct uv_check_s {
  UV_HANDLE_FIELDS
  uv_check_cb check_cb;
  struct uv__queue queue;
};

struct uv_idle_s {
  UV_HANDLE_FIELDS
  uv_idle_cb idle_cb;
  struct uv__queue queue;
};

struct uv_async_s {
  UV_HANDLE_FIELDS
  uv_async_cb async_cb;
  struct uv__queue queue;
  int pending;
};

struct uv_work_s {
  UV_REQ_FIELDS
  uv_loop_t *loop;
  uv_work_cb work_cb;
  uv_after_work_cb after_work_cb;
  /* private */
  struct uv__work work_req;
};

struct uv_fs_s {
  UV_REQ_FIELDS
  uv_fs_type fs_type;
  uv_loop_t *loop;
  uv_fs_cb cb;
  ssize_t result;
  void *ptr;
  const char *path;
  uv_stat_t statbuf; /* Stores the result of uv_fs_stat(), uv_fs_fstat() and uv_fs_lstat(). */
  /* private */
  const char *new_path;
  uv_file file;
  int flags;
  int mode;
  unsigned int nbufs;
  uv_buf_t *bufs;
  int64_t off;
  uv_buf_t bufsml[4];
  struct uv__work work_req;
};

struct uv_loop_s {
  /* User data - use this for whatever. */
  void *data;
  /* Loop reference counting. */
  unsigned int active_handles;
  struct uv__queue handle_queue;
  union {
    void *unused;
    unsigned int count;
  } active_reqs;
  void *internal_fields;
  /* Internal flag to signal loop stop. */
  unsigned int stop_flag;
  /* private */
  uint64_t time;
  struct uv__heap timer_heap;
  uint64_t timer_counter;
  struct uv__queue idle_handles;
  struct uv__queue prepare_handles;
  struct uv__queue check_handles;
  struct uv__queue async_handles;
  uv_handle_t *closing_handles;
  int async_wakeup;     /* an async send is waiting for the poll phase (libuv: the eventfd) */
  struct uv__queue wq;  /* finished work waiting for its done callback */
  uv_async_t wq_async;  /* delivers that work, like libuv's loop->wq_async */
};

/* Version */
UV_EXTERN unsigned int uv_version(void);
UV_EXTERN const char *uv_version_string(void);

/* Errors */
UV_EXTERN const char *uv_strerror(int err);
UV_EXTERN char *uv_strerror_r(int err, char *buf, size_t buflen);
UV_EXTERN const char *uv_err_name(int err);
UV_EXTERN char *uv_err_name_r(int err, char *buf, size_t buflen);
UV_EXTERN int uv_translate_sys_error(int sys_errno);

/* Loop */
UV_EXTERN uv_loop_t *uv_default_loop(void);
UV_EXTERN int uv_loop_init(uv_loop_t *loop);
UV_EXTERN int uv_loop_close(uv_loop_t *loop);
UV_EXTERN size_t uv_loop_size(void);
UV_EXTERN int uv_loop_alive(const uv_loop_t *loop);
UV_EXTERN int uv_run(uv_loop_t *, uv_run_mode mode);
UV_EXTERN void uv_stop(uv_loop_t *);
UV_EXTERN void uv_update_time(uv_loop_t *);
UV_EXTERN uint64_t uv_now(const uv_loop_t *);
UV_EXTERN int uv_backend_timeout(const uv_loop_t *);
UV_EXTERN void *uv_loop_get_data(const uv_loop_t *);
UV_EXTERN void uv_loop_set_data(uv_loop_t *, void *data);
UV_EXTERN uint64_t uv_hrtime(void);

/* Handles */
UV_EXTERN void uv_ref(uv_handle_t *);
UV_EXTERN void uv_unref(uv_handle_t *);
UV_EXTERN int uv_has_ref(const uv_handle_t *);
UV_EXTERN int uv_is_active(const uv_handle_t *handle);
UV_EXTERN int uv_is_closing(const uv_handle_t *handle);
UV_EXTERN void uv_close(uv_handle_t *handle, uv_close_cb close_cb);
UV_EXTERN void uv_walk(uv_loop_t *loop, uv_walk_cb walk_cb, void *arg);
UV_EXTERN size_t uv_handle_size(uv_handle_type type);
UV_EXTERN uv_handle_type uv_handle_get_type(const uv_handle_t *handle);
UV_EXTERN const char *uv_handle_type_name(uv_handle_type type);
UV_EXTERN void *uv_handle_get_data(const uv_handle_t *handle);
UV_EXTERN uv_loop_t *uv_handle_get_loop(const uv_handle_t *handle);
UV_EXTERN void uv_handle_set_data(uv_handle_t *handle, void *data);

/* Requests */
UV_EXTERN size_t uv_req_size(uv_req_type type);
UV_EXTERN void *uv_req_get_data(const uv_req_t *req);
UV_EXTERN void uv_req_set_data(uv_req_t *req, void *data);
UV_EXTERN uv_req_type uv_req_get_type(const uv_req_t *req);
UV_EXTERN const char *uv_req_type_name(uv_req_type type);
UV_EXTERN int uv_cancel(uv_req_t *req);

UV_EXTERN uv_buf_t uv_buf_init(char *base, unsigned int len);

/* Timers */
UV_EXTERN int uv_timer_init(uv_loop_t *, uv_timer_t *handle);
UV_EXTERN int uv_timer_start(uv_timer_t *handle, uv_timer_cb cb, uint64_t timeout,
                             uint64_t repeat);
UV_EXTERN int uv_timer_stop(uv_timer_t *handle);
UV_EXTERN int uv_timer_again(uv_timer_t *handle);
UV_EXTERN void uv_timer_set_repeat(uv_timer_t *handle, uint64_t repeat);
UV_EXTERN uint64_t uv_timer_get_repeat(const uv_timer_t *handle);
UV_EXTERN uint64_t uv_timer_get_due_in(const uv_timer_t *handle);

/* Idle, prepare and check */
UV_EXTERN int uv_prepare_init(uv_loop_t *, uv_prepare_t *prepare);
UV_EXTERN int uv_prepare_start(uv_prepare_t *prepare, uv_prepare_cb cb);
UV_EXTERN int uv_prepare_stop(uv_prepare_t *prepare);
UV_EXTERN int uv_check_init(uv_loop_t *, uv_check_t *check);
UV_EXTERN int uv_check_start(uv_check_t *check, uv_check_cb cb);
UV_EXTERN int uv_check_stop(uv_check_t *check);
UV_EXTERN int uv_idle_init(uv_loop_t *, uv_idle_t *idle);
UV_EXTERN int uv_idle_start(uv_idle_t *idle, uv_idle_cb cb);
UV_EXTERN int uv_idle_stop(uv_idle_t *idle);

/* Async */
UV_EXTERN int uv_async_init(uv_loop_t *, uv_async_t *async, uv_async_cb async_cb);
UV_EXTERN int uv_async_send(uv_async_t *async);

/* Work queue */
UV_EXTERN int uv_queue_work(uv_loop_t *loop, uv_work_t *req, uv_work_cb work_cb,
                            uv_after_work_cb after_work_cb);

/* File system requests: synchronous when cb is NULL, else completed from the loop. */
#define UV_FS_COPYFILE_EXCL 0x0001
#define UV_FS_COPYFILE_FICLONE 0x0002
#define UV_FS_COPYFILE_FICLONE_FORCE 0x0004

#define UV_FS_O_APPEND O_APPEND
#define UV_FS_O_CREAT O_CREAT
#define UV_FS_O_EXCL O_EXCL
#define UV_FS_O_RDONLY O_RDONLY
#define UV_FS_O_RDWR O_RDWR
#define UV_FS_O_TRUNC O_TRUNC
#define UV_FS_O_WRONLY O_WRONLY
#ifdef O_DIRECTORY
#define UV_FS_O_DIRECTORY O_DIRECTORY
#else
#define UV_FS_O_DIRECTORY 0
#endif
#ifdef O_NOFOLLOW
#define UV_FS_O_NOFOLLOW O_NOFOLLOW
#else
#define UV_FS_O_NOFOLLOW 0
#endif
#ifdef O_SYNC
#define UV_FS_O_SYNC O_SYNC
#else
#define UV_FS_O_SYNC 0
#endif

UV_EXTERN uv_fs_type uv_fs_get_type(const uv_fs_t *);
UV_EXTERN ssize_t uv_fs_get_result(const uv_fs_t *);
UV_EXTERN int uv_fs_get_system_error(const uv_fs_t *);
UV_EXTERN void *uv_fs_get_ptr(const uv_fs_t *);
UV_EXTERN const char *uv_fs_get_path(const uv_fs_t *);
UV_EXTERN uv_stat_t *uv_fs_get_statbuf(uv_fs_t *);
UV_EXTERN void uv_fs_req_cleanup(uv_fs_t *req);
UV_EXTERN int uv_fs_close(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_fs_cb cb);
UV_EXTERN int uv_fs_open(uv_loop_t *loop, uv_fs_t *req, const char *path, int flags, int mode,
                         uv_fs_cb cb);
UV_EXTERN int uv_fs_read(uv_loop_t *loop, uv_fs_t *req, uv_file file, const uv_buf_t bufs[],
                         unsigned int nbufs, int64_t offset, uv_fs_cb cb);
UV_EXTERN int uv_fs_write(uv_loop_t *loop, uv_fs_t *req, uv_file file, const uv_buf_t bufs[],
                          unsigned int nbufs, int64_t offset, uv_fs_cb cb);
UV_EXTERN int uv_fs_unlink(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb);
UV_EXTERN int uv_fs_copyfile(uv_loop_t *loop, uv_fs_t *req, const char *path,
                             const char *new_path, int flags, uv_fs_cb cb);
UV_EXTERN int uv_fs_mkdir(uv_loop_t *loop, uv_fs_t *req, const char *path, int mode,
                          uv_fs_cb cb);
UV_EXTERN int uv_fs_rmdir(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb);
UV_EXTERN int uv_fs_scandir(uv_loop_t *loop, uv_fs_t *req, const char *path, int flags,
                            uv_fs_cb cb);
UV_EXTERN int uv_fs_scandir_next(uv_fs_t *req, uv_dirent_t *ent);
UV_EXTERN int uv_fs_stat(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb);
UV_EXTERN int uv_fs_fstat(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_fs_cb cb);
UV_EXTERN int uv_fs_lstat(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb);
UV_EXTERN int uv_fs_rename(uv_loop_t *loop, uv_fs_t *req, const char *path,
                           const char *new_path, uv_fs_cb cb);
UV_EXTERN int uv_fs_fsync(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_fs_cb cb);
UV_EXTERN int uv_fs_ftruncate(uv_loop_t *loop, uv_fs_t *req, uv_file file, int64_t offset,
                              uv_fs_cb cb);
UV_EXTERN int uv_fs_access(uv_loop_t *loop, uv_fs_t *req, const char *path, int mode,
                           uv_fs_cb cb);
#define UV_FS_SYMLINK_DIR 0x0001
#define UV_FS_SYMLINK_JUNCTION 0x0002
UV_EXTERN int uv_fs_symlink(uv_loop_t *loop, uv_fs_t *req, const char *path,
                            const char *new_path, int flags, uv_fs_cb cb);
UV_EXTERN int uv_fs_readlink(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb);
UV_EXTERN int uv_fs_realpath(uv_loop_t *loop, uv_fs_t *req, const char *path, uv_fs_cb cb);

#ifdef __EMSCRIPTEN__
/* Web build only: the host drives the loop (uv_run never waits there; see
 * docs/event-loop.md). Runs one UV_RUN_NOWAIT turn and says when to run the next: the
 * milliseconds until then (0: at once), PETREL_UV_TURN_DONE when the loop is no longer
 * alive, or PETREL_UV_TURN_IDLE when only something the host posts can wake it. */
#define PETREL_UV_TURN_DONE (-1)
#define PETREL_UV_TURN_IDLE (-2)
UV_EXTERN int petrel_uv_turn(uv_loop_t *loop);
#endif

#endif /* UV_H */
