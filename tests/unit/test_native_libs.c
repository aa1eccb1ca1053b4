/* The native build links Debian's libuv and libbinaryen: the event loop and the JIT's
 * code generator. This checks both are usable, not merely present. */
#include <binaryen-c.h>
#include <uv.h>

#include "unit.h"

static int timer_fired;

static void on_timer(uv_timer_t *timer) {
  timer_fired++;
  uv_close((uv_handle_t *)timer, NULL);
}

static void libuv_runs_a_timer(int argc, char **argv) {
  uv_loop_t loop;
  uv_timer_t timer;
  timer_fired = 0;
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_timer_init(&loop, &timer), 0);
  CHECK_INT(uv_timer_start(&timer, on_timer, 1, 0), 0);
  CHECK_INT(uv_run(&loop, UV_RUN_DEFAULT), 0);
  CHECK_INT(timer_fired, 1);
  CHECK_INT(uv_loop_close(&loop), 0);
}

static void binaryen_builds_a_valid_module(int argc, char **argv) {
  /* (func $add (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))) */
  BinaryenModuleRef module = BinaryenModuleCreate();
  BinaryenType params[2] = {BinaryenTypeInt32(), BinaryenTypeInt32()};
  BinaryenType param_type = BinaryenTypeCreate(params, 2);
  BinaryenExpressionRef body =
      BinaryenBinary(module, BinaryenAddInt32(), BinaryenLocalGet(module, 0, BinaryenTypeInt32()),
                     BinaryenLocalGet(module, 1, BinaryenTypeInt32()));
  BinaryenAddFunction(module, "add", param_type, BinaryenTypeInt32(), NULL, 0, body);
  BinaryenAddFunctionExport(module, "add", "add");
  CHECK(BinaryenModuleValidate(module));
  BinaryenModuleDispose(module);
}

static const UnitCase cases[] = {
  {"libuv runs a timer", libuv_runs_a_timer},
  {"binaryen builds a valid module", binaryen_builds_a_valid_module},
};
UNIT_MAIN(cases)
