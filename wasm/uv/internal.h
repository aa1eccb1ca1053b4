/* Private to wasm/uv/: the intrusive queue, handle flags and bookkeeping macros (libuv's
 * uv-common.h), and the entry points each mechanism offers the loop. Not included outside
 * wasm/uv/. Invariant: loop->active_handles counts handles that are active AND referenced
 * and not closing; loop->active_reqs.count counts requests with a callback still owed. */
#ifndef PETREL_UV_INTERNAL_H
#define PETREL_UV_INTERNAL_H

#include <stddef.h>

#include "uv.h"

#define UV__CONTAINER_OF(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

/* --- intrusive doubly-linked queue (a circular list with a sentinel head) ----------------- */
static inline void uv__queue_init(struct uv__queue *q) {
  q->next = q;
  q->prev = q;
}

static inline int uv__queue_empty(const struct uv__queue *q) { return q == q->next; }

static inline struct uv__queue *uv__queue_head(const struct uv__queue *q) { return q->next; }

static inline void uv__queue_insert_tail(struct uv__queue *head, struct uv__queue *q) {
  q->next = head;
  q->prev = head->prev;
  q->prev->next = q;
  head->prev = q;
}

static inline void uv__queue_insert_head(struct uv__queue *head, struct uv__queue *q) {
  q->next = head->next;
  q->prev = head;
  q->next->prev = q;
  head->next = q;
}

static inline void uv__queue_remove(struct uv__queue *q) {
  q->prev->next = q->next;
  q->next->prev = q->prev;
}

/* Moves every element of `from` to the (re-initialised) `to`; `from` ends empty. */
static inline void uv__queue_move(struct uv__queue *from, struct uv__queue *to) {
  if (uv__queue_empty(from)) {
    uv__queue_init(to);
    return;
  }
  to->next = from->next;
  to->prev = from->prev;
  to->next->prev = to;
  to->prev->next = to;
  uv__queue_init(from);
}

/* --- handle state (libuv's UV_HANDLE_* flags and uv__handle_* macros) ---------------------- */
enum {
  UV_HANDLE_CLOSING = 0x01,
  UV_HANDLE_CLOSED = 0x02,
  UV_HANDLE_ACTIVE = 0x04,
  UV_HANDLE_REF = 0x08,
  UV_HANDLE_INTERNAL = 0x10
};

static inline int uv__is_active(const uv_handle_t *h) { return (h->flags & UV_HANDLE_ACTIVE) != 0; }

static inline int uv__is_closing(const uv_handle_t *h) {
  return (h->flags & (UV_HANDLE_CLOSING | UV_HANDLE_CLOSED)) != 0;
}

static inline void uv__handle_init(uv_loop_t *loop, uv_handle_t *h, uv_handle_type type) {
  h->loop = loop;
  h->type = type;
  h->flags = UV_HANDLE_REF; /* Ref the loop when active. */
  h->close_cb = NULL;
  h->next_closing = NULL;
  uv__queue_insert_tail(&loop->handle_queue, &h->handle_queue);
}

static inline void uv__handle_start(uv_handle_t *h) {
  if (h->flags & UV_HANDLE_ACTIVE) return;
  h->flags |= UV_HANDLE_ACTIVE;
  if (h->flags & UV_HANDLE_REF) h->loop->active_handles++;
}

static inline void uv__handle_stop(uv_handle_t *h) {
  if (!(h->flags & UV_HANDLE_ACTIVE)) return;
  h->flags &= ~(unsigned)UV_HANDLE_ACTIVE;
  if (h->flags & UV_HANDLE_REF) h->loop->active_handles--;
}

static inline void uv__handle_ref(uv_handle_t *h) {
  if (h->flags & UV_HANDLE_REF) return;
  h->flags |= UV_HANDLE_REF;
  if (h->flags & UV_HANDLE_CLOSING) return;
  if (h->flags & UV_HANDLE_ACTIVE) h->loop->active_handles++;
}

static inline void uv__handle_unref(uv_handle_t *h) {
  if (!(h->flags & UV_HANDLE_REF)) return;
  h->flags &= ~(unsigned)UV_HANDLE_REF;
  if (h->flags & UV_HANDLE_CLOSING) return;
  if (h->flags & UV_HANDLE_ACTIVE) h->loop->active_handles--;
}

static inline void uv__req_register(uv_loop_t *loop) { loop->active_reqs.count++; }
static inline void uv__req_unregister(uv_loop_t *loop) { loop->active_reqs.count--; }

/* --- clock (loop.c) ------------------------------------------------------------------------ */
void uv__update_time(uv_loop_t *loop);

/* --- timers (timer.c) ----------------------------------------------------------------------- */
void uv__run_timers(uv_loop_t *loop);
int uv__next_timeout(const uv_loop_t *loop);
void uv__timer_close(uv_timer_t *handle);

/* --- idle, prepare, check (handles.c) ------------------------------------------------------- */
void uv__run_idle(uv_loop_t *loop);
void uv__run_prepare(uv_loop_t *loop);
void uv__run_check(uv_loop_t *loop);
void uv__idle_close(uv_idle_t *handle);
void uv__prepare_close(uv_prepare_t *handle);
void uv__check_close(uv_check_t *handle);

/* --- async (async.c) ------------------------------------------------------------------------ */
void uv__async_io(uv_loop_t *loop);
void uv__async_close(uv_async_t *handle);

/* --- work queue (work.c) -------------------------------------------------------------------- */
void uv__work_submit(uv_loop_t *loop, struct uv__work *w, void (*work)(struct uv__work *w),
                     void (*done)(struct uv__work *w, int status));
void uv__work_done(uv_async_t *handle);
int uv__threadpool_run(void);
int uv__threadpool_busy(void);

/* --- poll backend (poll_wasi.c or poll_web.c) ----------------------------------------------- */
/* Waits up to timeout ms (-1: without limit) for the next event. Returns 1 if it waited, 0 if
 * it handed the wait to the host instead (the web build never blocks). */
int uv__poll_wait(uv_loop_t *loop, int timeout);

/* --- errors (errors.c) ---------------------------------------------------------------------- */
/* The UV_E* code for the target C library's errno value (WASI's numbers differ from Linux's). */
int uv__translate_errno(int errno_value);

#endif
