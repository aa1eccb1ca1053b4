/* The poll phase's wait in the web build: there is none. A browser tab, a worker or an edge
 * host must never be blocked, and what ends a wait there (a timer of the host, a completion of
 * host work posted with uv_async_send) can only arrive once control is back in JavaScript. So
 * when an iteration would wait, uv_run finishes it (check, closing handles) and returns the
 * loop's liveness; the host then calls petrel_uv_turn again after the delay it returned. */
#include <emscripten.h>

#include "internal.h"

/* Never waits: hands the wait to the host (see the top of the file). */
int uv__poll_wait(uv_loop_t *loop, int timeout) {
  (void)loop;
  (void)timeout;
  return 0;
}

/* The host's entry point: one UV_RUN_NOWAIT turn, then when to call again (see uv.h). */
EMSCRIPTEN_KEEPALIVE int petrel_uv_turn(uv_loop_t *loop) {
  if (uv_run(loop, UV_RUN_NOWAIT) == 0) return PETREL_UV_TURN_DONE;
  if (loop->async_wakeup || uv__threadpool_busy()) return 0;
  int timeout = uv_backend_timeout(loop);
  return timeout < 0 ? PETREL_UV_TURN_IDLE : timeout;
}
