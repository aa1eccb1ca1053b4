/* Error codes: libuv's names and messages for every UV_E* code (one table, UV_ERRNO_MAP in
 * uv.h), and the translation from the target C library's errno to those codes. The codes are
 * libuv's Linux values; wasi-libc numbers errno differently (ENOENT is 44 there), so the
 * translation goes by name, never by number. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Unknown codes get libuv's text; libuv leaks a copy per call, the port reuses one buffer. */
static char unknown_error_text[48];

static const char *uv__unknown_err_code(int err) {
  snprintf(unknown_error_text, sizeof unknown_error_text, "Unknown system error %d", err);
  return unknown_error_text;
}

/* The code's message, as node prints it ("no such file or directory"). */
const char *uv_strerror(int err) {
  switch (err) {
#define XX(name, message) \
  case UV_##name: return message;
    UV_ERRNO_MAP(XX)
#undef XX
  }
  return uv__unknown_err_code(err);
}

/* uv_strerror into the caller's buffer. */
char *uv_strerror_r(int err, char *buf, size_t buflen) {
  snprintf(buf, buflen, "%s", uv_strerror(err));
  return buf;
}

/* The code's symbolic name, as node prints it in err.code ("ENOENT"). */
const char *uv_err_name(int err) {
  switch (err) {
#define XX(name, message) \
  case UV_##name: return #name;
    UV_ERRNO_MAP(XX)
#undef XX
  }
  return uv__unknown_err_code(err);
}

/* uv_err_name into the caller's buffer. */
char *uv_err_name_r(int err, char *buf, size_t buflen) {
  snprintf(buf, buflen, "%s", uv_err_name(err));
  return buf;
}

/* A table, not a switch: on some C libraries two names share a value (EAGAIN/EWOULDBLOCK),
 * which a switch would reject as duplicate cases. First match wins. */
static const struct {
  int sys;
  int uv;
} errno_table[] = {
#ifdef E2BIG
    {E2BIG, UV_E2BIG},
#endif
#ifdef EACCES
    {EACCES, UV_EACCES},
#endif
#ifdef EADDRINUSE
    {EADDRINUSE, UV_EADDRINUSE},
#endif
#ifdef EADDRNOTAVAIL
    {EADDRNOTAVAIL, UV_EADDRNOTAVAIL},
#endif
#ifdef EAFNOSUPPORT
    {EAFNOSUPPORT, UV_EAFNOSUPPORT},
#endif
#ifdef EAGAIN
    {EAGAIN, UV_EAGAIN},
#endif
#ifdef EALREADY
    {EALREADY, UV_EALREADY},
#endif
#ifdef EBADF
    {EBADF, UV_EBADF},
#endif
#ifdef EBUSY
    {EBUSY, UV_EBUSY},
#endif
#ifdef ECANCELED
    {ECANCELED, UV_ECANCELED},
#endif
#ifdef ECONNABORTED
    {ECONNABORTED, UV_ECONNABORTED},
#endif
#ifdef ECONNREFUSED
    {ECONNREFUSED, UV_ECONNREFUSED},
#endif
#ifdef ECONNRESET
    {ECONNRESET, UV_ECONNRESET},
#endif
#ifdef EDESTADDRREQ
    {EDESTADDRREQ, UV_EDESTADDRREQ},
#endif
#ifdef EEXIST
    {EEXIST, UV_EEXIST},
#endif
#ifdef EFAULT
    {EFAULT, UV_EFAULT},
#endif
#ifdef EFBIG
    {EFBIG, UV_EFBIG},
#endif
#ifdef EHOSTUNREACH
    {EHOSTUNREACH, UV_EHOSTUNREACH},
#endif
#ifdef EINTR
    {EINTR, UV_EINTR},
#endif
#ifdef EINVAL
    {EINVAL, UV_EINVAL},
#endif
#ifdef EIO
    {EIO, UV_EIO},
#endif
#ifdef EISCONN
    {EISCONN, UV_EISCONN},
#endif
#ifdef EISDIR
    {EISDIR, UV_EISDIR},
#endif
#ifdef ELOOP
    {ELOOP, UV_ELOOP},
#endif
#ifdef EMFILE
    {EMFILE, UV_EMFILE},
#endif
#ifdef EMSGSIZE
    {EMSGSIZE, UV_EMSGSIZE},
#endif
#ifdef ENAMETOOLONG
    {ENAMETOOLONG, UV_ENAMETOOLONG},
#endif
#ifdef ENETDOWN
    {ENETDOWN, UV_ENETDOWN},
#endif
#ifdef ENETUNREACH
    {ENETUNREACH, UV_ENETUNREACH},
#endif
#ifdef ENFILE
    {ENFILE, UV_ENFILE},
#endif
#ifdef ENOBUFS
    {ENOBUFS, UV_ENOBUFS},
#endif
#ifdef ENODEV
    {ENODEV, UV_ENODEV},
#endif
#ifdef ENOENT
    {ENOENT, UV_ENOENT},
#endif
#ifdef ENOMEM
    {ENOMEM, UV_ENOMEM},
#endif
#ifdef ENONET
    {ENONET, UV_ENONET},
#endif
#ifdef ENOPROTOOPT
    {ENOPROTOOPT, UV_ENOPROTOOPT},
#endif
#ifdef ENOSPC
    {ENOSPC, UV_ENOSPC},
#endif
#ifdef ENOSYS
    {ENOSYS, UV_ENOSYS},
#endif
#ifdef ENOTCONN
    {ENOTCONN, UV_ENOTCONN},
#endif
#ifdef ENOTDIR
    {ENOTDIR, UV_ENOTDIR},
#endif
#ifdef ENOTEMPTY
    {ENOTEMPTY, UV_ENOTEMPTY},
#endif
#ifdef ENOTSOCK
    {ENOTSOCK, UV_ENOTSOCK},
#endif
#ifdef ENOTSUP
    {ENOTSUP, UV_ENOTSUP},
#endif
#ifdef EOVERFLOW
    {EOVERFLOW, UV_EOVERFLOW},
#endif
#ifdef EPERM
    {EPERM, UV_EPERM},
#endif
#ifdef EPIPE
    {EPIPE, UV_EPIPE},
#endif
#ifdef EPROTO
    {EPROTO, UV_EPROTO},
#endif
#ifdef EPROTONOSUPPORT
    {EPROTONOSUPPORT, UV_EPROTONOSUPPORT},
#endif
#ifdef EPROTOTYPE
    {EPROTOTYPE, UV_EPROTOTYPE},
#endif
#ifdef ERANGE
    {ERANGE, UV_ERANGE},
#endif
#ifdef EROFS
    {EROFS, UV_EROFS},
#endif
#ifdef ESHUTDOWN
    {ESHUTDOWN, UV_ESHUTDOWN},
#endif
#ifdef ESPIPE
    {ESPIPE, UV_ESPIPE},
#endif
#ifdef ESRCH
    {ESRCH, UV_ESRCH},
#endif
#ifdef ETIMEDOUT
    {ETIMEDOUT, UV_ETIMEDOUT},
#endif
#ifdef ETXTBSY
    {ETXTBSY, UV_ETXTBSY},
#endif
#ifdef EXDEV
    {EXDEV, UV_EXDEV},
#endif
#ifdef ENXIO
    {ENXIO, UV_ENXIO},
#endif
#ifdef EMLINK
    {EMLINK, UV_EMLINK},
#endif
#ifdef EHOSTDOWN
    {EHOSTDOWN, UV_EHOSTDOWN},
#endif
#ifdef EREMOTEIO
    {EREMOTEIO, UV_EREMOTEIO},
#endif
#ifdef ENOTTY
    {ENOTTY, UV_ENOTTY},
#endif
#ifdef EILSEQ
    {EILSEQ, UV_EILSEQ},
#endif
#ifdef ESOCKTNOSUPPORT
    {ESOCKTNOSUPPORT, UV_ESOCKTNOSUPPORT},
#endif
};

/* The UV_E* code for a target errno value, UV_UNKNOWN when it has none. */
int uv__translate_errno(int errno_value) {
  for (size_t i = 0; i < sizeof errno_table / sizeof errno_table[0]; i++)
    if (errno_table[i].sys == errno_value) return errno_table[i].uv;
  return UV_UNKNOWN;
}

/* A target errno value (positive) as a UV_E* code; codes (<= 0) pass through, as in libuv. */
int uv_translate_sys_error(int sys_errno) {
  return sys_errno <= 0 ? sys_errno : uv__translate_errno(sys_errno);
}
