/* Idle, prepare and check handles (libuv's test-idle.c, test-loop-handles.c): once per
 * iteration in their phases, most recently started first, a start from a callback waits for
 * the next iteration, and UV_RUN_ONCE/NOWAIT return values with them. */
#include "uv_test.h"

static uv_idle_t idle_a, idle_b;
static uv_prepare_t prepare;
static uv_check_t check;
static int idle_calls;

static void on_close_named(uv_handle_t *handle) {
  char event[32];
  int n = snprintf(event, sizeof event, "close:%s", (const char *)handle->data);
  CHECK(n > 0 && (size_t)n < sizeof event);
  uv_test_record(event);
}

static void on_idle_counting(uv_idle_t *handle) {
  uv_test_record("idle");
  if (++idle_calls == 3) {
    uv_close((uv_handle_t *)handle, on_close_named);
    uv_close((uv_handle_t *)&prepare, on_close_named);
    uv_close((uv_handle_t *)&check, on_close_named);
  }
}

static void on_prepare_logging(uv_prepare_t *handle) { uv_test_record("prepare"); }
static void on_check_logging(uv_check_t *handle) { uv_test_record("check"); }

static void each_phase_once_per_iteration(int argc, char **argv) {
  uv_loop_t loop;
  uv_test_log_reset();
  idle_calls = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_check_init(&loop, &check), 0);
  CHECK_INT(uv_prepare_init(&loop, &prepare), 0);
  CHECK_INT(uv_idle_init(&loop, &idle_a), 0);
  idle_a.data = "idle";
  prepare.data = "prepare";
  check.data = "check";
  CHECK_INT(uv_check_start(&check, on_check_logging), 0);
  CHECK_INT(uv_prepare_start(&prepare, on_prepare_logging), 0);
  CHECK_INT(uv_idle_start(&idle_a, on_idle_counting), 0);
  CHECK_INT(uv_handle_get_type((uv_handle_t *)&idle_a), UV_IDLE);
  CHECK_INT(uv_handle_get_type((uv_handle_t *)&prepare), UV_PREPARE);
  CHECK_INT(uv_handle_get_type((uv_handle_t *)&check), UV_CHECK);
  CHECK_INT(uv_test_run(&loop), 0);
  /* The third idle callback closes all three: prepare and check are stopped at once, and
   * the close callbacks come most recently closed first. */
  CHECK_STR(uv_test_log,
            "idle prepare check idle prepare check idle close:check close:prepare close:idle");
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void on_idle_named(uv_idle_t *handle) {
  uv_test_record((const char *)handle->data);
  if (handle == &idle_a && !uv_is_active((uv_handle_t *)&idle_b) &&
      !uv_is_closing((uv_handle_t *)&idle_b)) {
    uv_idle_start(&idle_b, on_idle_named); /* runs from the next iteration */
  } else if (handle == &idle_a) {
    uv_close((uv_handle_t *)&idle_a, NULL);
    uv_close((uv_handle_t *)&idle_b, NULL);
  }
}

static void last_started_runs_first(int argc, char **argv) {
  uv_loop_t loop;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_idle_init(&loop, &idle_a), 0);
  CHECK_INT(uv_idle_init(&loop, &idle_b), 0);
  idle_a.data = "a";
  idle_b.data = "b";
  CHECK_INT(uv_idle_start(&idle_a, on_idle_named), 0);
  CHECK_INT(uv_idle_start(&idle_a, on_idle_named), 0); /* already active: no change */
  CHECK_INT(uv_test_run(&loop), 0);
  /* Iteration 1: a starts b; iteration 2: b (started last) before a, which closes both. */
  CHECK_STR(uv_test_log, "a b a");
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void on_idle_noop(uv_idle_t *handle) { idle_calls++; }

static void run_modes_return_liveness(int argc, char **argv) {
  uv_loop_t loop;
  uv_idle_t idle;
  idle_calls = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 0); /* nothing alive */
  CHECK_INT(uv_run(&loop, UV_RUN_ONCE), 0);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_idle_init(&loop, &idle), 0);
  CHECK_INT(uv_idle_start(&idle, NULL), UV_EINVAL);
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 0); /* initialised, not started: not alive */
  CHECK_INT(uv_idle_start(&idle, on_idle_noop), 0);
  CHECK_INT(uv_loop_alive(&loop), 1);
  CHECK_INT(uv_backend_timeout(&loop), 0); /* an idle handle: never wait */
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 1);
  CHECK_INT(idle_calls, 1);
  CHECK_INT(uv_run(&loop, UV_RUN_ONCE), 1);
  CHECK_INT(idle_calls, 2);
  uv_unref((uv_handle_t *)&idle);
  CHECK_INT(uv_run(&loop, UV_RUN_ONCE), 0); /* not alive: not even one iteration runs */
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(idle_calls, 2);
  uv_ref((uv_handle_t *)&idle);
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 1);
  CHECK_INT(idle_calls, 3);
  CHECK_INT(uv_idle_stop(&idle), 0);
  CHECK_INT(uv_idle_stop(&idle), 0);
  uv_close((uv_handle_t *)&idle, NULL);
  CHECK_INT(uv_loop_alive(&loop), 1); /* a closing handle keeps the loop alive */
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static const UnitCase cases[] = {
  {"each phase once per iteration", each_phase_once_per_iteration},
  {"the last started runs first; starts wait a turn", last_started_runs_first},
  {"run modes return the loop's liveness", run_modes_return_liveness},
};
UNIT_MAIN(cases)
