/* Helpers shared by the object layer's unit tests: a heap plus its ObjContext, an option to
 * run under --gc-stress (then every test_safepoint collects), handles for values that must
 * survive collections, and short ways to make atoms and check properties. */
#ifndef PETREL_TESTS_OBJECTS_TEST_H
#define PETREL_TESTS_OBJECTS_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "heap_test.h"
#include "objects/atom.h"
#include "objects/context.h"
#include "objects/elements.h"
#include "objects/object.h"
#include "objects/shape.h"
#include "objects/string.h"
#include "objects/symbol.h"

typedef struct TestWorld {
  Heap *heap;
  ObjContext *cx;
  HandleScope scope;
  bool stress;
} TestWorld;

static inline bool test_wants_gc_stress(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--gc-stress") == 0) return true;
  }
  return false;
}

static inline void world_open(TestWorld *world, int argc, char **argv) {
  world->stress = test_wants_gc_stress(argc, argv);
  world->heap = test_heap_with(GC_PAGE_SIZE, (size_t)256 << 20, world->stress);
  if (obj_context_new(world->heap, &world->cx) != 0) unit_fail(__FILE__, __LINE__, "obj_context_new failed");
  heap_scope_open(world->heap, &world->scope);
}

static inline void world_close(TestWorld *world) {
  heap_scope_close(world->heap, &world->scope);
  obj_context_free(world->cx);
  heap_free(world->heap);
}

/* A handle in the world's scope: read the value through it after any collection. */
static inline JSValue *world_keep(TestWorld *world, JSValue value) {
  JSValue *handle = heap_handle_new(world->heap, value);
  if (handle == NULL) unit_fail(__FILE__, __LINE__, "heap_handle_new failed");
  return handle;
}

/* A safepoint: collects only under --gc-stress (or when the heap asked for it). */
static inline void world_safepoint(TestWorld *world) { CHECK_INT(gc_safepoint(world->heap), 0); }

/* Collects and checks the heap's invariants. */
static inline void world_collect(TestWorld *world, GcKind kind) {
  CHECK_INT(heap_collect(world->heap, kind, GC_REASON_TESTING), 0);
  CHECK_INT(heap_verify(world->heap), 0);
}

static inline JSValue world_atom(TestWorld *world, const char *text) {
  JSValue atom = JS_UNDEFINED;
  if (atom_from_cstring(world->cx->atoms, text, &atom) != 0) unit_fail(__FILE__, __LINE__, "atom failed");
  return atom;
}

static inline JSValue world_string(TestWorld *world, const char *text) {
  JSValue string = JS_UNDEFINED;
  if (str_from_cstring(world->heap, text, &string) != 0) unit_fail(__FILE__, __LINE__, "string failed");
  return string;
}

static inline JSValue world_object(TestWorld *world, JSValue prototype) {
  JSValue object = JS_UNDEFINED;
  if (obj_new(world->cx, prototype, &object) != 0) unit_fail(__FILE__, __LINE__, "obj_new failed");
  return object;
}

/* Defines key (a C string, interned) with a value and attributes; returns *out_ok. */
static inline bool world_define(TestWorld *world, JSValue object, const char *key, JSValue value, uint32_t attrs) {
  bool ok = false;
  if (obj_define_own(world->cx, object, world_atom(world, key), value, attrs, &ok) != 0) {
    unit_fail(__FILE__, __LINE__, "obj_define_own failed");
  }
  return ok;
}

/* The own property's int32 value, or INT32_MIN when absent or not an int32. */
static inline int32_t world_get_int(TestWorld *world, JSValue object, const char *key) {
  JSValue value;
  uint32_t attrs;
  if (!obj_get_own(world->cx, object, world_atom(world, key), &value, &attrs) || !js_is_int32(value)) return INT32_MIN;
  return js_to_int32(value);
}

/* A string's UTF-8 (lone surrogates as U+FFFD) in a static buffer, for CHECK_STR. */
static inline const char *world_utf8(TestWorld *world, JSValue string) {
  static char buffer[256];
  char *text;
  size_t length;
  if (str_to_utf8(world->heap, string, false, &text, &length) != 0) return "(failed)";
  snprintf(buffer, sizeof buffer, "%s", text);
  free(text);
  return buffer;
}

#endif
