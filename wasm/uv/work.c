/* The work queue without threads. libuv hands work (uv_queue_work, fs requests) to a pool of
 * threads, which run it concurrently and post the finished item to its loop's wq, waking the
 * loop through loop->wq_async; the loop then calls each item's done callback from the poll
 * phase. Here the pool is one FIFO: the poll phase of the next loop iteration that reaches
 * it first runs every submitted item on the loop thread (the point by which libuv's threads
 * would have finished it), then the items' done callbacks follow from the same poll phase
 * through wq_async, in submission order. Work submitted from a done callback runs in the next
 * iteration's poll phase, as it would natively.
 *
 * uv_cancel succeeds while an item has not run yet: it is taken off the FIFO and its done
 * callback gets UV_ECANCELED from the next poll phase. Once it ran, uv_cancel says UV_EBUSY.
 * Cancelling twice before the callback moves it to the back of the queue, as libuv does. */
#include "internal.h"

static struct uv__queue threadpool_queue = {&threadpool_queue, &threadpool_queue};

/* Marks a cancelled item (libuv's uv__cancelled); never called. */
static void uv__cancelled(struct uv__work *w) { (void)w; }

/* Queues an item for the pool (fs requests and uv_queue_work). */
void uv__work_submit(uv_loop_t *loop, struct uv__work *w, void (*work)(struct uv__work *w),
                     void (*done)(struct uv__work *w, int status)) {
  w->loop = loop;
  w->work = work;
  w->done = done;
  uv__queue_insert_tail(&threadpool_queue, &w->wq);
}

static void uv__work_finish(struct uv__work *w) {
  uv__queue_insert_tail(&w->loop->wq, &w->wq);
  uv_async_send(&w->loop->wq_async);
}

/* Runs every submitted item (the "threads" finish them); returns how many ran. */
int uv__threadpool_run(void) {
  int ran = 0;
  while (!uv__queue_empty(&threadpool_queue)) {
    struct uv__queue *q = uv__queue_head(&threadpool_queue);
    struct uv__work *w = UV__CONTAINER_OF(q, struct uv__work, wq);
    uv__queue_remove(q);
    w->work(w);
    w->work = NULL; /* tells uv_cancel it already ran */
    uv__work_finish(w);
    ran++;
  }
  return ran;
}

/* Whether submitted work waits for a poll phase. */
int uv__threadpool_busy(void) { return !uv__queue_empty(&threadpool_queue); }

/* wq_async's callback: the done callbacks of every item finished so far. */
void uv__work_done(uv_async_t *handle) {
  uv_loop_t *loop = UV__CONTAINER_OF(handle, uv_loop_t, wq_async);
  struct uv__queue wq;
  uv__queue_move(&loop->wq, &wq);
  while (!uv__queue_empty(&wq)) {
    struct uv__queue *q = uv__queue_head(&wq);
    uv__queue_remove(q);
    struct uv__work *w = UV__CONTAINER_OF(q, struct uv__work, wq);
    int err = w->work == uv__cancelled ? UV_ECANCELED : 0;
    w->work = NULL;
    w->done(w, err);
  }
}

static void uv__queue_work(struct uv__work *w) {
  uv_work_t *req = UV__CONTAINER_OF(w, uv_work_t, work_req);
  req->work_cb(req);
}

static void uv__queue_done(struct uv__work *w, int err) {
  uv_work_t *req = UV__CONTAINER_OF(w, uv_work_t, work_req);
  uv__req_unregister(req->loop);
  if (req->after_work_cb == NULL) return;
  req->after_work_cb(req, err);
}

/* Runs work_cb "off the loop" (here: in a later poll phase), then after_work_cb on the loop
 * with 0 or UV_ECANCELED. The request keeps the loop alive until after_work_cb. */
int uv_queue_work(uv_loop_t *loop, uv_work_t *req, uv_work_cb work_cb,
                  uv_after_work_cb after_work_cb) {
  if (work_cb == NULL) return UV_EINVAL;
  req->type = UV_WORK;
  uv__req_register(loop);
  req->loop = loop;
  req->work_cb = work_cb;
  req->after_work_cb = after_work_cb;
  uv__work_submit(loop, &req->work_req, uv__queue_work, uv__queue_done);
  return 0;
}

/* Cancels a work or fs request that has not run yet: 0, UV_EBUSY once it ran, UV_EINVAL for
 * other request types. */
int uv_cancel(uv_req_t *req) {
  struct uv__work *w;
  switch (req->type) {
    case UV_FS: w = &((uv_fs_t *)req)->work_req; break;
    case UV_WORK: w = &((uv_work_t *)req)->work_req; break;
    default: return UV_EINVAL;
  }
  if (w->work == NULL) return UV_EBUSY;
  uv__queue_remove(&w->wq); /* from the pool's FIFO (or, cancelled twice, from loop->wq) */
  w->work = uv__cancelled;
  uv__work_finish(w);
  return 0;
}
