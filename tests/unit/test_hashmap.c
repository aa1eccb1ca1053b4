/* The ordered hash table (src/objects/hashmap.c): SameValueZero keys, insertion order kept
 * across deletes and rebuilds, iterators that follow a rebuild or a clear to the right place,
 * and weak tables whose entries die with their keys — including ephemeron chains, where a
 * value is only reachable through another entry — in scavenges and mark-compacts. */
#include "objects/hashmap.h"
#include "objects_test.h"

/* A holder object whose internal slot 0 is the table, as a Map's is. */
static JSValue *new_holder(TestWorld *world, bool weak) {
  JSValue holder = JS_UNDEFINED, table = JS_UNDEFINED;
  CHECK_INT(obj_new_internal(world->cx, JS_NULL, 0, 1, &holder), 0);
  CHECK_INT(hashmap_new(world->heap, weak, 0, &table), 0);
  obj_internal_set(world->heap, holder, 0, table);
  return world_keep(world, holder);
}

static JSValue *slot_of(JSValue holder) {
  JSObject *object = obj_cell(holder);
  return &object->inobject[object->inobject_count];
}

static void set(TestWorld *world, JSValue holder, JSValue key, JSValue value) {
  CHECK_INT(hashmap_set(world->heap, &obj_cell(holder)->cell, slot_of(holder), hashmap_normalize_key(key), value), 0);
}

static JSValue get(TestWorld *world, JSValue holder, JSValue key) {
  int32_t entry = -1;
  CHECK_INT(hashmap_find(world->heap, *slot_of(holder), hashmap_normalize_key(key), &entry), 0);
  return entry < 0 ? JS_HOLE : hashmap_entry_value(*slot_of(holder), (uint32_t)entry);
}

static bool remove_key(TestWorld *world, JSValue holder, JSValue key) {
  bool deleted = false;
  CHECK_INT(hashmap_delete(world->heap, &obj_cell(holder)->cell, slot_of(holder), hashmap_normalize_key(key), &deleted), 0);
  return deleted;
}

static void same_value_zero(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *map = new_holder(&world, false);
  set(&world, *map, js_from_double(-0.0), js_from_int32(1));
  CHECK(js_same_bits(get(&world, *map, js_from_int32(0)), js_from_int32(1)));
  set(&world, *map, js_from_double(0.0 / 0.0), js_from_int32(2));
  CHECK(js_same_bits(get(&world, *map, js_from_double(0.0 / 0.0)), js_from_int32(2)));
  set(&world, *map, js_from_double(3.0), js_from_int32(3));
  CHECK(js_same_bits(get(&world, *map, js_from_int32(3)), js_from_int32(3)));
  set(&world, *map, world_string(&world, "key"), js_from_int32(4));
  world_safepoint(&world);
  CHECK(js_same_bits(get(&world, *map, world_string(&world, "key")), js_from_int32(4)));
  CHECK(js_is_hole(get(&world, *map, world_string(&world, "kez"))));
  CHECK_INT(hashmap_size(*slot_of(*map)), 4);
  world_close(&world);
}

static void order_and_iterators(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *map = new_holder(&world, false);
  for (int i = 0; i < 10; i++) set(&world, *map, js_from_int32(i), js_from_int32(i * 10));
  JSValue *iterator_table = world_keep(&world, *slot_of(*map));
  uint32_t position = 0;
  int32_t entry = hashmap_iterate(iterator_table, &position);
  CHECK(js_same_bits(hashmap_entry_key(*iterator_table, (uint32_t)entry), js_from_int32(0)));
  entry = hashmap_iterate(iterator_table, &position);
  CHECK(js_same_bits(hashmap_entry_key(*iterator_table, (uint32_t)entry), js_from_int32(1)));
  /* Delete the next one and grow the table well past its capacity. */
  CHECK(remove_key(&world, *map, js_from_int32(2)));
  CHECK(!remove_key(&world, *map, js_from_int32(2)));
  for (int i = 10; i < 100; i++) set(&world, *map, js_from_int32(i), js_from_int32(i * 10));
  world_safepoint(&world);
  int expected = 3, seen = 0;
  while ((entry = hashmap_iterate(iterator_table, &position)) >= 0) {
    CHECK(js_same_bits(hashmap_entry_key(*iterator_table, (uint32_t)entry), js_from_int32(expected)));
    expected++;
    seen++;
  }
  CHECK_INT(seen, 97);
  /* A clear sends a live iterator to the start of the new, empty table. */
  JSValue *second = world_keep(&world, *slot_of(*map));
  uint32_t second_position = 0;
  hashmap_iterate(second, &second_position);
  CHECK_INT(hashmap_clear(world.heap, &obj_cell(*map)->cell, slot_of(*map)), 0);
  set(&world, *map, js_from_int32(500), js_from_int32(5));
  entry = hashmap_iterate(second, &second_position);
  CHECK(js_same_bits(hashmap_entry_key(*second, (uint32_t)entry), js_from_int32(500)));
  CHECK_INT(hashmap_iterate(second, &second_position), -1);
  world_close(&world);
}

static void weak_entries_die_with_their_keys(int argc, char **argv) {
  for (int round = 0; round < 2; round++) {
    GcKind kind = round == 0 ? GC_SCAVENGE : GC_MARK_COMPACT;
    TestWorld world;
    world_open(&world, argc, argv);
    JSValue *weak = new_holder(&world, true);
    JSValue *kept = world_keep(&world, world_object(&world, JS_NULL));
    /* a chain: kept → a → b → c, each value the next key; only `kept` is rooted */
    JSValue a = world_object(&world, JS_NULL), b = world_object(&world, JS_NULL), c = world_object(&world, JS_NULL);
    set(&world, *weak, *kept, a);
    set(&world, *weak, a, b);
    set(&world, *weak, b, c);
    /* an entry whose value refers back to its unrooted key */
    JSValue lost = world_object(&world, JS_NULL);
    set(&world, *weak, lost, lost);
    JSValue *lost_ref = world_keep(&world, js_from_cell(JS_TAG_CELL, heap_alloc_weak_ref(world.heap, lost)));
    JSValue *tail_ref = world_keep(&world, js_from_cell(JS_TAG_CELL, heap_alloc_weak_ref(world.heap, c)));
    world_collect(&world, kind);
    world_collect(&world, kind);
    CHECK(js_is_undefined(gc_weak_ref_get((GcCell *)js_to_cell(*lost_ref))));
    JSValue tail = gc_weak_ref_get((GcCell *)js_to_cell(*tail_ref));
    CHECK(js_is_object(tail));
    JSValue first = get(&world, *weak, *kept);
    CHECK(js_is_object(first));
    CHECK(js_same_bits(get(&world, *weak, get(&world, *weak, first)), tail));
    /* Dropping the root key lets the whole chain go (a mark-compact sees old keys die). */
    *kept = JS_UNDEFINED;
    world_collect(&world, GC_MARK_COMPACT);
    CHECK(js_is_undefined(gc_weak_ref_get((GcCell *)js_to_cell(*tail_ref))));
    /* Rebuilding drops the dead entries. */
    for (int i = 0; i < 40; i++) set(&world, *weak, world_object(&world, JS_NULL), js_from_int32(i));
    CHECK(hashmap_of(*slot_of(*weak))->count <= 40);
    world_close(&world);
  }
}

static const UnitCase cases[] = {
  {"same_value_zero", same_value_zero},
  {"order_and_iterators", order_and_iterators},
  {"weak_entries_die_with_their_keys", weak_entries_die_with_their_keys},
};

UNIT_MAIN(cases)
