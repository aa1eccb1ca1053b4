/* Timers (libuv's test/test-timer*.c in miniature): order by due time then start order,
 * repeat, again, set/get repeat, due-in, stop, unref, and what a 0 ms timer started from a
 * timer callback does. Timers are a few ms long. */
#include "uv_test.h"

static void on_named(uv_timer_t *handle) { uv_test_record((const char *)handle->data); }

static void timers_run_by_due_time_then_start_order(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t late, early_a, early_b, zero;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  uv_timer_t *timers[] = {&late, &early_a, &early_b, &zero};
  const char *names[] = {"late", "early_a", "early_b", "zero"};
  for (int i = 0; i < 4; i++) {
    CHECK_INT(uv_timer_init(&loop, timers[i]), 0);
    timers[i]->data = (void *)names[i];
  }
  CHECK_INT(uv_timer_start(&late, on_named, 6, 0), 0);
  CHECK_INT(uv_timer_start(&early_a, on_named, 2, 0), 0);
  CHECK_INT(uv_timer_start(&early_b, on_named, 2, 0), 0);
  CHECK_INT(uv_timer_start(&zero, on_named, 0, 0), 0);
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_STR(uv_test_log, "zero early_a early_b late");
  for (int i = 0; i < 4; i++) uv_close((uv_handle_t *)timers[i], NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

/* Restarting a timer gives it a new start order: it goes after others due at the same time. */
static void restart_moves_a_timer_behind_equal_ones(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t first, second;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &first), 0);
  CHECK_INT(uv_timer_init(&loop, &second), 0);
  first.data = "first";
  second.data = "second";
  CHECK_INT(uv_timer_start(&first, on_named, 1, 0), 0);
  CHECK_INT(uv_timer_start(&second, on_named, 1, 0), 0);
  CHECK_INT(uv_timer_start(&first, on_named, 1, 0), 0);
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_STR(uv_test_log, "second first");
  uv_close((uv_handle_t *)&first, NULL);
  uv_close((uv_handle_t *)&second, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static int repeats;

static void on_repeat(uv_timer_t *handle) {
  repeats++;
  CHECK_INT(uv_timer_get_repeat(handle), 2);
  CHECK(uv_is_active((uv_handle_t *)handle)); /* re-armed before the callback */
  if (repeats == 3) uv_timer_stop(handle);
}

static void repeating_timer_runs_until_stopped(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t timer;
  repeats = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_timer_start(&timer, on_repeat, 1, 2), 0);
  uint64_t start = uv_now(&loop);
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_INT(repeats, 3);
  CHECK(uv_now(&loop) - start >= 5); /* 1 + 2 + 2 ms at least */
  CHECK(!uv_is_active((uv_handle_t *)&timer));
  uv_close((uv_handle_t *)&timer, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void on_never(uv_timer_t *handle) { CHECK(0); }

static void again_and_repeat(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t timer;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_timer_again(&timer), UV_EINVAL); /* never started */
  CHECK_INT(uv_timer_get_repeat(&timer), 0);
  uv_timer_set_repeat(&timer, 50);
  CHECK_INT(uv_timer_get_repeat(&timer), 50);

  /* A one-shot timer: again does nothing (repeat 0 means not repeating). */
  CHECK_INT(uv_timer_start(&timer, on_never, 1000, 0), 0);
  CHECK_INT(uv_timer_again(&timer), 0);
  CHECK(uv_is_active((uv_handle_t *)&timer));
  CHECK_INT(uv_timer_get_due_in(&timer), 1000);

  /* With a repeat, again re-arms it for repeat ms from the loop's time. */
  uv_timer_set_repeat(&timer, 300);
  CHECK_INT(uv_timer_again(&timer), 0);
  CHECK_INT(uv_timer_get_due_in(&timer), 300);

  CHECK_INT(uv_timer_stop(&timer), 0);
  CHECK(!uv_is_active((uv_handle_t *)&timer));
  CHECK_INT(uv_timer_stop(&timer), 0); /* stopping twice is fine */
  CHECK_INT(uv_timer_start(&timer, NULL, 1, 0), UV_EINVAL);
  uv_close((uv_handle_t *)&timer, NULL);
  CHECK_INT(uv_timer_start(&timer, on_never, 1, 0), UV_EINVAL); /* closing */
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

/* libuv 1.44: a 0 ms timer started from a timer callback is due at once and runs in the
 * same timers phase, before the rest of the iteration (1.45 moved it to the next one). */
static uv_timer_t outer, inner;
static uv_check_t marker;
static uv_idle_t keep_polling; /* like node's setImmediate: the poll phase must not wait */

static void on_keep_polling(uv_idle_t *handle) {}

static void on_inner(uv_timer_t *handle) { uv_test_record("inner"); }

static void on_outer(uv_timer_t *handle) {
  uv_test_record("outer");
  CHECK_INT(uv_timer_start(&inner, on_inner, 0, 0), 0);
}

static void on_marker(uv_check_t *handle) {
  uv_test_record("check");
  uv_close((uv_handle_t *)&outer, NULL);
  uv_close((uv_handle_t *)&inner, NULL);
  uv_close((uv_handle_t *)&keep_polling, NULL);
  uv_close((uv_handle_t *)handle, NULL);
}

static void zero_timer_from_timer_callback(int argc, char **argv) {
  uv_loop_t loop;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &outer), 0);
  CHECK_INT(uv_timer_init(&loop, &inner), 0);
  CHECK_INT(uv_check_init(&loop, &marker), 0);
  CHECK_INT(uv_timer_start(&outer, on_outer, 0, 0), 0);
  CHECK_INT(uv_check_start(&marker, on_marker), 0);
  CHECK_INT(uv_idle_init(&loop, &keep_polling), 0);
  CHECK_INT(uv_idle_start(&keep_polling, on_keep_polling), 0);
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_STR(uv_test_log, "outer inner check");
  CHECK_INT(uv_loop_close(&loop), 0);
}

/* An unreferenced timer does not keep the loop alive: uv_run returns without waiting. */
static void unref_timer_does_not_keep_loop_alive(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t timer;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_timer_start(&timer, on_never, 10000, 0), 0);
  CHECK(uv_has_ref((uv_handle_t *)&timer));
  uv_unref((uv_handle_t *)&timer);
  CHECK(!uv_has_ref((uv_handle_t *)&timer));
  CHECK_INT(uv_loop_alive(&loop), 0);
  uint64_t start = uv_hrtime();
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK(uv_hrtime() - start < 1000000000u);
  uv_ref((uv_handle_t *)&timer);
  CHECK_INT(uv_loop_alive(&loop), 1);
  uv_close((uv_handle_t *)&timer, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

/* A timer far in the future: NOWAIT returns at once with the loop alive. */
static void nowait_does_not_wait_for_a_timer(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t timer;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_timer_start(&timer, on_never, 10000, 0), 0);
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 1);
  int timeout = uv_backend_timeout(&loop);
  CHECK(timeout > 9000 && timeout <= 10000);
  CHECK_INT(uv_timer_stop(&timer), 0);
  CHECK_INT(uv_backend_timeout(&loop), 0); /* not alive: nothing to wait for */
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 0);
  uv_close((uv_handle_t *)&timer, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static const UnitCase cases[] = {
  {"timers run by due time, then start order", timers_run_by_due_time_then_start_order},
  {"restart moves a timer behind equal ones", restart_moves_a_timer_behind_equal_ones},
  {"a repeating timer runs until stopped", repeating_timer_runs_until_stopped},
  {"again and repeat", again_and_repeat},
  {"a 0 ms timer from a timer callback runs in the same phase", zero_timer_from_timer_callback},
  {"an unreferenced timer does not keep the loop alive", unref_timer_does_not_keep_loop_alive},
  {"NOWAIT does not wait for a timer", nowait_does_not_wait_for_a_timer},
};
UNIT_MAIN(cases)
