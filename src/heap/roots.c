/* Roots: everything outside the heap that keeps cells alive — root providers (the
 * interpreter's VM stack), registered global slots, the persistent table, and handles.
 * Invariant: every GC visits each of these slots exactly once, and writes back moved
 * addresses, so C code that holds values only there never sees a stale pointer. */
#include <stdlib.h>

#include "base/errors.h"
#include "heap/heap_internal.h"

int heap_add_root_provider(Heap *heap, GcRootFn fn, void *data) {
  if (heap->provider_count == heap->provider_capacity) {
    size_t capacity = heap->provider_capacity ? heap->provider_capacity * 2 : 8;
    RootProvider *providers = realloc(heap->providers, capacity * sizeof *providers);
    if (providers == NULL) return PT_ENOMEM;
    heap->providers = providers;
    heap->provider_capacity = capacity;
  }
  heap->providers[heap->provider_count++] = (RootProvider){fn, data};
  return 0;
}

void heap_remove_root_provider(Heap *heap, GcRootFn fn, void *data) {
  for (size_t i = 0; i < heap->provider_count; i++) {
    if (heap->providers[i].fn == fn && heap->providers[i].data == data) {
      heap->providers[i] = heap->providers[--heap->provider_count];
      return;
    }
  }
}

int heap_add_root(Heap *heap, JSValue *slot) {
  return gc_list_push(&heap->global_roots, slot) ? 0 : PT_ENOMEM;
}

void heap_remove_root(Heap *heap, JSValue *slot) {
  GcPointerList *roots = &heap->global_roots;
  for (size_t i = 0; i < roots->count; i++) {
    if (roots->items[i] == slot) {
      roots->items[i] = roots->items[--roots->count];
      return;
    }
  }
}

int heap_persistent_new(Heap *heap, JSValue value, uint32_t *out_id) {
  if (heap->persistent_free_count > 0) {
    uint32_t id = heap->persistent_free[--heap->persistent_free_count];
    heap->persistent[id] = value;
    *out_id = id;
    return 0;
  }
  if (heap->persistent_count == heap->persistent_capacity) {
    uint32_t capacity = heap->persistent_capacity ? heap->persistent_capacity * 2 : 32;
    JSValue *values = realloc(heap->persistent, capacity * sizeof *values);
    if (values == NULL) return PT_ENOMEM;
    heap->persistent = values;
    uint32_t *free_ids = realloc(heap->persistent_free, capacity * sizeof *free_ids);
    if (free_ids == NULL) return PT_ENOMEM;
    heap->persistent_free = free_ids;
    heap->persistent_capacity = capacity;
  }
  *out_id = heap->persistent_count;
  heap->persistent[heap->persistent_count++] = value;
  return 0;
}

JSValue heap_persistent_get(const Heap *heap, uint32_t id) { return heap->persistent[id]; }

void heap_persistent_set(Heap *heap, uint32_t id, JSValue value) { heap->persistent[id] = value; }

/* A freed entry holds the hole, which is not a reference, so it keeps nothing alive. */
void heap_persistent_free(Heap *heap, uint32_t id) {
  heap->persistent[id] = JS_HOLE;
  heap->persistent_free[heap->persistent_free_count++] = id;
}

void roots_visit(Heap *heap, GcVisitor *visitor) {
  for (size_t i = 0; i < heap->provider_count; i++) {
    heap->providers[i].fn(visitor, heap->providers[i].data);
  }
  for (size_t i = 0; i < heap->global_roots.count; i++) {
    gc_visit_value(visitor, heap->global_roots.items[i]);
  }
  gc_visit_range(visitor, heap->persistent, heap->persistent_count);
  handles_visit(heap, visitor);
}

void roots_destroy(Heap *heap) {
  free(heap->providers);
  gc_list_free(&heap->global_roots);
  free(heap->persistent);
  free(heap->persistent_free);
}
