/* The poll phase's wait under WASI: poll_oneoff with one clock subscription, a real blocking
 * sleep until the next timer is due. A single-threaded WASI command has no other source of
 * events yet (no descriptors are watched), so the wait is only ever for the timeout; with no
 * timer at all (timeout -1) nothing can end it, and the loop sleeps indefinitely as a native
 * loop with no other thread would. Like libuv's epoll backend, it sleeps again when it woke
 * before the timeout had fully passed on the loop's clock. */
#include <stdlib.h>
#include <wasi/api.h>

#include "internal.h"

/* One sleep of a no-limit wait; uv_run recomputes and sleeps again after it. */
#define UV__FOREVER_SLICE_MS 3600000

static void sleep_ms(int milliseconds) {
  __wasi_subscription_t subscription = {0};
  subscription.userdata = 0;
  subscription.u.tag = __WASI_EVENTTYPE_CLOCK;
  subscription.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  subscription.u.u.clock.timeout = (__wasi_timestamp_t)milliseconds * 1000000u;
  subscription.u.u.clock.precision = 0;
  subscription.u.u.clock.flags = 0; /* relative */
  __wasi_event_t event;
  __wasi_size_t events = 0;
  /* The loop cannot go on without a clock: like libuv on a failing epoll_wait, give up. */
  if (__wasi_poll_oneoff(&subscription, &event, 1, &events) != 0) abort();
}

/* Sleeps until timeout ms have passed on the loop's clock (see the top of the file). */
int uv__poll_wait(uv_loop_t *loop, int timeout) {
  if (timeout < 0) {
    sleep_ms(UV__FOREVER_SLICE_MS);
    return 1;
  }
  uint64_t base = loop->time;
  int remaining = timeout;
  for (;;) {
    sleep_ms(remaining);
    uv__update_time(loop);
    uint64_t elapsed = loop->time - base;
    if (elapsed >= (uint64_t)timeout) return 1;
    remaining = timeout - (int)elapsed;
  }
}
