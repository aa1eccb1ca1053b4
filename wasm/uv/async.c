/* Async handles, single-threaded: uv_async_send marks the handle pending and raises the loop's
 * wakeup flag (libuv writes to an eventfd); the next poll phase does not wait and calls every
 * pending handle's callback once, however many sends it got. Like libuv's uv__async_io, the
 * phase walks all async handles in creation order and checks each one's pending flag when it
 * reaches it: a send from a callback to a handle later in the list is delivered in the same
 * pass, a send to itself or an earlier handle in the next poll phase. The loop's internal
 * wq_async (work completions) is created first, so it always goes first.
 *
 * On the web build the host posts completions of its own work with uv_async_send between
 * turns; under WASI nothing outside the loop can send, so a referenced async handle with
 * nothing else alive waits forever, as a native loop with no other thread would. */
#include "internal.h"

/* Opens an async handle; it is active (keeps the loop alive) until closed. */
int uv_async_init(uv_loop_t *loop, uv_async_t *handle, uv_async_cb async_cb) {
  uv__handle_init(loop, (uv_handle_t *)handle, UV_ASYNC);
  handle->async_cb = async_cb;
  handle->pending = 0;
  uv__queue_insert_tail(&loop->async_handles, &handle->queue);
  uv__handle_start((uv_handle_t *)handle);
  return 0;
}

/* Asks for the handle's callback from the next poll phase; sends coalesce until then. */
int uv_async_send(uv_async_t *handle) {
  if (handle->pending != 0) return 0;
  handle->pending = 1;
  handle->loop->async_wakeup = 1;
  return 0;
}

/* The poll phase's delivery (see the top of the file). */
void uv__async_io(uv_loop_t *loop) {
  loop->async_wakeup = 0; /* libuv drains the eventfd before it walks the handles */
  struct uv__queue queue;
  uv__queue_move(&loop->async_handles, &queue);
  while (!uv__queue_empty(&queue)) {
    struct uv__queue *q = uv__queue_head(&queue);
    uv_async_t *h = UV__CONTAINER_OF(q, uv_async_t, queue);
    uv__queue_remove(q);
    uv__queue_insert_tail(&loop->async_handles, q);
    if (h->pending == 0) continue;
    h->pending = 0;
    if (h->async_cb == NULL) continue;
    h->async_cb(h);
  }
}

/* uv_close of an async handle: a pending send is dropped. */
void uv__async_close(uv_async_t *handle) {
  handle->pending = 0;
  uv__queue_remove(&handle->queue);
  uv__handle_stop((uv_handle_t *)handle);
}
