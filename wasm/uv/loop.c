/* The loop: uv_run's phases in libuv 1.44's order, the loop's clock, liveness, and the life
 * cycle every handle shares (ref/unref, close and the closing phase).
 *
 * One iteration: update time, timers, pending, idle, prepare, poll (run the thread pool's
 * finished work, wait up to the computed timeout, deliver async sends and work completions),
 * check, closing handles. Invariant: the loop is alive exactly while a referenced active
 * handle, an active request or a closing handle exists (libuv's uv__loop_alive). The pending
 * phase runs I/O callbacks deferred by the previous poll; the port has no I/O watchers, so
 * nothing is ever pending and the phase is empty. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define UV__STRINGIFY_(x) #x
#define UV__STRINGIFY(x) UV__STRINGIFY_(x)

/* The port's own version: libuv's API version it follows, then "-petrel". */
unsigned int uv_version(void) { return UV_VERSION_HEX; }

/* The same version as text, "1.44.2-petrel", so logs tell the port from real libuv. */
const char *uv_version_string(void) {
  return UV__STRINGIFY(UV_VERSION_MAJOR) "." UV__STRINGIFY(UV_VERSION_MINOR) "." UV__STRINGIFY(
      UV_VERSION_PATCH) "-" UV_VERSION_SUFFIX;
}

/* Nanoseconds from a monotonic clock (WASI clock_time_get; performance.now() on the web). */
uint64_t uv_hrtime(void) {
  struct timespec now;
  if (clock_gettime(CLOCK_MONOTONIC, &now) != 0) return 0;
  return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

/* Caches the clock in ms for the iteration: timers compare against this, not the clock. */
void uv__update_time(uv_loop_t *loop) { loop->time = uv_hrtime() / 1000000; }

static int uv__loop_alive(const uv_loop_t *loop) {
  return loop->active_handles > 0 || loop->active_reqs.count > 0 || loop->closing_handles != NULL;
}

/* How long the poll phase may wait: 0 when anything is runnable now, else until the next
 * timer (-1: no timer). libuv's uv__backend_timeout, minus its pending queue (always empty). */
static int uv__backend_timeout(const uv_loop_t *loop) {
  if (loop->stop_flag == 0 && (loop->active_handles > 0 || loop->active_reqs.count > 0) &&
      uv__queue_empty(&loop->idle_handles) && loop->closing_handles == NULL)
    return uv__next_timeout(loop);
  return 0;
}

/* Prepares a loop; it owns nothing the caller must free until uv_loop_close. */
int uv_loop_init(uv_loop_t *loop) {
  void *saved_data = loop->data;
  memset(loop, 0, sizeof(*loop));
  loop->data = saved_data;
  uv__queue_init(&loop->handle_queue);
  uv__queue_init(&loop->idle_handles);
  uv__queue_init(&loop->prepare_handles);
  uv__queue_init(&loop->check_handles);
  uv__queue_init(&loop->async_handles);
  uv__queue_init(&loop->wq);
  loop->timer_heap.min = NULL;
  loop->timer_heap.nelts = 0;
  loop->closing_handles = NULL;
  uv__update_time(loop);
  /* Work completions arrive through an internal async handle, as in libuv: first in the
   * async list, unreferenced, invisible to uv_walk and uv_loop_close. */
  int err = uv_async_init(loop, &loop->wq_async, uv__work_done);
  if (err != 0) return err;
  uv__handle_unref((uv_handle_t *)&loop->wq_async);
  loop->wq_async.flags |= UV_HANDLE_INTERNAL;
  return 0;
}

static uv_loop_t default_loop_struct;
static uv_loop_t *default_loop_ptr;

/* The process-wide loop node-style code shares; NULL only if initialising it failed. */
uv_loop_t *uv_default_loop(void) {
  if (default_loop_ptr != NULL) return default_loop_ptr;
  if (uv_loop_init(&default_loop_struct) != 0) return NULL;
  default_loop_ptr = &default_loop_struct;
  return default_loop_ptr;
}

/* Releases the loop; UV_EBUSY while a request is active or a handle is not yet closed. */
int uv_loop_close(uv_loop_t *loop) {
  if (loop->active_reqs.count > 0) return UV_EBUSY;
  for (struct uv__queue *q = uv__queue_head(&loop->handle_queue); q != &loop->handle_queue;
       q = q->next) {
    uv_handle_t *h = UV__CONTAINER_OF(q, uv_handle_t, handle_queue);
    if (!(h->flags & UV_HANDLE_INTERNAL)) return UV_EBUSY;
  }
  uv__async_close(&loop->wq_async);
  uv__queue_remove(&loop->wq_async.handle_queue);
  void *saved_data = loop->data;
  memset(loop, 0, sizeof(*loop));
  loop->data = saved_data;
  if (loop == default_loop_ptr) default_loop_ptr = NULL;
  return 0;
}

/* So callers can allocate a loop without knowing the struct. */
size_t uv_loop_size(void) { return sizeof(uv_loop_t); }

/* Non-zero while uv_run would have something to wait for (see the invariant above). */
int uv_loop_alive(const uv_loop_t *loop) { return uv__loop_alive(loop); }

/* Makes uv_run return after the current iteration. */
void uv_stop(uv_loop_t *loop) { loop->stop_flag = 1; }

/* Refreshes the loop's cached time (uv_now) from the clock. */
void uv_update_time(uv_loop_t *loop) { uv__update_time(loop); }

/* The loop's cached time in ms, as of the start of the iteration (or the last update). */
uint64_t uv_now(const uv_loop_t *loop) { return loop->time; }

/* The poll timeout uv_run would use now: what a host that drives the loop schedules by. */
int uv_backend_timeout(const uv_loop_t *loop) { return uv__backend_timeout(loop); }

/* Embedder data on the loop. */
void *uv_loop_get_data(const uv_loop_t *loop) { return loop->data; }

/* Embedder data on the loop. */
void uv_loop_set_data(uv_loop_t *loop, void *data) { loop->data = data; }

/* The poll phase. libuv's thread pool runs work concurrently and wakes the loop through
 * loop->wq_async; here the "threads" finish everything submitted so far at this point, then
 * the phase waits (unless a wakeup is already pending) and delivers the async handles.
 * Returns 1 when the backend handed the wait to the host instead of waiting. */
static int uv__io_poll(uv_loop_t *loop, int timeout) {
  int yielded = 0;
  uv__threadpool_run();
  if (loop->async_wakeup) timeout = 0;
  if (timeout != 0) yielded = !uv__poll_wait(loop, timeout);
  uv__update_time(loop); /* libuv updates the clock after every poll, waiting or not */
  if (loop->async_wakeup) uv__async_io(loop);
  return yielded;
}

static void uv__finish_close(uv_handle_t *handle) {
  handle->flags |= UV_HANDLE_CLOSED;
  uv__handle_unref(handle);
  uv__queue_remove(&handle->handle_queue);
  if (handle->close_cb != NULL) handle->close_cb(handle);
}

/* The closing phase: close callbacks of every handle closed before it started, most recently
 * closed first (libuv keeps them on a LIFO list). */
static void uv__run_closing_handles(uv_loop_t *loop) {
  uv_handle_t *p = loop->closing_handles;
  loop->closing_handles = NULL;
  while (p != NULL) {
    uv_handle_t *next = p->next_closing;
    uv__finish_close(p);
    p = next;
  }
}

/* Runs the loop: DEFAULT until it is no longer alive or uv_stop, ONCE one iteration that may
 * wait, NOWAIT one iteration that does not. Returns non-zero while the loop is still alive.
 * On the web build the poll phase never waits: an iteration that would wait ends uv_run
 * (in every mode) and the host schedules the next turn (petrel_uv_turn). */
int uv_run(uv_loop_t *loop, uv_run_mode mode) {
  int r = uv__loop_alive(loop);
  if (!r) uv__update_time(loop);

  while (r != 0 && loop->stop_flag == 0) {
    uv__update_time(loop);
    uv__run_timers(loop);
    int can_sleep = uv__queue_empty(&loop->idle_handles); /* and no pending callbacks */
    uv__run_idle(loop);
    uv__run_prepare(loop);

    int timeout = 0;
    if ((mode == UV_RUN_ONCE && can_sleep) || mode == UV_RUN_DEFAULT)
      timeout = uv__backend_timeout(loop);
    int yielded = uv__io_poll(loop, timeout);

    uv__run_check(loop);
    uv__run_closing_handles(loop);

    if (mode == UV_RUN_ONCE) {
      /* ONCE implies forward progress: timers that came due while polling run now. */
      uv__update_time(loop);
      uv__run_timers(loop);
    }

    r = uv__loop_alive(loop);
    if (mode == UV_RUN_ONCE || mode == UV_RUN_NOWAIT || yielded) break;
  }

  if (loop->stop_flag != 0) loop->stop_flag = 0;
  return r;
}

/* --- what every handle shares ---------------------------------------------------------------- */

/* Lets an active handle keep the loop alive again. */
void uv_ref(uv_handle_t *handle) { uv__handle_ref(handle); }

/* Stops an active handle from keeping the loop alive (it still runs while the loop does). */
void uv_unref(uv_handle_t *handle) { uv__handle_unref(handle); }

/* Whether the handle is referenced (counts toward liveness when active). */
int uv_has_ref(const uv_handle_t *handle) { return (handle->flags & UV_HANDLE_REF) != 0; }

/* Whether the handle is started (a timer armed, an idle handle running, an async open). */
int uv_is_active(const uv_handle_t *handle) { return uv__is_active(handle); }

/* Whether uv_close was called on the handle. */
int uv_is_closing(const uv_handle_t *handle) { return uv__is_closing(handle); }

/* Stops the handle now and calls close_cb from the loop's closing phase; only after that
 * may its memory be reused. Closing a handle twice is a caller bug (libuv asserts). */
void uv_close(uv_handle_t *handle, uv_close_cb close_cb) {
  if (uv__is_closing(handle)) abort();
  handle->flags |= UV_HANDLE_CLOSING;
  handle->close_cb = close_cb;
  switch (handle->type) {
    case UV_TIMER: uv__timer_close((uv_timer_t *)handle); break;
    case UV_IDLE: uv__idle_close((uv_idle_t *)handle); break;
    case UV_PREPARE: uv__prepare_close((uv_prepare_t *)handle); break;
    case UV_CHECK: uv__check_close((uv_check_t *)handle); break;
    case UV_ASYNC: uv__async_close((uv_async_t *)handle); break;
    default: abort(); /* no other handle type can be initialised by the port */
  }
  handle->next_closing = handle->loop->closing_handles;
  handle->loop->closing_handles = handle;
}

/* Calls walk_cb on every handle of the loop not yet closed, in creation order. */
void uv_walk(uv_loop_t *loop, uv_walk_cb walk_cb, void *arg) {
  struct uv__queue queue;
  uv__queue_move(&loop->handle_queue, &queue);
  while (!uv__queue_empty(&queue)) {
    struct uv__queue *q = uv__queue_head(&queue);
    uv_handle_t *h = UV__CONTAINER_OF(q, uv_handle_t, handle_queue);
    uv__queue_remove(q);
    uv__queue_insert_tail(&loop->handle_queue, q);
    if (h->flags & UV_HANDLE_INTERNAL) continue;
    walk_cb(h, arg);
  }
}

/* Size of a handle type the port implements; (size_t)-1 for the others, as libuv does. */
size_t uv_handle_size(uv_handle_type type) {
  switch (type) {
    case UV_ASYNC: return sizeof(uv_async_t);
    case UV_CHECK: return sizeof(uv_check_t);
    case UV_IDLE: return sizeof(uv_idle_t);
    case UV_PREPARE: return sizeof(uv_prepare_t);
    case UV_TIMER: return sizeof(uv_timer_t);
    default: return (size_t)-1;
  }
}

/* The handle's type, for code that only holds a uv_handle_t. */
uv_handle_type uv_handle_get_type(const uv_handle_t *handle) { return handle->type; }

/* libuv's lower-case name of a handle type ("timer"), NULL for an unknown one. */
const char *uv_handle_type_name(uv_handle_type type) {
  switch (type) {
#define XX(uc, lc) \
  case UV_##uc: return #lc;
    UV_HANDLE_TYPE_MAP(XX)
#undef XX
    case UV_FILE: return "file";
    default: return NULL;
  }
}

/* Embedder data on a handle. */
void *uv_handle_get_data(const uv_handle_t *handle) { return handle->data; }

/* The loop the handle belongs to. */
uv_loop_t *uv_handle_get_loop(const uv_handle_t *handle) { return handle->loop; }

/* Embedder data on a handle. */
void uv_handle_set_data(uv_handle_t *handle, void *data) { handle->data = data; }

/* --- what every request shares --------------------------------------------------------------- */

/* Size of a request type the port implements; (size_t)-1 for the others. */
size_t uv_req_size(uv_req_type type) {
  switch (type) {
    case UV_REQ: return sizeof(uv_req_t);
    case UV_FS: return sizeof(uv_fs_t);
    case UV_WORK: return sizeof(uv_work_t);
    default: return (size_t)-1;
  }
}

/* Embedder data on a request. */
void *uv_req_get_data(const uv_req_t *req) { return req->data; }

/* Embedder data on a request. */
void uv_req_set_data(uv_req_t *req, void *data) { req->data = data; }

/* The request's type, for code that only holds a uv_req_t. */
uv_req_type uv_req_get_type(const uv_req_t *req) { return req->type; }

/* libuv's lower-case name of a request type ("fs"), NULL for an unknown one. */
const char *uv_req_type_name(uv_req_type type) {
  switch (type) {
#define XX(uc, lc) \
  case UV_##uc: return #lc;
    UV_REQ_TYPE_MAP(XX)
#undef XX
    default: return NULL;
  }
}

/* A buffer descriptor for fs reads and writes. */
uv_buf_t uv_buf_init(char *base, unsigned int len) {
  uv_buf_t buf;
  buf.base = base;
  buf.len = len;
  return buf;
}
