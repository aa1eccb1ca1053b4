/* What the libuv tests (tests/unit/test_uv_*.c) share. Those tests run unchanged natively
 * against Debian's libuv and in the wasi and web builds against wasm/uv/, Petrel's port:
 * passing on all of them is the proof that the port behaves like libuv. */
#ifndef PETREL_TESTS_UV_TEST_H
#define PETREL_TESTS_UV_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <uv.h>

#include "unit.h"

/* Waits on the clock (the host's, on the web build) without the loop. */
static inline void uv_test_sleep_ms(uint64_t milliseconds) {
  uint64_t until = uv_hrtime() + milliseconds * 1000000u;
  while (uv_hrtime() < until) {
  }
}

/* uv_run(loop, UV_RUN_DEFAULT) for loops that must wait for a timer. On the web build uv_run
 * never waits: it returns (still alive) when an iteration would, and the host schedules the
 * next turn after uv_backend_timeout() ms. The test plays that host here. */
static inline int uv_test_run(uv_loop_t *loop) {
#ifdef __EMSCRIPTEN__
  while (uv_run(loop, UV_RUN_DEFAULT) != 0) {
    int timeout = uv_backend_timeout(loop);
    if (timeout < 0) return 1; /* only something the host posts could wake it */
    uv_test_sleep_ms((uint64_t)timeout);
  }
  return 0;
#else
  return uv_run(loop, UV_RUN_DEFAULT);
#endif
}

/* A log of callbacks, compared with the exact expected sequence. */
static char uv_test_log[1024];

static inline void uv_test_log_reset(void) { uv_test_log[0] = '\0'; }

static inline void uv_test_record(const char *event) {
  size_t used = strlen(uv_test_log);
  int n = snprintf(uv_test_log + used, sizeof uv_test_log - used, "%s%s", used > 0 ? " " : "",
                   event);
  CHECK(n >= 0 && (size_t)n < sizeof uv_test_log - used); /* the log is long enough */
}

/* A fresh directory name under /tmp (on the web build: Emscripten's in-memory /tmp). */
static inline void uv_test_temp_name(char *out, size_t size, const char *what) {
  int n = snprintf(out, size, "/tmp/petrel_uv_%s_%llu", what, (unsigned long long)uv_hrtime());
  CHECK(n > 0 && (size_t)n < size);
}

#endif
