/* The randomized object test: a handful of objects and arrays take random property,
 * element, length, prototype, dictionary-mode and extensibility operations mixed with
 * scavenges, mark-compacts, safepoints and garbage, and after every step the touched object
 * (after every collection, all objects) must match a simple shadow model: which keys exist,
 * their values (numbers or references to other objects) and attributes, array lengths,
 * prototypes, and the own-keys order.
 *
 *   test_object_random [--gc-stress] [--seed=N] [--steps=N]     (or PETREL_OBJECT_SEED=N)
 * The seed is printed first; a failure reproduces with the same seed. */
#include <stdlib.h>
#include <time.h>

#include "objects_test.h"

/* Model values: below REF_BASE a number; from REF_BASE an object reference; from
 * STRING_BASE a fresh (young) string "s<n>", so stores into old cells need the barrier. */
enum { OBJECTS = 8, NAMED = 10, SYMBOLS = 2, KEYS = NAMED + SYMBOLS, INDICES = 24, REF_BASE = 1000000,
       STRING_BASE = 2000000 };

static const char *const named_keys[NAMED] = {"a", "b", "c", "d", "e", "f", "g", "h", "01", "4294967295"};
static const uint32_t index_keys[INDICES] = {0,  1,  2,  3,  4,  5,  6,   7,    8,     9,  10, 11,
                                             12, 13, 14, 15, 16, 17, 18, 19, 100, 1500, 70000, 4294967294u};
static const uint32_t attr_choices[] = {PROP_DEFAULT, PROP_DEFAULT, PROP_DEFAULT, PROP_DEFAULT, 0,
                                        PROP_WRITABLE | PROP_ENUMERABLE, PROP_ENUMERABLE | PROP_CONFIGURABLE,
                                        PROP_WRITABLE | PROP_CONFIGURABLE};
static const uint32_t length_choices[] = {0, 1, 3, 5, 8, 11, 101, 2000, 100000};

typedef struct ModelProp {
  bool present;
  int32_t value; /* see REF_BASE and STRING_BASE */
  uint32_t attrs;
  uint32_t order; /* insertion order of named keys */
} ModelProp;

typedef struct ModelObject {
  bool is_array, extensible, length_readonly;
  uint32_t length;
  int prototype; /* -1: null */
  uint32_t next_order;
  ModelProp named[KEYS];
  ModelProp elements[INDICES];
} ModelObject;

typedef struct Random {
  TestWorld world;
  JSValue *roots; /* CELL_SLOTS: the objects, then the symbols */
  ModelObject model[OBJECTS];
  uint64_t rng;
  int failures;
  uint32_t step;
} Random;

static uint32_t next_random(Random *r) {
  r->rng ^= r->rng << 13;
  r->rng ^= r->rng >> 7;
  r->rng ^= r->rng << 17;
  return (uint32_t)(r->rng >> 11);
}
static uint32_t below(Random *r, uint32_t bound) { return next_random(r) % bound; }

static JSValue root_at(Random *r, uint32_t i) { return gc_slots((GcCell *)js_to_cell(*r->roots))->slots[i]; }
static JSValue object_at(Random *r, int i) { return root_at(r, (uint32_t)i); }

static JSValue key_at(Random *r, int key) {
  if (key >= NAMED) return root_at(r, OBJECTS + (uint32_t)(key - NAMED));
  return world_atom(&r->world, named_keys[key]);
}

static JSValue index_atom(Random *r, int index) {
  char text[16];
  snprintf(text, sizeof text, "%u", (unsigned)index_keys[index]);
  return world_atom(&r->world, text);
}

static JSValue real_value(Random *r, int32_t value) {
  if (value >= STRING_BASE) {
    char text[16];
    snprintf(text, sizeof text, "s%d", (int)(value - STRING_BASE));
    return world_string(&r->world, text);
  }
  return value >= REF_BASE ? object_at(r, value - REF_BASE) : js_from_int32(value);
}

static bool same_value(Random *r, JSValue real, int32_t expected) {
  if (expected < STRING_BASE) return js_same_bits(real, real_value(r, expected));
  bool equal = false;
  return js_is_string(real) && str_equals(r->world.heap, real, real_value(r, expected), &equal) == 0 && equal;
}

static int32_t random_value(Random *r) {
  switch (below(r, 4)) {
    case 0: return REF_BASE + (int32_t)below(r, OBJECTS);
    case 1: return STRING_BASE + (int32_t)below(r, 1000);
    default: return (int32_t)below(r, 1000);
  }
}

static void fail(Random *r, int object, const char *what, int detail) {
  r->failures++;
  unit_failures_in_case++;
  if (r->failures <= 10) {
    out_printf(OUT_STDOUT, "  step %u, object %d: %s (%d)\n", (unsigned)r->step, object, what, detail);
  }
}

/* --- the model's rules ---------------------------------------------------------------------- */

static bool model_define_element(ModelObject *m, int index, int32_t value, uint32_t attrs) {
  uint32_t at = index_keys[index];
  if (m->is_array && at >= m->length && m->length_readonly) return false;
  if (!m->elements[index].present && !m->extensible) return false;
  m->elements[index] = (ModelProp){true, value, attrs, 0};
  if (m->is_array && at >= m->length) m->length = at + 1;
  return true;
}

static bool model_define_named(ModelObject *m, int key, int32_t value, uint32_t attrs) {
  ModelProp *prop = &m->named[key];
  if (!prop->present) {
    if (!m->extensible) return false;
    prop->order = m->next_order++;
  }
  prop->present = true;
  prop->value = value;
  prop->attrs = attrs;
  return true;
}

static bool model_set_length(ModelObject *m, uint32_t length) {
  if (length == m->length) return true;
  if (m->length_readonly) return false;
  if (length > m->length) {
    m->length = length;
    return true;
  }
  uint32_t target = length;
  bool ok = true;
  for (int i = 0; i < INDICES; i++) {
    ModelProp *e = &m->elements[i];
    if (e->present && !(e->attrs & PROP_CONFIGURABLE) && index_keys[i] >= target) {
      target = index_keys[i] + 1;
      ok = false;
    }
  }
  for (int i = 0; i < INDICES; i++) {
    if (index_keys[i] >= target) m->elements[i].present = false;
  }
  m->length = target;
  return ok;
}

/* --- checking ------------------------------------------------------------------------------ */

static void check_prop(Random *r, int object, JSValue key, const ModelProp *expected, int which) {
  JSValue value;
  uint32_t attrs;
  bool present = obj_get_own(r->world.cx, object_at(r, object), key, &value, &attrs);
  if (present != expected->present) {
    fail(r, object, expected->present ? "property missing" : "unexpected property", which);
    return;
  }
  if (!present) return;
  if (attrs != expected->attrs) fail(r, object, "attributes differ", which);
  if (!same_value(r, value, expected->value)) fail(r, object, "value differs", which);
}

static void check_object(Random *r, int object) {
  ModelObject *m = &r->model[object];
  JSValue real = object_at(r, object);
  for (int k = 0; k < KEYS; k++) check_prop(r, object, key_at(r, k), &m->named[k], k);
  for (int i = 0; i < INDICES; i++) check_prop(r, object, index_atom(r, i), &m->elements[i], 100 + i);
  JSValue prototype = obj_prototype(real);
  if (m->prototype < 0 ? !js_is_null(prototype) : !js_same_bits(prototype, object_at(r, m->prototype))) {
    fail(r, object, "prototype differs", m->prototype);
  }
  if (obj_is_extensible(real) != m->extensible) fail(r, object, "extensibility differs", m->extensible);
  if (m->is_array) {
    JSValue length;
    uint32_t attrs;
    if (!obj_get_own(r->world.cx, real, r->world.cx->length_atom, &length, &attrs) ||
        (uint32_t)js_number_value(length) != m->length) {
      fail(r, object, "length differs", (int)m->length);
    }
    if (attrs != (m->length_readonly ? 0u : PROP_WRITABLE)) fail(r, object, "length attributes differ", (int)attrs);
  }
  /* Own keys: indices ascending, "length", strings by insertion, symbols by insertion. */
  JSValue expected[INDICES + 1 + KEYS];
  uint32_t count = 0;
  for (int i = 0; i < INDICES; i++) {
    if (m->elements[i].present) expected[count++] = js_from_number((double)index_keys[i]);
  }
  if (m->is_array) expected[count++] = r->world.cx->length_atom;
  for (int pass = 0; pass < 2; pass++) {
    int first = pass == 0 ? 0 : NAMED, last = pass == 0 ? NAMED : KEYS;
    for (uint32_t order = 0; order < m->next_order; order++) {
      for (int k = first; k < last; k++) {
        if (m->named[k].present && m->named[k].order == order) expected[count++] = key_at(r, k);
      }
    }
  }
  JSValue list;
  if (obj_own_keys(r->world.cx, real, &list) != 0) {
    fail(r, object, "own keys failed", 0);
    return;
  }
  GcSlots *keys = gc_slots((GcCell *)js_to_cell(list));
  if (keys->count != count) {
    fail(r, object, "own key count differs", (int)keys->count);
    return;
  }
  for (uint32_t i = 0; i < count; i++) {
    if (!js_same_bits(keys->slots[i], expected[i])) fail(r, object, "own keys order differs", (int)i);
  }
}

static void check_all(Random *r) {
  for (int i = 0; i < OBJECTS; i++) check_object(r, i);
  int problems = heap_verify(r->world.heap);
  if (problems != 0) fail(r, -1, "heap_verify", problems);
}

/* --- the steps ----------------------------------------------------------------------------- */

static void expect_ok(Random *r, int object, int status, bool real_ok, bool model_ok, const char *what) {
  if (status != 0) fail(r, object, what, status);
  else if (real_ok != model_ok) fail(r, object, what, real_ok);
}

static void make_garbage(Random *r) {
  JSValue garbage = world_object(&r->world, object_at(r, (int)below(r, OBJECTS)));
  bool ok;
  char name[16];
  for (int i = 0; i < 20; i++) {
    snprintf(name, sizeof name, "junk%u", (unsigned)below(r, 50));
    obj_define_own(r->world.cx, garbage, world_atom(&r->world, name), garbage, PROP_DEFAULT, &ok);
    obj_define_own(r->world.cx, garbage, index_atom(r, (int)below(r, INDICES)), garbage, PROP_DEFAULT, &ok);
  }
  JSValue text;
  str_concat(r->world.heap, world_string(&r->world, "garbage string "), world_string(&r->world, name), &text);
}

static void step(Random *r) {
  int object = (int)below(r, OBJECTS);
  ModelObject *m = &r->model[object];
  JSValue real = object_at(r, object);
  ObjContext *cx = r->world.cx;
  bool ok = false;
  uint32_t choice = below(r, 100);
  if (choice < 18) {
    int key = (int)below(r, KEYS);
    int32_t value = random_value(r);
    uint32_t attrs = attr_choices[below(r, sizeof attr_choices / sizeof attr_choices[0])];
    int status = obj_define_own(cx, real, key_at(r, key), real_value(r, value), attrs, &ok);
    expect_ok(r, object, status, ok, model_define_named(m, key, value, attrs), "define named");
  } else if (choice < 30) {
    int key = (int)below(r, KEYS);
    int32_t value = random_value(r);
    bool model_ok;
    if (m->named[key].present) {
      model_ok = (m->named[key].attrs & PROP_WRITABLE) != 0;
      if (model_ok) m->named[key].value = value;
    } else {
      model_ok = model_define_named(m, key, value, PROP_DEFAULT);
    }
    int status = obj_set_own(cx, real, key_at(r, key), real_value(r, value), &ok);
    expect_ok(r, object, status, ok, model_ok, "set named");
  } else if (choice < 38) {
    int key = (int)below(r, KEYS);
    bool model_ok = !m->named[key].present || (m->named[key].attrs & PROP_CONFIGURABLE);
    if (model_ok) m->named[key].present = false;
    int status = obj_delete(cx, real, key_at(r, key), &ok);
    expect_ok(r, object, status, ok, model_ok, "delete named");
  } else if (choice < 52) {
    int index = (int)(below(r, 4) == 0 ? below(r, INDICES) : below(r, 20));
    int32_t value = random_value(r);
    uint32_t attrs = below(r, 5) == 0 ? attr_choices[below(r, sizeof attr_choices / sizeof attr_choices[0])] : PROP_DEFAULT;
    int status = obj_define_own(cx, real, index_atom(r, index), real_value(r, value), attrs, &ok);
    expect_ok(r, object, status, ok, model_define_element(m, index, value, attrs), "define element");
  } else if (choice < 64) {
    int index = (int)(below(r, 4) == 0 ? below(r, INDICES) : below(r, 20));
    int32_t value = random_value(r);
    bool model_ok;
    if (m->elements[index].present) {
      model_ok = (m->elements[index].attrs & PROP_WRITABLE) != 0;
      if (model_ok) m->elements[index].value = value;
    } else {
      model_ok = model_define_element(m, index, value, PROP_DEFAULT);
    }
    int status = obj_set_own(cx, real, index_atom(r, index), real_value(r, value), &ok);
    expect_ok(r, object, status, ok, model_ok, "set element");
  } else if (choice < 70) {
    int index = (int)below(r, INDICES);
    bool model_ok = !m->elements[index].present || (m->elements[index].attrs & PROP_CONFIGURABLE);
    if (model_ok) m->elements[index].present = false;
    int status = obj_delete(cx, real, index_atom(r, index), &ok);
    expect_ok(r, object, status, ok, model_ok, "delete element");
  } else if (choice < 76) {
    if (!m->is_array) return;
    uint32_t length = length_choices[below(r, sizeof length_choices / sizeof length_choices[0])];
    bool model_ok = model_set_length(m, length);
    int status = obj_set_own(cx, real, cx->length_atom, js_from_number((double)length), &ok);
    expect_ok(r, object, status, ok, model_ok, "set length");
  } else if (choice < 77) {
    if (!m->is_array) return;
    int status = obj_define_own(cx, real, cx->length_atom, js_from_number((double)m->length), 0, &ok);
    m->length_readonly = true;
    expect_ok(r, object, status, ok, true, "freeze length");
  } else if (choice < 83) {
    int prototype = (int)below(r, OBJECTS + 1) - 1;
    bool model_ok = true;
    if (prototype != m->prototype) {
      if (!m->extensible) model_ok = false;
      for (int p = prototype; p >= 0 && model_ok; p = r->model[p].prototype) model_ok = p != object;
    }
    if (model_ok) m->prototype = prototype;
    int status = obj_set_prototype(cx, real, prototype < 0 ? JS_NULL : object_at(r, prototype), &ok);
    expect_ok(r, object, status, ok, model_ok, "set prototype");
  } else if (choice < 86) {
    if (obj_to_dictionary(cx, real) != 0) fail(r, object, "to dictionary", 0);
  } else if (choice < 87) {
    if (below(r, 4) != 0) return; /* rare: it freezes the object's key set for good */
    obj_prevent_extensions(real);
    m->extensible = false;
  } else if (choice < 91) {
    make_garbage(r);
  } else if (choice < 95) {
    CHECK_INT(heap_collect(r->world.heap, below(r, 3) == 0 ? GC_MARK_COMPACT : GC_SCAVENGE, GC_REASON_TESTING), 0);
    check_all(r);
    return;
  } else {
    world_safepoint(&r->world);
    check_all(r);
    return;
  }
  check_object(r, object);
  world_safepoint(&r->world);
}

static uint64_t choose_seed(int argc, char **argv, uint32_t *steps) {
  struct timespec now;
  timespec_get(&now, TIME_UTC);
  uint64_t seed = (uint64_t)now.tv_sec * 1000000007u + (uint64_t)now.tv_nsec;
  const char *env = getenv("PETREL_OBJECT_SEED");
  if (env != NULL && *env) seed = strtoull(env, NULL, 10);
  for (int i = 1; i < argc; i++) {
    if (strncmp(argv[i], "--seed=", 7) == 0) seed = strtoull(argv[i] + 7, NULL, 10);
    if (strncmp(argv[i], "--steps=", 8) == 0) *steps = (uint32_t)strtoul(argv[i] + 8, NULL, 10);
  }
  return seed;
}

static void random_operations(int argc, char **argv) {
  static Random r;
  memset(&r, 0, sizeof r);
  uint32_t steps = test_wants_gc_stress(argc, argv) ? 3000 : 10000;
  uint64_t seed = choose_seed(argc, argv, &steps);
  out_printf(OUT_STDOUT, "# seed %llu%s, %u steps (rerun: --seed=%llu or PETREL_OBJECT_SEED)\n",
             (unsigned long long)seed, test_wants_gc_stress(argc, argv) ? ", --gc-stress" : "",
             (unsigned)steps, (unsigned long long)seed);
  r.rng = seed * 2 + 1;
  world_open(&r.world, argc, argv);
  GcCell *roots = heap_alloc_slots(r.world.heap, OBJECTS + SYMBOLS, 0, false);
  r.roots = world_keep(&r.world, js_from_cell(JS_TAG_CELL, roots));
  for (int i = 0; i < OBJECTS; i++) {
    bool is_array = i % 2 == 1;
    JSValue object = JS_UNDEFINED;
    if (is_array) {
      CHECK_INT(obj_new_array(r.world.cx, JS_NULL, 0, &object), 0);
    } else {
      object = world_object(&r.world, JS_NULL);
    }
    GcCell *list = (GcCell *)js_to_cell(*r.roots);
    gc_store_value(r.world.heap, list, &gc_slots(list)->slots[i], object);
    r.model[i] = (ModelObject){.is_array = is_array, .extensible = true, .prototype = -1};
  }
  for (int i = 0; i < SYMBOLS; i++) {
    JSValue symbol = JS_UNDEFINED;
    CHECK_INT(symbol_new(r.world.heap, world_string(&r.world, "s"), 0, &symbol), 0);
    GcCell *list = (GcCell *)js_to_cell(*r.roots);
    gc_store_value(r.world.heap, list, &gc_slots(list)->slots[OBJECTS + i], symbol);
  }
  for (r.step = 0; r.step < steps && r.failures < 10; r.step++) step(&r);
  CHECK_INT(heap_collect(r.world.heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  check_all(&r);
  if (r.failures) out_printf(OUT_STDOUT, "# FAILED with seed %llu\n", (unsigned long long)seed);
  world_close(&r.world);
}

static const UnitCase cases[] = {
    {"random object, element and prototype operations against a model", random_operations},
};

UNIT_MAIN(cases)
