/* The work queue (libuv's test-threadpool.c, test-threadpool-cancel.c): work_cb runs off the
 * loop, after_work_cb on it, in submission order; a request keeps the loop alive; a request
 * still queued can be cancelled (UV_ECANCELED), a finished one cannot (UV_EBUSY). Natively the
 * pool is cut to one thread so completion order is deterministic. */
#include <stdlib.h>

#include "uv_test.h"

static void use_one_thread(void) { setenv("UV_THREADPOOL_SIZE", "1", 1); }

static int work_calls;

static void on_work(uv_work_t *req) {
  work_calls++;
  *(int *)req->data *= 10;
}

static void on_after_work(uv_work_t *req, int status) {
  char event[32];
  int n = snprintf(event, sizeof event, "%d:%d", *(int *)req->data, status);
  CHECK(n > 0 && (size_t)n < sizeof event);
  uv_test_record(event);
}

static void work_completes_in_order(int argc, char **argv) {
  use_one_thread();
  uv_loop_t loop;
  uv_work_t reqs[3];
  int values[3] = {1, 2, 3};
  uv_test_log_reset();
  work_calls = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  for (int i = 0; i < 3; i++) {
    reqs[i].data = &values[i];
    CHECK_INT(uv_queue_work(&loop, &reqs[i], on_work, on_after_work), 0);
    CHECK_INT(uv_req_get_type((uv_req_t *)&reqs[i]), UV_WORK);
  }
  CHECK_INT(uv_loop_alive(&loop), 1); /* requests alone keep the loop alive */
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_INT(work_calls, 3);
  CHECK_STR(uv_test_log, "10:0 20:0 30:0");
  CHECK_INT(uv_cancel((uv_req_t *)&reqs[0]), UV_EBUSY); /* finished */
  CHECK_INT(uv_loop_close(&loop), 0);
}

/* Takes long enough (on the clock) that the next request is still queued behind it. */
static void on_slow_work(uv_work_t *req) {
  work_calls++;
  uv_test_sleep_ms(50);
}

static void on_unexpected_work(uv_work_t *req) { CHECK(0); }

static void on_after(uv_work_t *req, int status) {
  uv_test_record(status == 0 ? "done" : status == UV_ECANCELED ? "cancelled" : "error");
}

static void queued_work_can_be_cancelled(int argc, char **argv) {
  use_one_thread();
  uv_loop_t loop;
  uv_work_t slow, victim;
  uv_test_log_reset();
  work_calls = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_queue_work(&loop, &slow, on_slow_work, on_after), 0);
  CHECK_INT(uv_queue_work(&loop, &victim, on_unexpected_work, on_after), 0);
  CHECK_INT(uv_cancel((uv_req_t *)&victim), 0);
  CHECK_INT(uv_test_run(&loop), 0);
  /* The cancelled request's callback was posted first, so it comes first. */
  CHECK_STR(uv_test_log, "cancelled done");
  CHECK_INT(work_calls, 1);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void bad_requests(int argc, char **argv) {
  uv_loop_t loop;
  uv_work_t req;
  uv_req_t plain;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_queue_work(&loop, &req, NULL, on_after), UV_EINVAL);
  CHECK_INT(uv_loop_alive(&loop), 0);
  plain.type = UV_UNKNOWN_REQ;
  CHECK_INT(uv_cancel(&plain), UV_EINVAL);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static int bare_work_calls;

static void on_bare_work(uv_work_t *req) { bare_work_calls++; }

static void after_work_callback_is_optional(int argc, char **argv) {
  use_one_thread();
  uv_loop_t loop;
  uv_work_t req;
  bare_work_calls = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_queue_work(&loop, &req, on_bare_work, NULL), 0);
  CHECK_INT(uv_loop_close(&loop), UV_EBUSY); /* an active request */
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_INT(bare_work_calls, 1);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static const UnitCase cases[] = {
  {"work completes in submission order", work_completes_in_order},
  {"queued work can be cancelled", queued_work_can_be_cancelled},
  {"bad requests", bad_requests},
  {"the after-work callback is optional", after_work_callback_is_optional},
};
UNIT_MAIN(cases)
