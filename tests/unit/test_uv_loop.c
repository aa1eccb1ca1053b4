/* The loop and what every handle shares (libuv's test-loop-*.c, test-ref.c,
 * test-handle-fileno.c in miniature): init/close, the default loop, time, close callbacks,
 * ref/unref, walk, type names, error names and messages, and the version. */
#include <errno.h>

#include "uv_test.h"

static void loop_init_and_close(int argc, char **argv) {
  uv_loop_t loop;
  loop.data = &loop;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK(loop.data == &loop); /* init keeps the embedder's data */
  CHECK(uv_loop_get_data(&loop) == &loop);
  CHECK_INT(uv_loop_alive(&loop), 0);
  CHECK(uv_loop_size() >= sizeof(uv_loop_t));
  CHECK_INT(uv_loop_close(&loop), 0);

  uv_loop_t *shared = uv_default_loop();
  CHECK(shared != NULL);
  CHECK(uv_default_loop() == shared);
  CHECK_INT(uv_run(shared, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(shared), 0);
}

static void time_moves_forward(int argc, char **argv) {
  uv_loop_t loop;
  CHECK_INT(uv_loop_init(&loop), 0);
  uint64_t before = uv_now(&loop);
  uint64_t hr = uv_hrtime();
  uv_test_sleep_ms(3);
  CHECK(uv_hrtime() - hr >= 3000000u);
  CHECK_INT(uv_now(&loop), before); /* cached until updated */
  uv_update_time(&loop);
  CHECK(uv_now(&loop) >= before + 3);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void on_close_record(uv_handle_t *handle) { uv_test_record((const char *)handle->data); }

static void close_callbacks_run_in_the_closing_phase(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t timer;
  uv_idle_t idle;
  uv_check_t check;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_idle_init(&loop, &idle), 0);
  CHECK_INT(uv_check_init(&loop, &check), 0);
  uv_handle_set_data((uv_handle_t *)&timer, "timer");
  idle.data = "idle";
  check.data = "check";
  CHECK(uv_handle_get_data((uv_handle_t *)&timer) == timer.data);
  CHECK(uv_handle_get_loop((uv_handle_t *)&timer) == &loop);
  uv_close((uv_handle_t *)&timer, on_close_record);
  uv_close((uv_handle_t *)&idle, on_close_record);
  uv_close((uv_handle_t *)&check, NULL); /* no callback is fine */
  CHECK(uv_is_closing((uv_handle_t *)&timer));
  CHECK_STR(uv_test_log, ""); /* not yet: from the loop's closing phase */
  CHECK_INT(uv_loop_close(&loop), UV_EBUSY);
  CHECK_INT(uv_run(&loop, UV_RUN_NOWAIT), 0);
  CHECK_STR(uv_test_log, "idle timer"); /* most recently closed first */
  CHECK(uv_is_closing((uv_handle_t *)&timer)); /* and stays so */
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void on_idle_stop(uv_idle_t *handle) { uv_idle_stop(handle); }

static void ref_counts_only_active_handles(int argc, char **argv) {
  uv_loop_t loop;
  uv_idle_t idle;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_idle_init(&loop, &idle), 0);
  CHECK(uv_has_ref((uv_handle_t *)&idle));
  CHECK_INT(uv_loop_alive(&loop), 0); /* referenced but not active */
  uv_unref((uv_handle_t *)&idle);
  uv_unref((uv_handle_t *)&idle); /* idempotent */
  CHECK(!uv_has_ref((uv_handle_t *)&idle));
  CHECK_INT(uv_idle_start(&idle, on_idle_stop), 0);
  CHECK_INT(uv_loop_alive(&loop), 0); /* active but unreferenced */
  uv_ref((uv_handle_t *)&idle);
  uv_ref((uv_handle_t *)&idle);
  CHECK_INT(uv_loop_alive(&loop), 1);
  CHECK_INT(uv_idle_stop(&idle), 0);
  CHECK_INT(uv_loop_alive(&loop), 0);
  uv_close((uv_handle_t *)&idle, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void on_walk(uv_handle_t *handle, void *arg) {
  uv_test_record(uv_handle_type_name(uv_handle_get_type(handle)));
}

static void walk_sees_the_users_handles(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t timer;
  uv_async_t async;
  uv_prepare_t prepare;
  uv_test_log_reset();
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_async_init(&loop, &async, NULL), 0);
  CHECK_INT(uv_prepare_init(&loop, &prepare), 0);
  uv_walk(&loop, on_walk, NULL);
  CHECK_STR(uv_test_log, "timer async prepare"); /* creation order, internal ones hidden */
  uv_close((uv_handle_t *)&timer, NULL);
  uv_close((uv_handle_t *)&async, NULL);
  uv_close((uv_handle_t *)&prepare, NULL);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void type_names_and_sizes(int argc, char **argv) {
  CHECK_STR(uv_handle_type_name(UV_TIMER), "timer");
  CHECK_STR(uv_handle_type_name(UV_IDLE), "idle");
  CHECK_STR(uv_handle_type_name(UV_CHECK), "check");
  CHECK_STR(uv_handle_type_name(UV_FILE), "file");
  CHECK(uv_handle_type_name(UV_UNKNOWN_HANDLE) == NULL);
  CHECK_STR(uv_req_type_name(UV_FS), "fs");
  CHECK_STR(uv_req_type_name(UV_WORK), "work");
  CHECK_INT(uv_handle_size(UV_TIMER), sizeof(uv_timer_t));
  CHECK_INT(uv_handle_size(UV_ASYNC), sizeof(uv_async_t));
  CHECK_INT(uv_req_size(UV_FS), sizeof(uv_fs_t));
  CHECK_INT(uv_req_size(UV_WORK), sizeof(uv_work_t));
  /* libuv's enum values, which bindings may have baked in */
  CHECK_INT(UV_ASYNC, 1);
  CHECK_INT(UV_TIMER, 13);
  CHECK_INT(UV_FS, 6);
  CHECK_INT(UV_WORK, 7);
  CHECK_INT(UV_FS_OPEN, 1);
  CHECK_INT(UV_FS_COPYFILE, 29);
  uv_buf_t buf = uv_buf_init("abc", 3);
  CHECK_INT(buf.len, 3);
  CHECK_STR(buf.base, "abc");
}

static void error_codes_names_and_messages(int argc, char **argv) {
  /* libuv's Linux values on every target (WASI's own errno numbers differ) */
  CHECK_INT(UV_ENOENT, -2);
  CHECK_INT(UV_EEXIST, -17);
  CHECK_INT(UV_EINVAL, -22);
  CHECK_INT(UV_EBUSY, -16);
  CHECK_INT(UV_ENOTEMPTY, -39);
  CHECK_INT(UV_ECANCELED, -125);
  CHECK_INT(UV_ENOSYS, -38);
  CHECK_INT(UV_EAI_NONAME, -3008);
  CHECK_INT(UV_EOF, -4095);
  CHECK_INT(UV_UNKNOWN, -4094);
  CHECK_STR(uv_err_name(UV_ENOENT), "ENOENT");
  CHECK_STR(uv_strerror(UV_ENOENT), "no such file or directory");
  CHECK_STR(uv_err_name(UV_EOF), "EOF");
  CHECK_STR(uv_strerror(UV_EOF), "end of file");
  CHECK_STR(uv_strerror(UV_ECANCELED), "operation canceled");
  char buf[64]; /* (uv_err_name of an unknown code leaks a copy in libuv: use the _r form) */
  CHECK_STR(uv_err_name_r(-9999, buf, sizeof buf), "Unknown system error -9999");
  CHECK_STR(uv_strerror_r(-9999, buf, sizeof buf), "Unknown system error -9999");
  CHECK_STR(uv_err_name_r(UV_EISDIR, buf, sizeof buf), "EISDIR");
  CHECK_STR(uv_strerror_r(UV_EISDIR, buf, sizeof buf), "illegal operation on a directory");
  CHECK_STR(uv_strerror_r(UV_EISDIR, buf, 8), "illegal");
  /* the target's errno, whatever its number, translates to the libuv code */
  CHECK_INT(uv_translate_sys_error(ENOENT), UV_ENOENT);
  CHECK_INT(uv_translate_sys_error(EACCES), UV_EACCES);
  CHECK_INT(uv_translate_sys_error(UV_EPIPE), UV_EPIPE);
}

static void version(int argc, char **argv) {
  CHECK_INT(uv_version() >> 8, (1 << 8) | 44); /* 1.44.x: the API the port follows */
  CHECK(strncmp(uv_version_string(), "1.44.", 5) == 0);
}

#ifdef __EMSCRIPTEN__
/* The web build's host entry point: one turn, then when to call again. */
static void on_short_timer(uv_timer_t *handle) { uv_close((uv_handle_t *)handle, NULL); }
static void on_host_completion(uv_async_t *handle) { uv_close((uv_handle_t *)handle, NULL); }

static void host_drives_the_loop_turn_by_turn(int argc, char **argv) {
  CHECK_STR(uv_version_string(), "1.44.2-petrel");
  uv_loop_t loop;
  uv_timer_t timer;
  uv_async_t async;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_timer_start(&timer, on_short_timer, 5, 0), 0);
  uv_update_time(&loop);
  int next = petrel_uv_turn(&loop);
  CHECK(next > 0 && next <= 5);
  CHECK(uv_run(&loop, UV_RUN_DEFAULT) != 0); /* would have to wait: returns to the host */
  uv_test_sleep_ms((uint64_t)next);
  CHECK_INT(petrel_uv_turn(&loop), PETREL_UV_TURN_DONE);

  CHECK_INT(uv_async_init(&loop, &async, on_host_completion), 0);
  CHECK_INT(petrel_uv_turn(&loop), PETREL_UV_TURN_IDLE); /* only the host can wake it */
  CHECK_INT(uv_async_send(&async), 0);                     /* a host completion */
  CHECK_INT(petrel_uv_turn(&loop), PETREL_UV_TURN_DONE); /* delivered; the handle closed */
  CHECK_INT(uv_loop_close(&loop), 0);
}
#endif

static const UnitCase cases[] = {
  {"loop init and close", loop_init_and_close},
  {"time moves forward", time_moves_forward},
  {"close callbacks run in the closing phase", close_callbacks_run_in_the_closing_phase},
  {"ref counts only active handles", ref_counts_only_active_handles},
  {"walk sees the user's handles", walk_sees_the_users_handles},
  {"type names and sizes", type_names_and_sizes},
  {"error codes, names and messages", error_codes_names_and_messages},
  {"version", version},
#ifdef __EMSCRIPTEN__
  {"the host drives the loop turn by turn", host_drives_the_loop_turn_by_turn},
#endif
};
UNIT_MAIN(cases)
