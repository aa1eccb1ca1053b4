/* BigInt cells (src/objects/bigint_cell.c): exact-length copies of normalized values, no
 * -0n, equality by value, toString in any radix, and cells that survive scavenges and
 * mark-compacts (young, old and large) with their digits intact. */
#include "objects_test.h"
#include "objects/bigint_cell.h"

static JSValue from_int64(TestWorld *world, int64_t value) {
  JSValue out = JS_UNDEFINED;
  CHECK_INT(bigint_cell_from_int64(world->heap, value, &out), 0);
  return out;
}

static const char *text_of(TestWorld *world, JSValue value, int radix) {
  JSValue string = JS_UNDEFINED;
  CHECK_INT(bigint_cell_to_string(world->heap, value, radix, &string), 0);
  return world_utf8(world, string);
}

static void small_values(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue zero = from_int64(&world, 0), minus_one = from_int64(&world, -1);
  CHECK(js_is_bigint(zero) && bigint_cell_is_zero(zero));
  CHECK_INT((int)gc_cell_size((GcCell *)bigint_cell(zero)), (int)sizeof(JSBigInt));
  CHECK_STR(text_of(&world, zero, 10), "0");
  CHECK_STR(text_of(&world, minus_one, 10), "-1");
  CHECK_STR(text_of(&world, from_int64(&world, INT64_MIN), 16), "-8000000000000000");
  CHECK_STR(text_of(&world, from_int64(&world, 255), 2), "11111111");
  CHECK_STR(text_of(&world, from_int64(&world, -35), 36), "-z");
  /* A negative zero view still makes the one zero. */
  BigIntView negative_zero = {NULL, 0, true};
  JSValue made = JS_UNDEFINED;
  CHECK_INT(bigint_cell_new(world.heap, negative_zero, &made), 0);
  CHECK(bigint_cell(made)->negative == 0 && bigint_cell_equal(made, zero));
  /* Equality by value, not identity. */
  CHECK(!js_same_bits(from_int64(&world, 42), from_int64(&world, 42)));
  CHECK(bigint_cell_equal(from_int64(&world, 42), from_int64(&world, 42)));
  CHECK(!bigint_cell_equal(from_int64(&world, 42), from_int64(&world, -42)));
  CHECK(!bigint_cell_equal(from_int64(&world, (int64_t)1 << 32), from_int64(&world, 1)));
  world_close(&world);
}

static void cells_survive_collections(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  /* 2^(32*limbs) - 1 for a small, a medium and a large (> 16 KiB) cell. */
  static const size_t lengths[] = {3, 300, 9000};
  JSValue *kept[3];
  for (int i = 0; i < 3; i++) {
    uint32_t *digits = malloc(lengths[i] * sizeof *digits);
    CHECK(digits != NULL);
    for (size_t d = 0; d < lengths[i]; d++) digits[d] = 0xFFFFFFFFu;
    BigIntView view = {digits, lengths[i], i == 1};
    JSValue value = JS_UNDEFINED;
    CHECK_INT(bigint_cell_new(world.heap, view, &value), 0);
    free(digits);
    kept[i] = world_keep(&world, value);
  }
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  world_safepoint(&world);
  for (int i = 0; i < 3; i++) {
    JSBigInt *cell = bigint_cell(*kept[i]);
    CHECK_INT((int)cell->length, (int)lengths[i]);
    CHECK_INT((int)cell->negative, i == 1);
    bool intact = true;
    for (size_t d = 0; d < lengths[i]; d++) intact = intact && cell->digits[d] == 0xFFFFFFFFu;
    CHECK(intact);
  }
  CHECK_STR(text_of(&world, *kept[0], 16), "ffffffffffffffffffffffff");
  world_close(&world);
}

static void too_long(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  BigIntView view = {NULL, (size_t)BIGINT_CELL_MAX_LENGTH + 1, false};
  JSValue value = JS_UNDEFINED;
  CHECK_INT(bigint_cell_new(world.heap, view, &value), PT_E2BIG);
  world_close(&world);
}

static const UnitCase cases[] = {
    {"small values, zero, equality, toString", small_values},
    {"cells survive scavenges and mark-compacts", cells_survive_collections},
    {"past the maximum length", too_long},
};

UNIT_MAIN(cases)
