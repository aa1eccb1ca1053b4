/* Helpers shared by the heap's unit tests: small heaps, and "nodes" — CELL_SLOTS cells whose
 * raw bytes carry an id, so a test can tell which cell it is looking at after cells move. */
#ifndef PETREL_TESTS_HEAP_TEST_H
#define PETREL_TESTS_HEAP_TEST_H

#include "heap/heap.h"
#include "unit.h"

static inline Heap *test_heap_with(size_t semi_space, size_t old_space, bool stress) {
  HeapConfig config;
  heap_config_default(&config);
  config.max_semi_space_size = semi_space;
  config.max_old_space_size = old_space;
  config.gc_stress = stress;
  Heap *heap = NULL;
  int status = heap_new(&config, &heap);
  if (status != 0) unit_fail(__FILE__, __LINE__, "heap_new failed");
  return heap;
}

/* One-page semispaces, 64 MiB of old space. */
static inline Heap *test_heap(void) { return test_heap_with(GC_PAGE_SIZE, (size_t)64 << 20, false); }

static inline GcCell *test_node(Heap *heap, uint32_t id, uint32_t slot_count, bool tenured) {
  GcCell *cell = heap_alloc_slots(heap, slot_count, sizeof(uint32_t), tenured);
  if (cell != NULL) memcpy(gc_slots_raw(cell), &id, sizeof id);
  return cell;
}

static inline uint32_t test_node_id(GcCell *cell) {
  uint32_t id;
  memcpy(&id, gc_slots_raw(cell), sizeof id);
  return id;
}

static inline JSValue test_ref(GcCell *cell) { return js_from_cell(JS_TAG_OBJECT, cell); }
static inline GcCell *test_cell(JSValue value) { return (GcCell *)js_to_cell(value); }

static inline size_t test_new_used(Heap *heap) {
  HeapStats stats;
  heap_get_stats(heap, &stats);
  return stats.new_space_used;
}

static inline HeapStats test_stats(Heap *heap) {
  HeapStats stats;
  heap_get_stats(heap, &stats);
  return stats;
}

#endif
