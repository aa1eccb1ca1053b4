/* Out of memory in the object layer: with the heap full, every operation that needs a new
 * cell returns PT_ENOMEM and leaves strings, shapes, objects and elements as they were;
 * once a collection frees room, the same operations succeed. */
#include "objects_test.h"

enum { LIMIT = 4 << 20 };

/* Fills the heap to the last byte with unreferenced cells (allocation never collects). */
static void fill_heap(Heap *heap) {
  static const size_t sizes[] = {4096, 256, 64, 16};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    while (heap_alloc(heap, CELL_BYTES, sizes[i]) != NULL) {}
  }
}

static void full_heap_is_an_error(int argc, char **argv) {
  TestWorld world;
  world.stress = false;
  world.heap = test_heap_with(GC_PAGE_SIZE, LIMIT, false);
  CHECK_INT(obj_context_new(world.heap, &world.cx), 0);
  heap_scope_open(world.heap, &world.scope);

  JSValue *object = world_keep(&world, world_object(&world, JS_NULL));
  for (int i = 0; i < 6; i++) {
    char name[8];
    snprintf(name, sizeof name, "k%d", i);
    CHECK(world_define(&world, *object, name, js_from_int32(i), PROP_DEFAULT));
  }
  JSValue *array = world_keep(&world, JS_UNDEFINED);
  CHECK_INT(obj_new_array(world.cx, JS_NULL, 0, array), 0);
  bool ok = false;
  char text[16];
  for (uint32_t i = 0; i < 16; i++) {
    snprintf(text, sizeof text, "%u", (unsigned)i);
    CHECK_INT(obj_set_own(world.cx, *array, world_atom(&world, text), js_from_int32((int32_t)i), &ok), 0);
  }
  JSValue *rope = world_keep(&world, JS_UNDEFINED);
  CHECK_INT(str_concat(world.heap, world_string(&world, "a rope long enough "), world_string(&world, "to stay a rope"), rope), 0);
  world_collect(&world, GC_MARK_COMPACT);
  /* Keys interned before the heap fills: the failures below are about the objects. */
  JSValue *fresh = world_keep(&world, world_atom(&world, "fresh"));
  uint32_t capacity = gc_slots(obj_cell(*array)->elements)->count;
  snprintf(text, sizeof text, "%u", (unsigned)capacity);
  JSValue *past_capacity = world_keep(&world, world_atom(&world, text));
  JSValue *k2 = world_keep(&world, world_atom(&world, "k2"));

  fill_heap(world.heap);
  Shape *shape_before = obj_shape(*object);
  JSValue out = JS_UNDEFINED;
  CHECK_INT(obj_new(world.cx, JS_NULL, &out), PT_ENOMEM);
  CHECK_INT(obj_define_own(world.cx, *object, *fresh, js_from_int32(1), PROP_DEFAULT, &ok), PT_ENOMEM);
  CHECK(obj_shape(*object) == shape_before);
  CHECK_INT(world_get_int(&world, *object, "fresh"), INT32_MIN);
  bool deleted = false;
  CHECK_INT(obj_delete(world.cx, *object, *k2, &deleted), PT_ENOMEM);
  CHECK(!obj_is_dictionary(*object));
  CHECK_INT(world_get_int(&world, *object, "k2"), 2);
  JSValue list = JS_UNDEFINED;
  CHECK_INT(obj_own_keys(world.cx, *object, &list), PT_ENOMEM);
  /* An element past the store's capacity needs a bigger store. */
  CHECK_INT(obj_set_own(world.cx, *array, *past_capacity, js_from_int32(99), &ok), PT_ENOMEM);
  CHECK_INT(obj_cell(*array)->length, 16);
  CHECK_INT(obj_elements_kind(obj_cell(*array)), ELEMENTS_PACKED);
  JSValue atom = JS_UNDEFINED;
  CHECK_INT(atom_from_cstring(world.cx->atoms, "never seen before", &atom), PT_ENOMEM);
  JSValue flat = JS_UNDEFINED, joined = JS_UNDEFINED;
  CHECK_INT(str_flatten(world.heap, *rope, &flat), PT_ENOMEM);
  CHECK_INT(str_concat(world.heap, *rope, *rope, &joined), PT_ENOMEM);
  CHECK_INT(heap_verify(world.heap), 0);

  /* The filler was garbage: after a collection everything works, nothing was damaged. */
  world_collect(&world, GC_MARK_COMPACT);
  CHECK(world_define(&world, *object, "fresh", js_from_int32(7), PROP_DEFAULT));
  CHECK_INT(world_get_int(&world, *object, "fresh"), 7);
  CHECK_INT(world_get_int(&world, *object, "k5"), 5);
  CHECK_INT(obj_set_own(world.cx, *array, *past_capacity, js_from_int32(99), &ok), 0);
  CHECK(ok);
  CHECK_INT(obj_cell(*array)->length, capacity + 1);
  CHECK_INT(str_flatten(world.heap, *rope, &flat), 0);
  CHECK_STR(world_utf8(&world, flat), "a rope long enough to stay a rope");

  heap_scope_close(world.heap, &world.scope);
  obj_context_free(world.cx);
  heap_free(world.heap);
}

static const UnitCase cases[] = {
    {"a full heap is PT_ENOMEM and changes nothing", full_heap_is_an_error},
};

UNIT_MAIN(cases)
