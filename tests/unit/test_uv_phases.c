/* The loop's phase order, recorded callback by callback: timers, idle, prepare, poll (fs and
 * work completions, async handles), check, closing handles -- identical natively on Debian's
 * libuv and on wasm/uv/. Each wait is for one request only, so the native thread pool cannot
 * reorder anything. */
#include "uv_test.h"

static uv_timer_t timer;
static uv_idle_t idle;
static uv_prepare_t prepare;
static uv_check_t check;
static uv_async_t async;
static uv_fs_t stat_req;
static uv_work_t work;
static int work_ran;

static void on_close(uv_handle_t *handle) {
  uv_test_record(handle == (uv_handle_t *)&timer     ? "close:timer"
                 : handle == (uv_handle_t *)&idle    ? "close:idle"
                 : handle == (uv_handle_t *)&prepare ? "close:prepare"
                 : handle == (uv_handle_t *)&check   ? "close:check"
                                                     : "close:async");
}

static void on_work(uv_work_t *req) { work_ran++; } /* runs off the loop natively: not logged */

static void on_after_work(uv_work_t *req, int status) {
  uv_test_record(status == 0 && work_ran == 1 ? "after_work" : "after_work:bad");
  uv_close((uv_handle_t *)&prepare, on_close);
  uv_async_send(&async);
}

static void on_stat(uv_fs_t *req) {
  uv_test_record(req->result == 0 ? "fs" : "fs:error");
  uv_fs_req_cleanup(req);
  CHECK_INT(uv_queue_work(req->loop, &work, on_work, on_after_work), 0);
}

static void on_async(uv_async_t *handle) {
  uv_test_record("async");
  uv_close((uv_handle_t *)handle, on_close);
}

static void on_timer(uv_timer_t *handle) {
  uv_test_record("timer");
  CHECK_INT(uv_fs_stat(handle->loop, &stat_req, "/", on_stat), 0);
}

/* Stopped, not closed: a pending close would keep the poll phase from waiting. */
static void on_idle(uv_idle_t *handle) {
  uv_test_record("idle");
  uv_idle_stop(handle);
}

static void on_prepare(uv_prepare_t *handle) { uv_test_record("prepare"); }

static int checks;

static void on_check(uv_check_t *handle) {
  uv_test_record("check");
  if (++checks == 2) {
    uv_close((uv_handle_t *)handle, on_close);
    uv_close((uv_handle_t *)&timer, on_close);
    uv_close((uv_handle_t *)&idle, on_close);
  }
}

static void phases_run_in_libuv_order(int argc, char **argv) {
  uv_loop_t loop;
  uv_test_log_reset();
  work_ran = 0;
  checks = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_idle_init(&loop, &idle), 0);
  CHECK_INT(uv_prepare_init(&loop, &prepare), 0);
  CHECK_INT(uv_check_init(&loop, &check), 0);
  CHECK_INT(uv_async_init(&loop, &async, on_async), 0);
  CHECK_INT(uv_timer_start(&timer, on_timer, 0, 0), 0);
  CHECK_INT(uv_idle_start(&idle, on_idle), 0);
  CHECK_INT(uv_prepare_start(&prepare, on_prepare), 0);
  CHECK_INT(uv_check_start(&check, on_check), 0);

  CHECK_INT(uv_test_run(&loop), 0);
  /* Iteration 1: the poll phase waits for the fs completion, whose callback queues work.
   * Iteration 2: the work completion sends the async handle, which comes after the loop's
   * internal work handle and so in the same poll pass; check closes the rest, and the close
   * callbacks come most recently closed first. */
  CHECK_STR(uv_test_log,
            "timer idle prepare fs check "
            "prepare after_work async check "
            "close:idle close:timer close:check close:async close:prepare");
  CHECK_INT(uv_loop_close(&loop), 0);
}

/* Node's classic: inside an I/O callback, setImmediate (check) runs before setTimeout 0. */
static uv_timer_t zero_timer;
static uv_check_t immediate;

static void on_zero_timer(uv_timer_t *handle) {
  uv_test_record("timeout");
  uv_close((uv_handle_t *)handle, NULL);
}

static void on_immediate(uv_check_t *handle) {
  uv_test_record("immediate");
  uv_close((uv_handle_t *)handle, NULL);
}

static void on_io(uv_fs_t *req) {
  uv_test_record("io");
  uv_fs_req_cleanup(req);
  CHECK_INT(uv_timer_start(&zero_timer, on_zero_timer, 0, 0), 0);
  CHECK_INT(uv_check_start(&immediate, on_immediate), 0);
}

static void check_before_timer_inside_io_callback(int argc, char **argv) {
  uv_loop_t loop;
  uv_fs_t req;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &zero_timer), 0);
  CHECK_INT(uv_check_init(&loop, &immediate), 0);
  CHECK_INT(uv_fs_stat(&loop, &req, "/", on_io), 0);
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_STR(uv_test_log, "io immediate timeout");
  CHECK_INT(uv_loop_close(&loop), 0);
}

/* uv_stop ends uv_run after the current iteration, with the loop still alive. */
static void on_stopping_idle(uv_idle_t *handle) {
  uv_test_record("idle");
  uv_stop(handle->loop);
}

static void on_stopping_check(uv_check_t *handle) { uv_test_record("check"); }

static void stop_finishes_the_iteration(int argc, char **argv) {
  uv_loop_t loop;
  uv_idle_t stopper;
  uv_check_t checker;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_idle_init(&loop, &stopper), 0);
  CHECK_INT(uv_check_init(&loop, &checker), 0);
  CHECK_INT(uv_idle_start(&stopper, on_stopping_idle), 0);
  CHECK_INT(uv_check_start(&checker, on_stopping_check), 0);
  CHECK(uv_run(&loop, UV_RUN_DEFAULT) != 0);
  CHECK_STR(uv_test_log, "idle check");
  CHECK(uv_run(&loop, UV_RUN_NOWAIT) != 0); /* the stop flag was reset */
  CHECK_STR(uv_test_log, "idle check idle check");
  uv_close((uv_handle_t *)&stopper, NULL);
  uv_close((uv_handle_t *)&checker, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static const UnitCase cases[] = {
  {"phases run in libuv's order", phases_run_in_libuv_order},
  {"check before a 0 ms timer inside an I/O callback", check_before_timer_inside_io_callback},
  {"uv_stop finishes the iteration", stop_finishes_the_iteration},
};
UNIT_MAIN(cases)
