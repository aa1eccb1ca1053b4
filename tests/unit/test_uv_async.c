/* Async handles (libuv's test-async.c, sent from the loop's own thread): sends coalesce, the
 * callback comes from the poll phase, handles are visited in creation order within one poll
 * pass, a closed handle's pending send is dropped, and unref lets the loop end. */
#include "uv_test.h"

static uv_async_t first, second;
static uv_prepare_t marker;
static int first_calls;

static void on_marker(uv_prepare_t *handle) { uv_test_record("prepare"); }

static void on_first(uv_async_t *handle) {
  uv_test_record("first");
  if (++first_calls == 1) {
    uv_async_send(&second); /* later in the list: same poll pass */
  } else {
    uv_close((uv_handle_t *)&first, NULL);
    uv_close((uv_handle_t *)&second, NULL);
    uv_close((uv_handle_t *)&marker, NULL);
  }
}

static void on_second(uv_async_t *handle) {
  uv_test_record("second");
  uv_async_send(&first); /* already visited: the next poll phase */
}

static void sends_are_delivered_in_poll_passes(int argc, char **argv) {
  uv_loop_t loop;
  uv_test_log_reset();
  first_calls = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_async_init(&loop, &first, on_first), 0);
  CHECK_INT(uv_async_init(&loop, &second, on_second), 0);
  CHECK_INT(uv_prepare_init(&loop, &marker), 0);
  CHECK_INT(uv_prepare_start(&marker, on_marker), 0);
  CHECK(uv_is_active((uv_handle_t *)&first));
  CHECK_INT(uv_handle_get_type((uv_handle_t *)&first), UV_ASYNC);
  CHECK_INT(uv_async_send(&first), 0);
  CHECK_INT(uv_async_send(&first), 0); /* coalesces with the first send */
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_STR(uv_test_log, "prepare first second prepare first");
  CHECK_INT(first_calls, 2);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void on_unexpected(uv_async_t *handle) { CHECK(0); }

static int closed;

static void on_closed(uv_handle_t *handle) { closed++; }

static void closing_drops_a_pending_send(int argc, char **argv) {
  uv_loop_t loop;
  uv_async_t async;
  closed = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_async_init(&loop, &async, on_unexpected), 0);
  CHECK_INT(uv_async_send(&async), 0);
  uv_close((uv_handle_t *)&async, on_closed);
  CHECK(uv_is_closing((uv_handle_t *)&async));
  CHECK(!uv_is_active((uv_handle_t *)&async));
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_INT(closed, 1);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void unref_async_lets_the_loop_end(int argc, char **argv) {
  uv_loop_t loop;
  uv_async_t async;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_async_init(&loop, &async, on_unexpected), 0);
  CHECK_INT(uv_loop_alive(&loop), 1);
  CHECK_INT(uv_loop_close(&loop), UV_EBUSY); /* an open handle */
  uv_unref((uv_handle_t *)&async);
  CHECK_INT(uv_loop_alive(&loop), 0);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  uv_close((uv_handle_t *)&async, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static const UnitCase cases[] = {
  {"sends are delivered in poll passes", sends_are_delivered_in_poll_passes},
  {"closing drops a pending send", closing_drops_a_pending_send},
  {"an unreferenced async handle lets the loop end", unref_async_lets_the_loop_end},
};
UNIT_MAIN(cases)
