/* Shapes (src/objects/shape.c) seen through objects: the same construction order shares a
 * shape, transitions are reused, delete and too many properties switch to dictionary mode,
 * a thousand properties stay correct, attributes are kept, prototype changes give new
 * shapes, dead branches of the transition tree are collected, and everything survives
 * scavenges and mark-compacts. `test_shape --gc-stress` collects at every safepoint too. */
#include "objects_test.h"

static JSValue build(TestWorld *world, JSValue prototype, const char *const *keys, int count) {
  JSValue object = world_object(world, prototype);
  for (int i = 0; i < count; i++) CHECK(world_define(world, object, keys[i], js_from_int32(i), PROP_DEFAULT));
  return object;
}

static void same_order_shares_shape(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  static const char *const abc[] = {"a", "b", "c"};
  static const char *const bac[] = {"b", "a", "c"};
  JSValue *first = world_keep(&world, build(&world, JS_NULL, abc, 3));
  JSValue *second = world_keep(&world, build(&world, JS_NULL, abc, 3));
  JSValue *swapped = world_keep(&world, build(&world, JS_NULL, bac, 3));
  JSValue *prefix = world_keep(&world, build(&world, JS_NULL, abc, 2));
  CHECK(obj_shape(*first) == obj_shape(*second));
  CHECK(obj_shape(*first) != obj_shape(*swapped));
  CHECK(obj_shape(*first)->parent == &obj_shape(*prefix)->cell);
  CHECK_INT(obj_shape(*first)->property_count, 3);
  CHECK_INT(world_get_int(&world, *swapped, "a"), 1);
  CHECK_INT(world_get_int(&world, *swapped, "b"), 0);
  /* Objects with different prototypes have different shapes for the same keys. */
  JSValue *proto = world_keep(&world, world_object(&world, JS_NULL));
  JSValue *with_proto = world_keep(&world, build(&world, *proto, abc, 3));
  CHECK(obj_shape(*with_proto) != obj_shape(*first));
  CHECK(js_same_bits(obj_prototype(*with_proto), *proto));
  JSValue *with_proto2 = world_keep(&world, build(&world, *proto, abc, 3));
  CHECK(obj_shape(*with_proto) == obj_shape(*with_proto2));
  /* Arrays never share a shape with ordinary objects, even with the same keys, but share
   * among themselves. */
  JSValue *array = world_keep(&world, JS_UNDEFINED);
  JSValue *array2 = world_keep(&world, JS_UNDEFINED);
  CHECK_INT(obj_new_array(world.cx, JS_NULL, 0, array), 0);
  CHECK_INT(obj_new_array(world.cx, JS_NULL, 0, array2), 0);
  CHECK(obj_shape(*array) != obj_shape(world_object(&world, JS_NULL)));
  for (int i = 0; i < 3; i++) {
    CHECK(world_define(&world, *array, abc[i], js_from_int32(i), PROP_DEFAULT));
    CHECK(world_define(&world, *array2, abc[i], js_from_int32(i), PROP_DEFAULT));
  }
  CHECK(obj_shape(*array) == obj_shape(*array2));
  CHECK(obj_shape(*array) != obj_shape(*first));
  CHECK(obj_shape(*array)->flags & SHAPE_FLAG_ARRAY);
  CHECK(!(obj_shape(*first)->flags & SHAPE_FLAG_ARRAY));
  world_safepoint(&world);
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  /* Still shared after everything moved, and still found by the next object. */
  JSValue *third = world_keep(&world, build(&world, JS_NULL, abc, 3));
  CHECK(obj_shape(*first) == obj_shape(*second));
  CHECK(obj_shape(*third) == obj_shape(*first));
  CHECK(obj_shape(build(&world, *proto, abc, 3)) == obj_shape(*with_proto));
  CHECK_INT(world_get_int(&world, *first, "c"), 2);
  world_close(&world);
}

static void transition_reuse(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  Shape *initial = NULL, *x1 = NULL, *x2 = NULL, *x_readonly = NULL, *y = NULL;
  CHECK_INT(shape_initial(world.cx, JS_NULL, false, &initial), 0);
  JSValue x = world_atom(&world, "x");
  CHECK_INT(shape_add_property(world.cx, initial, x, PROP_DEFAULT, &x1), 0);
  CHECK_INT(shape_add_property(world.cx, initial, x, PROP_DEFAULT, &x2), 0);
  CHECK(x1 == x2);
  CHECK_INT(shape_add_property(world.cx, initial, x, PROP_ENUMERABLE, &x_readonly), 0);
  CHECK(x_readonly != x1);
  CHECK_INT(shape_add_property(world.cx, initial, world_atom(&world, "y"), PROP_DEFAULT, &y), 0);
  CHECK(y != x1);
  CHECK(shape_transition_count(initial) >= 3);
  CHECK_INT(shape_find(x1, x, shape_key_hash(x)), 0);
  CHECK_INT(shape_find(y, x, shape_key_hash(x)), -1);
  CHECK_INT(shape_descriptor(x_readonly, 0)->attrs, PROP_ENUMERABLE);
  /* Many first keys from one shape: the transition table grows and finds them all. */
  enum { KEYS = 300 };
  char name[24];
  Shape *children[KEYS];
  for (int i = 0; i < KEYS; i++) {
    snprintf(name, sizeof name, "first%d", i);
    CHECK_INT(shape_add_property(world.cx, initial, world_atom(&world, name), PROP_DEFAULT, &children[i]), 0);
  }
  bool all_same = true;
  for (int i = 0; i < KEYS; i++) {
    snprintf(name, sizeof name, "first%d", i);
    Shape *again = NULL;
    CHECK_INT(shape_add_property(world.cx, initial, world_atom(&world, name), PROP_DEFAULT, &again), 0);
    all_same = all_same && again == children[i];
  }
  CHECK(all_same);
  /* A symbol key transitions like a string key. */
  JSValue symbol = JS_UNDEFINED;
  CHECK_INT(symbol_new(world.heap, world_string(&world, "tag"), 0, &symbol), 0);
  Shape *s1 = NULL, *s2 = NULL;
  CHECK_INT(shape_add_property(world.cx, initial, symbol, PROP_DEFAULT, &s1), 0);
  CHECK_INT(shape_add_property(world.cx, initial, symbol, PROP_DEFAULT, &s2), 0);
  CHECK(s1 == s2);
  world_close(&world);
}

static void delete_goes_to_dictionary(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  static const char *const keys[] = {"a", "b", "c", "d", "e", "f"};
  JSValue *object = world_keep(&world, build(&world, JS_NULL, keys, 6));
  JSValue *twin = world_keep(&world, build(&world, JS_NULL, keys, 6));
  Shape *fast_shape = obj_shape(*object);
  CHECK(!obj_is_dictionary(*object));
  bool deleted = false;
  CHECK_INT(obj_delete(world.cx, *object, world_atom(&world, "b"), &deleted), 0);
  CHECK(deleted);
  CHECK(obj_is_dictionary(*object));
  CHECK(obj_shape(*object) != fast_shape);
  CHECK(obj_shape(*twin) == fast_shape); /* the other object is untouched */
  CHECK_INT(world_get_int(&world, *object, "b"), INT32_MIN);
  CHECK_INT(world_get_int(&world, *object, "a"), 0);
  CHECK_INT(world_get_int(&world, *object, "f"), 5);
  CHECK_INT(obj_named_count(*object), 5);
  /* Deleting an absent key succeeds and changes nothing. */
  CHECK_INT(obj_delete(world.cx, *object, world_atom(&world, "zz"), &deleted), 0);
  CHECK(deleted);
  /* Re-adding puts the key last; redefining keeps its place. */
  CHECK(world_define(&world, *object, "b", js_from_int32(10), PROP_DEFAULT));
  CHECK(world_define(&world, *object, "a", js_from_int32(11), PROP_DEFAULT));
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  JSValue list = JS_UNDEFINED;
  CHECK_INT(obj_own_keys(world.cx, *object, &list), 0);
  GcSlots *keys_out = gc_slots((GcCell *)js_to_cell(list));
  CHECK_INT(keys_out->count, 6);
  static const char *const expected[] = {"a", "c", "d", "e", "f", "b"};
  for (uint32_t i = 0; i < keys_out->count && i < 6; i++) {
    CHECK(js_same_bits(keys_out->slots[i], world_atom(&world, expected[i])));
  }
  CHECK_INT(world_get_int(&world, *object, "a"), 11);
  CHECK_INT(world_get_int(&world, *object, "b"), 10);
  /* A non-configurable property refuses deletion, in fast and dictionary mode. */
  CHECK(world_define(&world, *object, "fixed", js_from_int32(1), PROP_WRITABLE | PROP_ENUMERABLE));
  CHECK_INT(obj_delete(world.cx, *object, world_atom(&world, "fixed"), &deleted), 0);
  CHECK(!deleted);
  CHECK(world_define(&world, *twin, "fixed", js_from_int32(1), PROP_WRITABLE));
  CHECK_INT(obj_delete(world.cx, *twin, world_atom(&world, "fixed"), &deleted), 0);
  CHECK(!deleted);
  CHECK(!obj_is_dictionary(*twin));
  world_close(&world);
}

static void thousand_properties(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  enum { COUNT = 1000 };
  char name[24];
  JSValue *object = world_keep(&world, world_object(&world, JS_NULL));
  JSValue *twin = world_keep(&world, world_object(&world, JS_NULL));
  for (int i = 0; i < COUNT; i++) {
    snprintf(name, sizeof name, "p%d", i);
    CHECK(world_define(&world, *object, name, js_from_int32(i * 3), PROP_DEFAULT));
    if (i < 100) CHECK(world_define(&world, *twin, name, js_from_int32(i), PROP_DEFAULT));
    if (i == SHAPE_MAX_FAST_PROPERTIES - 1) CHECK(!obj_is_dictionary(*object));
    if (i % 97 == 0) world_safepoint(&world);
  }
  CHECK(obj_is_dictionary(*object));  /* past the bound */
  CHECK(!obj_is_dictionary(*twin));   /* 100 properties: fast, searched through the index */
  /* What an inline cache does: find the slot once in the shape, then read it directly. */
  JSValue p50 = world_atom(&world, "p50");
  int32_t found = shape_find(obj_shape(*twin), p50, shape_key_hash(p50));
  CHECK_INT(found, 50);
  if (found >= 0) {
    uint32_t slot = shape_descriptor(obj_shape(*twin), (uint32_t)found)->slot;
    CHECK(slot >= SHAPE_INOBJECT_SLOTS); /* out of line */
    CHECK_INT(js_to_int32(obj_slot_get(obj_cell(*twin), slot)), 50);
  }
  CHECK_INT(obj_named_count(*object), COUNT);
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  bool all_ok = true;
  for (int i = 0; i < COUNT; i++) {
    snprintf(name, sizeof name, "p%d", i);
    all_ok = all_ok && world_get_int(&world, *object, name) == i * 3;
    if (i < 100) all_ok = all_ok && world_get_int(&world, *twin, name) == i;
    if (i >= 100) all_ok = all_ok && world_get_int(&world, *twin, name) == INT32_MIN;
  }
  CHECK(all_ok);
  JSValue list = JS_UNDEFINED;
  CHECK_INT(obj_own_keys(world.cx, *object, &list), 0);
  GcSlots *keys = gc_slots((GcCell *)js_to_cell(list));
  CHECK_INT(keys->count, COUNT);
  bool in_order = keys->count == COUNT;
  for (int i = 0; i < COUNT && in_order; i++) {
    snprintf(name, sizeof name, "p%d", i);
    in_order = js_same_bits(keys->slots[i], world_atom(&world, name));
  }
  CHECK(in_order);
  world_close(&world);
}

/* Two chains share one descriptor table until they diverge; the hash index of a shared
 * table must not let a shorter shape see keys added past its own count. */
static void shared_descriptors(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  char name[24];
  JSValue *longer = world_keep(&world, world_object(&world, JS_NULL));
  for (int i = 0; i < 30; i++) {
    snprintf(name, sizeof name, "k%d", i);
    CHECK(world_define(&world, *longer, name, js_from_int32(i), PROP_DEFAULT));
  }
  JSValue *shorter = world_keep(&world, world_object(&world, JS_NULL));
  for (int i = 0; i < 12; i++) {
    snprintf(name, sizeof name, "k%d", i);
    CHECK(world_define(&world, *shorter, name, js_from_int32(100 + i), PROP_DEFAULT));
  }
  /* Shared with the longer chain, which appended past the shorter shape's count. */
  DescriptorTable *shared = (DescriptorTable *)obj_shape(*shorter)->descriptors;
  CHECK(shared->used > obj_shape(*shorter)->property_count);
  CHECK(shared->index != NULL);
  CHECK_INT(world_get_int(&world, *shorter, "k11"), 111);
  CHECK_INT(world_get_int(&world, *shorter, "k12"), INT32_MIN); /* in the table, past its count */
  CHECK_INT(world_get_int(&world, *shorter, "k29"), INT32_MIN);
  CHECK(world_define(&world, *shorter, "other", js_from_int32(7), PROP_DEFAULT)); /* diverges: copy */
  CHECK(obj_shape(*shorter)->descriptors != &shared->cell);
  CHECK_INT(world_get_int(&world, *shorter, "other"), 7);
  CHECK_INT(world_get_int(&world, *longer, "other"), INT32_MIN);
  CHECK_INT(world_get_int(&world, *longer, "k29"), 29);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(world_get_int(&world, *shorter, "k5"), 105);
  CHECK_INT(world_get_int(&world, *longer, "k5"), 5);
  world_close(&world);
}

static void attributes_kept(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *object = world_keep(&world, world_object(&world, JS_NULL));
  JSValue *twin = world_keep(&world, world_object(&world, JS_NULL));
  JSValue *getter = world_keep(&world, world_object(&world, JS_NULL));
  JSValue *pair = world_keep(&world, JS_UNDEFINED);
  CHECK_INT(obj_accessor_pair_new(world.heap, *getter, JS_UNDEFINED, pair), 0);
  for (int round = 0; round < 2; round++) {
    JSValue target = round == 0 ? *object : *twin;
    CHECK(world_define(&world, target, "hidden", js_from_int32(1), PROP_WRITABLE | PROP_CONFIGURABLE));
    CHECK(world_define(&world, target, "frozen", js_from_int32(2), 0));
    CHECK(world_define(&world, target, "accessor", *pair, PROP_ACCESSOR | PROP_ENUMERABLE | PROP_CONFIGURABLE));
  }
  CHECK(obj_shape(*object) == obj_shape(*twin));
  world_safepoint(&world);
  world_collect(&world, GC_SCAVENGE);
  JSValue value;
  uint32_t attrs = 99;
  CHECK(obj_get_own(world.cx, *object, world_atom(&world, "hidden"), &value, &attrs));
  CHECK_INT(attrs, PROP_WRITABLE | PROP_CONFIGURABLE);
  CHECK(obj_get_own(world.cx, *object, world_atom(&world, "frozen"), &value, &attrs));
  CHECK_INT(attrs, 0);
  CHECK(obj_get_own(world.cx, *object, world_atom(&world, "accessor"), &value, &attrs));
  CHECK_INT(attrs, PROP_ACCESSOR | PROP_ENUMERABLE | PROP_CONFIGURABLE);
  CHECK(js_same_bits(value, *pair));
  CHECK(js_same_bits(((AccessorPair *)js_to_cell(value))->getter, *getter));
  /* obj_set_own respects writability and leaves accessors to the caller. */
  bool ok = true;
  CHECK_INT(obj_set_own(world.cx, *object, world_atom(&world, "frozen"), js_from_int32(5), &ok), 0);
  CHECK(!ok);
  CHECK_INT(obj_set_own(world.cx, *object, world_atom(&world, "accessor"), js_from_int32(5), &ok), 0);
  CHECK(!ok);
  CHECK_INT(obj_set_own(world.cx, *object, world_atom(&world, "hidden"), js_from_int32(5), &ok), 0);
  CHECK(ok);
  CHECK_INT(world_get_int(&world, *object, "hidden"), 5);
  CHECK(obj_shape(*object) == obj_shape(*twin)); /* a value change is not a shape change */
  /* Reconfiguring is a transition too: both objects take it to the same child. */
  Shape *before = obj_shape(*object);
  CHECK(world_define(&world, *object, "hidden", js_from_int32(6), PROP_DEFAULT));
  CHECK(world_define(&world, *twin, "hidden", js_from_int32(7), PROP_DEFAULT));
  CHECK(obj_shape(*object) != before);
  CHECK(obj_shape(*object) == obj_shape(*twin));
  CHECK(obj_get_own(world.cx, *twin, world_atom(&world, "hidden"), &value, &attrs));
  CHECK_INT(attrs, PROP_DEFAULT);
  CHECK_INT(js_to_int32(value), 7);
  /* Attributes survive the switch to dictionary mode. */
  CHECK_INT(obj_to_dictionary(world.cx, *object), 0);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK(obj_get_own(world.cx, *object, world_atom(&world, "frozen"), &value, &attrs));
  CHECK_INT(attrs, 0);
  CHECK(obj_get_own(world.cx, *object, world_atom(&world, "accessor"), &value, &attrs));
  CHECK_INT(attrs, PROP_ACCESSOR | PROP_ENUMERABLE | PROP_CONFIGURABLE);
  CHECK(js_same_bits(((AccessorPair *)js_to_cell(value))->getter, *getter));
  /* A non-extensible object refuses new keys but still updates old ones. */
  obj_prevent_extensions(*twin);
  CHECK(!world_define(&world, *twin, "new", js_from_int32(1), PROP_DEFAULT));
  CHECK(world_define(&world, *twin, "hidden", js_from_int32(8), PROP_DEFAULT));
  /* A key that is not an atom is refused. */
  CHECK_INT(obj_define_own(world.cx, *twin, world_string(&world, "plain"), JS_NULL, PROP_DEFAULT, &ok), PT_EINVAL);
  world_close(&world);
}

static void prototype_changes(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  static const char *const keys[] = {"x", "y"};
  JSValue *proto_a = world_keep(&world, world_object(&world, JS_NULL));
  JSValue *proto_b = world_keep(&world, world_object(&world, *proto_a));
  JSValue *object = world_keep(&world, build(&world, *proto_a, keys, 2));
  JSValue *twin = world_keep(&world, build(&world, *proto_a, keys, 2));
  Shape *before = obj_shape(*object);
  bool ok = false;
  CHECK_INT(obj_set_prototype(world.cx, *object, *proto_b, &ok), 0);
  CHECK(ok);
  CHECK(obj_shape(*object) != before);
  CHECK(js_same_bits(obj_prototype(*object), *proto_b));
  CHECK_INT(world_get_int(&world, *object, "y"), 1);
  CHECK_INT(obj_set_prototype(world.cx, *twin, *proto_b, &ok), 0);
  CHECK(obj_shape(*twin) == obj_shape(*object)); /* the same change shares the child */
  /* Cycles are refused: proto_a's prototype cannot become proto_b (whose prototype is a). */
  CHECK_INT(obj_set_prototype(world.cx, *proto_a, *proto_b, &ok), 0);
  CHECK(!ok);
  CHECK_INT(obj_set_prototype(world.cx, *proto_a, *proto_a, &ok), 0);
  CHECK(!ok);
  CHECK(js_is_null(obj_prototype(*proto_a)));
  /* Setting the same prototype is a no-op; a non-extensible object refuses a change. */
  Shape *current = obj_shape(*object);
  CHECK_INT(obj_set_prototype(world.cx, *object, *proto_b, &ok), 0);
  CHECK(ok && obj_shape(*object) == current);
  obj_prevent_extensions(*twin);
  CHECK_INT(obj_set_prototype(world.cx, *twin, JS_NULL, &ok), 0);
  CHECK(!ok);
  /* A dictionary-mode object gets a fresh shape on a prototype change. */
  CHECK_INT(obj_to_dictionary(world.cx, *object), 0);
  Shape *dictionary_shape = obj_shape(*object);
  CHECK_INT(obj_set_prototype(world.cx, *object, JS_NULL, &ok), 0);
  CHECK(ok && obj_shape(*object) != dictionary_shape && obj_is_dictionary(*object));
  CHECK(js_is_null(obj_prototype(*object)));
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(world_get_int(&world, *object, "x"), 0);
  CHECK(js_same_bits(obj_prototype(*twin), *proto_b));
  /* Lookups walk the chain: own first, then the prototypes in order. */
  CHECK(world_define(&world, *proto_a, "inherited", js_from_int32(1), PROP_DEFAULT));
  CHECK(world_define(&world, *proto_b, "shadowed", js_from_int32(2), PROP_DEFAULT));
  CHECK(world_define(&world, *twin, "shadowed", js_from_int32(3), PROP_DEFAULT) == false); /* not extensible */
  JSValue holder = JS_UNDEFINED, value = JS_UNDEFINED;
  uint32_t attrs = 0;
  CHECK(obj_lookup(world.cx, *twin, world_atom(&world, "inherited"), &holder, &value, &attrs));
  CHECK(js_same_bits(holder, *proto_a) && js_to_int32(value) == 1);
  CHECK(obj_lookup(world.cx, *twin, world_atom(&world, "y"), &holder, &value, &attrs));
  CHECK(js_same_bits(holder, *twin) && js_to_int32(value) == 1);
  CHECK(obj_lookup(world.cx, *twin, world_atom(&world, "shadowed"), &holder, &value, &attrs));
  CHECK(js_same_bits(holder, *proto_b) && js_to_int32(value) == 2);
  CHECK(!obj_lookup(world.cx, *twin, world_atom(&world, "nowhere"), &holder, &value, &attrs));
  world_close(&world);
}

/* Transitions hold their children weakly: a branch no object uses dies in a mark-compact
 * (shapes are tenured), and the tree is rebuilt on demand afterwards. */
static void dead_transitions_are_collected(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *proto = world_keep(&world, world_object(&world, JS_NULL));
  Shape *initial = NULL;
  CHECK_INT(shape_initial(world.cx, *proto, false, &initial), 0);
  JSValue *initial_value = world_keep(&world, shape_value(initial));
  JSValue *kept = world_keep(&world, world_object(&world, *proto));
  CHECK(world_define(&world, *kept, "kept", js_from_int32(1), PROP_DEFAULT));
  char name[24];
  for (int i = 0; i < 50; i++) {
    snprintf(name, sizeof name, "temporary%d", i);
    JSValue object = world_object(&world, *proto);
    CHECK(world_define(&world, object, name, js_from_int32(i), PROP_DEFAULT));
    CHECK(world_define(&world, object, "second", js_from_int32(i), PROP_DEFAULT));
  }
  CHECK_INT(shape_transition_count(shape_cell(*initial_value)), 51);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(shape_transition_count(shape_cell(*initial_value)), 1);
  /* The surviving branch is still the one new objects take. */
  JSValue again = world_object(&world, *proto);
  CHECK(world_define(&world, again, "kept", js_from_int32(2), PROP_DEFAULT));
  CHECK(obj_shape(again) == obj_shape(*kept));
  /* A prototype nothing else references dies with the shapes that held it. */
  JSValue *root = world_keep(&world, world.cx->root_shape);
  uint32_t before = shape_transition_count(shape_cell(*root));
  for (int i = 0; i < 20; i++) world_object(&world, world_object(&world, JS_NULL));
  CHECK_INT(shape_transition_count(shape_cell(*root)), before + 20);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(shape_transition_count(shape_cell(*root)), before);
  world_close(&world);
}

static const UnitCase cases[] = {
    {"the same construction order shares a shape", same_order_shares_shape},
    {"transitions are reused", transition_reuse},
    {"delete switches to dictionary mode", delete_goes_to_dictionary},
    {"a thousand properties stay correct", thousand_properties},
    {"descriptor tables are shared along a chain", shared_descriptors},
    {"attributes are kept", attributes_kept},
    {"prototype changes", prototype_changes},
    {"dead branches of the transition tree are collected", dead_transitions_are_collected},
};

UNIT_MAIN(cases)
