/* Idle, prepare and check handles: one queue per kind on the loop, run once per iteration in
 * their phase (idle before prepare, both before poll; check after poll). As in libuv, start
 * inserts at the head, so the most recently started handle runs first, and a phase walks a
 * snapshot of its queue: a handle started by a callback of the same phase waits for the next
 * iteration, one stopped by it is skipped. An active idle handle also makes the poll phase
 * not wait. The three kinds are the same code, stamped out by LOOP_WATCHER_DEFINE. */
#include "internal.h"

#define LOOP_WATCHER_DEFINE(name, type)                                               \
  /* Prepares the handle; it does nothing until started. */                           \
  int uv_##name##_init(uv_loop_t *loop, uv_##name##_t *handle) {                      \
    uv__handle_init(loop, (uv_handle_t *)handle, UV_##type);                          \
    handle->name##_cb = NULL;                                                         \
    return 0;                                                                         \
  }                                                                                   \
                                                                                      \
  /* Calls cb once per loop iteration in this handle's phase until stopped. */        \
  int uv_##name##_start(uv_##name##_t *handle, uv_##name##_cb cb) {                   \
    if (uv__is_active((uv_handle_t *)handle)) return 0;                               \
    if (cb == NULL) return UV_EINVAL;                                                 \
    uv__queue_insert_head(&handle->loop->name##_handles, &handle->queue);             \
    handle->name##_cb = cb;                                                           \
    uv__handle_start((uv_handle_t *)handle);                                          \
    return 0;                                                                         \
  }                                                                                   \
                                                                                      \
  /* Stops the callbacks; the handle may be started again. */                         \
  int uv_##name##_stop(uv_##name##_t *handle) {                                       \
    if (!uv__is_active((uv_handle_t *)handle)) return 0;                              \
    uv__queue_remove(&handle->queue);                                                 \
    uv__handle_stop((uv_handle_t *)handle);                                           \
    return 0;                                                                         \
  }                                                                                   \
                                                                                      \
  /* The handle's phase: each started handle once (see the top of the file). */       \
  void uv__run_##name(uv_loop_t *loop) {                                              \
    struct uv__queue queue;                                                           \
    uv__queue_move(&loop->name##_handles, &queue);                                    \
    while (!uv__queue_empty(&queue)) {                                                \
      struct uv__queue *q = uv__queue_head(&queue);                                   \
      uv_##name##_t *h = UV__CONTAINER_OF(q, uv_##name##_t, queue);                   \
      uv__queue_remove(q);                                                            \
      uv__queue_insert_tail(&loop->name##_handles, q);                                \
      h->name##_cb(h);                                                                \
    }                                                                                 \
  }                                                                                   \
                                                                                      \
  /* uv_close of the handle: no more callbacks. */                                    \
  void uv__##name##_close(uv_##name##_t *handle) { uv_##name##_stop(handle); }

LOOP_WATCHER_DEFINE(prepare, PREPARE)
LOOP_WATCHER_DEFINE(check, CHECK)
LOOP_WATCHER_DEFINE(idle, IDLE)
