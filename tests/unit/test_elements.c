/* Elements (src/objects/elements.c) and the array rules: packed → holey → dictionary, holes,
 * the largest index, own-keys order, length truncation stopped by non-configurable elements,
 * read-only lengths, and all of it across scavenges and mark-compacts.
 * `test_elements --gc-stress` collects at every safepoint too. */
#include "objects_test.h"

static JSValue index_key(TestWorld *world, uint32_t index) {
  char text[16];
  snprintf(text, sizeof text, "%u", (unsigned)index);
  return world_atom(world, text);
}

static JSValue new_array(TestWorld *world, uint32_t length) {
  JSValue array = JS_UNDEFINED;
  CHECK_INT(obj_new_array(world->cx, JS_NULL, length, &array), 0);
  return array;
}

static bool put(TestWorld *world, JSValue object, uint32_t index, int32_t value) {
  bool ok = false;
  CHECK_INT(obj_set_own(world->cx, object, index_key(world, index), js_from_int32(value), &ok), 0);
  return ok;
}

static bool define(TestWorld *world, JSValue object, uint32_t index, int32_t value, uint32_t attrs) {
  bool ok = false;
  CHECK_INT(obj_define_own(world->cx, object, index_key(world, index), js_from_int32(value), attrs, &ok), 0);
  return ok;
}

/* The element's int32 value, or INT32_MIN when absent. */
static int32_t get(TestWorld *world, JSValue object, uint32_t index) {
  JSValue value;
  uint32_t attrs;
  if (!obj_get_own(world->cx, object, index_key(world, index), &value, &attrs)) return INT32_MIN;
  return js_is_int32(value) ? js_to_int32(value) : INT32_MAX;
}

static uint32_t length_of(TestWorld *world, JSValue array) {
  JSValue value;
  uint32_t attrs;
  if (!obj_get_own(world->cx, array, world->cx->length_atom, &value, &attrs)) return 0xDEAD;
  return (uint32_t)js_number_value(value);
}

static bool set_length(TestWorld *world, JSValue array, double length) {
  bool ok = false;
  CHECK_INT(obj_set_own(world->cx, array, world->cx->length_atom, js_from_number(length), &ok), 0);
  return ok;
}

static ElementsKind kind_of(JSValue object) { return obj_elements_kind(obj_cell(object)); }

static void kinds_progress(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *array = world_keep(&world, new_array(&world, 0));
  CHECK_INT(kind_of(*array), ELEMENTS_PACKED);
  for (uint32_t i = 0; i < 100; i++) CHECK(put(&world, *array, i, (int32_t)i * 2));
  CHECK_INT(kind_of(*array), ELEMENTS_PACKED);
  CHECK_INT(length_of(&world, *array), 100);
  world_safepoint(&world);
  world_collect(&world, GC_SCAVENGE);
  CHECK(put(&world, *array, 105, 7)); /* a gap: holey */
  CHECK_INT(kind_of(*array), ELEMENTS_HOLEY);
  CHECK_INT(length_of(&world, *array), 106);
  CHECK_INT(get(&world, *array, 102), INT32_MIN);
  CHECK_INT(get(&world, *array, 105), 7);
  CHECK_INT(get(&world, *array, 99), 198);
  CHECK(put(&world, *array, 100000, 9)); /* far past the end: dictionary */
  CHECK_INT(kind_of(*array), ELEMENTS_DICTIONARY);
  CHECK_INT(length_of(&world, *array), 100001);
  world_collect(&world, GC_MARK_COMPACT);
  bool all_ok = true;
  for (uint32_t i = 0; i < 100; i++) all_ok = all_ok && get(&world, *array, i) == (int32_t)i * 2;
  CHECK(all_ok);
  CHECK_INT(get(&world, *array, 105), 7);
  CHECK_INT(get(&world, *array, 100000), 9);
  CHECK_INT(get(&world, *array, 100001), INT32_MIN);
  CHECK_INT(elem_count(obj_cell(*array)), 102);
  /* new Array(n) starts holey; a non-default attribute forces the dictionary kind. */
  JSValue *sized = world_keep(&world, new_array(&world, 5));
  CHECK_INT(kind_of(*sized), ELEMENTS_HOLEY);
  CHECK_INT(length_of(&world, *sized), 5);
  CHECK(put(&world, *sized, 0, 1));
  CHECK(define(&world, *sized, 1, 2, PROP_ENUMERABLE));
  CHECK_INT(kind_of(*sized), ELEMENTS_DICTIONARY);
  JSValue value;
  uint32_t attrs;
  CHECK(obj_get_own(world.cx, *sized, index_key(&world, 1), &value, &attrs));
  CHECK_INT(attrs, PROP_ENUMERABLE);
  CHECK(!put(&world, *sized, 1, 3)); /* read-only element */
  CHECK_INT(get(&world, *sized, 1), 2);
  world_close(&world);
}

static void holes_and_deletes(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *array = world_keep(&world, new_array(&world, 0));
  for (uint32_t i = 0; i < 10; i++) CHECK(put(&world, *array, i, (int32_t)i));
  bool deleted = false;
  CHECK_INT(obj_delete(world.cx, *array, index_key(&world, 4), &deleted), 0);
  CHECK(deleted);
  CHECK_INT(kind_of(*array), ELEMENTS_HOLEY);
  CHECK_INT(get(&world, *array, 4), INT32_MIN);
  CHECK_INT(length_of(&world, *array), 10); /* delete leaves the length */
  CHECK_INT(elem_count(obj_cell(*array)), 9);
  CHECK(put(&world, *array, 4, 44)); /* filling the hole */
  CHECK_INT(get(&world, *array, 4), 44);
  CHECK_INT(elem_count(obj_cell(*array)), 10);
  /* A plain object's elements: deleting the last one shrinks them, still packed. */
  JSValue *object = world_keep(&world, world_object(&world, JS_NULL));
  for (uint32_t i = 0; i < 3; i++) CHECK(put(&world, *object, i, (int32_t)i));
  CHECK_INT(obj_delete(world.cx, *object, index_key(&world, 2), &deleted), 0);
  CHECK_INT(kind_of(*object), ELEMENTS_PACKED);
  CHECK_INT(get(&world, *object, 2), INT32_MIN);
  /* Deleting most of a large store: too sparse, so a dictionary. */
  JSValue *big = world_keep(&world, new_array(&world, 0));
  for (uint32_t i = 0; i < 1000; i++) CHECK(put(&world, *big, i, (int32_t)i));
  for (uint32_t i = 0; i < 1000; i++) {
    if (i % 50 != 0) CHECK_INT(obj_delete(world.cx, *big, index_key(&world, i), &deleted), 0);
    if (i % 100 == 0) world_safepoint(&world);
  }
  CHECK_INT(kind_of(*big), ELEMENTS_DICTIONARY);
  CHECK_INT(elem_count(obj_cell(*big)), 20);
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  bool all_ok = true;
  for (uint32_t i = 0; i < 1000; i++) all_ok = all_ok && get(&world, *big, i) == (i % 50 == 0 ? (int32_t)i : INT32_MIN);
  CHECK(all_ok);
  CHECK_INT(length_of(&world, *big), 1000);
  world_close(&world);
}

static void largest_index(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *array = world_keep(&world, new_array(&world, 0));
  CHECK(put(&world, *array, 4294967294u, 1));
  CHECK_INT(kind_of(*array), ELEMENTS_DICTIONARY);
  CHECK_INT(length_of(&world, *array), 4294967295u);
  CHECK_INT(get(&world, *array, 4294967294u), 1);
  /* "4294967295" is not an index: a named property, and the length does not move. */
  CHECK(world_define(&world, *array, "4294967295", js_from_int32(2), PROP_DEFAULT));
  CHECK_INT(world_get_int(&world, *array, "4294967295"), 2);
  CHECK_INT(obj_named_count(*array), 1);
  CHECK_INT(length_of(&world, *array), 4294967295u);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(get(&world, *array, 4294967294u), 1);
  /* The largest length on an empty array costs nothing, and truncates back. */
  JSValue *empty = world_keep(&world, new_array(&world, 0));
  CHECK(set_length(&world, *empty, 4294967295.0));
  CHECK_INT(length_of(&world, *empty), 4294967295u);
  CHECK_INT(kind_of(*empty), ELEMENTS_HOLEY);
  CHECK(set_length(&world, *empty, 0));
  CHECK_INT(length_of(&world, *empty), 0);
  /* Not a valid length: the caller's RangeError, PT_EINVAL here. */
  bool ok = true;
  CHECK_INT(obj_set_own(world.cx, *empty, world.cx->length_atom, js_from_double(1.5), &ok), PT_EINVAL);
  CHECK_INT(obj_set_own(world.cx, *empty, world.cx->length_atom, js_from_double(4294967296.0), &ok), PT_EINVAL);
  world_close(&world);
}

static void own_keys_order(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *symbol = world_keep(&world, JS_UNDEFINED);
  JSValue *symbol2 = world_keep(&world, JS_UNDEFINED);
  CHECK_INT(symbol_new(world.heap, JS_UNDEFINED, 0, symbol), 0);
  CHECK_INT(symbol_new(world.heap, JS_UNDEFINED, 0, symbol2), 0);
  JSValue *object = world_keep(&world, world_object(&world, JS_NULL));
  bool ok = false;
  CHECK(world_define(&world, *object, "b", js_from_int32(0), PROP_DEFAULT));
  CHECK_INT(obj_define_own(world.cx, *object, *symbol2, JS_TRUE, PROP_DEFAULT, &ok), 0);
  CHECK(world_define(&world, *object, "10", js_from_int32(0), PROP_DEFAULT));
  CHECK(world_define(&world, *object, "a", js_from_int32(0), PROP_DEFAULT));
  CHECK_INT(obj_define_own(world.cx, *object, *symbol, JS_TRUE, PROP_DEFAULT, &ok), 0);
  CHECK(world_define(&world, *object, "2", js_from_int32(0), PROP_DEFAULT));
  CHECK(world_define(&world, *object, "0", js_from_int32(0), PROP_DEFAULT));
  CHECK(world_define(&world, *object, "01", js_from_int32(0), PROP_DEFAULT));
  CHECK(world_define(&world, *object, "4294967294", js_from_int32(0), PROP_DEFAULT));
  JSValue private_symbol = JS_UNDEFINED;
  CHECK_INT(symbol_new(world.heap, JS_UNDEFINED, SYMBOL_FLAG_PRIVATE, &private_symbol), 0);
  CHECK_INT(obj_define_own(world.cx, *object, private_symbol, JS_TRUE, PROP_DEFAULT, &ok), 0);
  for (int round = 0; round < 2; round++) {
    if (round == 1) {
      CHECK_INT(obj_to_dictionary(world.cx, *object), 0); /* the same order in dictionary mode */
      world_collect(&world, GC_MARK_COMPACT);
    }
    JSValue list = JS_UNDEFINED;
    CHECK_INT(obj_own_keys(world.cx, *object, &list), 0);
    GcSlots *keys = gc_slots((GcCell *)js_to_cell(list));
    CHECK_INT(keys->count, 9);
    if (keys->count != 9) break;
    CHECK_INT(js_number_value(keys->slots[0]), 0);
    CHECK_INT(js_number_value(keys->slots[1]), 2);
    CHECK_INT(js_number_value(keys->slots[2]), 10);
    CHECK_INT(js_number_value(keys->slots[3]), 4294967294u);
    CHECK(js_same_bits(keys->slots[4], world_atom(&world, "b")));
    CHECK(js_same_bits(keys->slots[5], world_atom(&world, "a")));
    CHECK(js_same_bits(keys->slots[6], world_atom(&world, "01")));
    CHECK(js_same_bits(keys->slots[7], *symbol2));
    CHECK(js_same_bits(keys->slots[8], *symbol));
  }
  /* Arrays list "length" first among the strings. */
  JSValue *array = world_keep(&world, new_array(&world, 0));
  CHECK(world_define(&world, *array, "name", js_from_int32(0), PROP_DEFAULT));
  CHECK(put(&world, *array, 1, 1));
  CHECK(put(&world, *array, 0, 0));
  JSValue list = JS_UNDEFINED;
  CHECK_INT(obj_own_keys(world.cx, *array, &list), 0);
  GcSlots *keys = gc_slots((GcCell *)js_to_cell(list));
  CHECK_INT(keys->count, 4);
  if (keys->count == 4) {
    CHECK_INT(js_number_value(keys->slots[0]), 0);
    CHECK_INT(js_number_value(keys->slots[1]), 1);
    CHECK(js_same_bits(keys->slots[2], world.cx->length_atom));
    CHECK(js_same_bits(keys->slots[3], world_atom(&world, "name")));
  }
  world_close(&world);
}

static void length_truncation(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  /* Fast elements: truncation drops the tail. */
  JSValue *array = world_keep(&world, new_array(&world, 0));
  for (uint32_t i = 0; i < 20; i++) CHECK(put(&world, *array, i, (int32_t)i));
  CHECK(set_length(&world, *array, 5));
  CHECK_INT(length_of(&world, *array), 5);
  CHECK_INT(kind_of(*array), ELEMENTS_PACKED);
  CHECK_INT(get(&world, *array, 4), 4);
  CHECK_INT(get(&world, *array, 5), INT32_MIN);
  CHECK_INT(elem_count(obj_cell(*array)), 5);
  CHECK(set_length(&world, *array, 8)); /* growing leaves holes */
  CHECK_INT(kind_of(*array), ELEMENTS_HOLEY);
  CHECK_INT(get(&world, *array, 6), INT32_MIN);
  /* A non-configurable element stops truncation just past itself. */
  JSValue *sticky = world_keep(&world, new_array(&world, 0));
  for (uint32_t i = 0; i < 10; i++) CHECK(put(&world, *sticky, i, (int32_t)i));
  CHECK(define(&world, *sticky, 6, 66, PROP_WRITABLE | PROP_ENUMERABLE));
  world_safepoint(&world);
  world_collect(&world, GC_SCAVENGE);
  CHECK(!set_length(&world, *sticky, 2));
  CHECK_INT(length_of(&world, *sticky), 7);
  CHECK_INT(get(&world, *sticky, 6), 66);
  CHECK_INT(get(&world, *sticky, 5), 5);
  CHECK_INT(get(&world, *sticky, 7), INT32_MIN);
  CHECK_INT(get(&world, *sticky, 9), INT32_MIN);
  bool deleted = true;
  CHECK_INT(obj_delete(world.cx, *sticky, index_key(&world, 6), &deleted), 0);
  CHECK(!deleted);
  CHECK_INT(obj_delete(world.cx, *sticky, world.cx->length_atom, &deleted), 0);
  CHECK(!deleted);
  /* A read-only length: no change, no new elements at or past it; smaller indices work. */
  bool ok = false;
  CHECK_INT(obj_define_own(world.cx, *sticky, world.cx->length_atom, js_from_int32(7), 0, &ok), 0);
  CHECK(ok);
  JSValue value;
  uint32_t attrs = 99;
  CHECK(obj_get_own(world.cx, *sticky, world.cx->length_atom, &value, &attrs));
  CHECK_INT(attrs, 0);
  CHECK(!set_length(&world, *sticky, 3));
  CHECK(!put(&world, *sticky, 7, 1));
  CHECK(!define(&world, *sticky, 100, 1, PROP_DEFAULT));
  CHECK(put(&world, *sticky, 0, 100));
  CHECK_INT(get(&world, *sticky, 0), 100);
  CHECK_INT(length_of(&world, *sticky), 7);
  /* length's own attributes cannot become enumerable or configurable. */
  CHECK_INT(obj_define_own(world.cx, *array, world.cx->length_atom, js_from_int32(8), PROP_DEFAULT, &ok), 0);
  CHECK(!ok);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(get(&world, *sticky, 6), 66);
  CHECK_INT(length_of(&world, *array), 8);
  /* A non-extensible object takes no new elements but updates old ones. */
  obj_prevent_extensions(*array);
  CHECK(!put(&world, *array, 6, 1));
  CHECK(put(&world, *array, 1, 11));
  CHECK_INT(get(&world, *array, 1), 11);
  world_close(&world);
}

/* Writing the far end first makes a dictionary; filling in the rest makes it fast again. */
static void dictionary_back_to_fast(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *array = world_keep(&world, new_array(&world, 0));
  CHECK(put(&world, *array, 3000, 3000));
  CHECK_INT(kind_of(*array), ELEMENTS_DICTIONARY);
  for (uint32_t i = 0; i < 3000; i++) {
    CHECK(put(&world, *array, i, (int32_t)i));
    if (i % 500 == 0) world_safepoint(&world);
  }
  CHECK(kind_of(*array) != ELEMENTS_DICTIONARY);
  world_collect(&world, GC_SCAVENGE);
  bool all_ok = true;
  for (uint32_t i = 0; i <= 3000; i++) all_ok = all_ok && get(&world, *array, i) == (int32_t)i;
  CHECK(all_ok);
  CHECK_INT(length_of(&world, *array), 3001);
  CHECK_INT(elem_count(obj_cell(*array)), 3001);
  /* Elements with attributes keep the dictionary. */
  JSValue *sealed = world_keep(&world, new_array(&world, 0));
  CHECK(define(&world, *sealed, 0, 0, PROP_WRITABLE | PROP_ENUMERABLE));
  for (uint32_t i = 1; i < 100; i++) CHECK(put(&world, *sealed, i, (int32_t)i));
  CHECK_INT(kind_of(*sealed), ELEMENTS_DICTIONARY);
  world_close(&world);
}

static const UnitCase cases[] = {
    {"a filled-in dictionary becomes fast again", dictionary_back_to_fast},
    {"packed, then holey, then dictionary", kinds_progress},
    {"holes and deletes", holes_and_deletes},
    {"the largest index and length", largest_index},
    {"own keys: indices, strings, symbols", own_keys_order},
    {"array length truncation and read-only lengths", length_truncation},
};

UNIT_MAIN(cases)
