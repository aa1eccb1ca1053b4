/* The heap limit: when old space is full, allocation returns NULL (an out-of-memory error
 * for the caller to turn into a RangeError), requests a mark-compact, and leaves the heap
 * consistent; once garbage is collected at a safepoint, allocation succeeds again. */
#include <stdlib.h>

#include "heap_test.h"

enum { LIMIT = 2 << 20, MAX_CELLS = 4096 };

static void oom_is_an_error_and_the_heap_stays_usable(int argc, char **argv) {
  Heap *heap = test_heap_with(GC_PAGE_SIZE, LIMIT, false);
  JSValue *roots = calloc(MAX_CELLS, sizeof *roots);
  size_t count = 0;
  GcCell *cell;
  while (count < MAX_CELLS && (cell = test_node(heap, (uint32_t)count, 126, true)) != NULL) {
    roots[count] = test_ref(cell);
    heap_add_root(heap, &roots[count]);
    count++;
  }
  CHECK(count > 100 && count < MAX_CELLS);
  HeapStats stats = test_stats(heap);
  CHECK(stats.old_space_used <= LIMIT);
  CHECK(stats.old_space_used + 1024 > LIMIT);
  CHECK_INT(stats.allocation_failures, 1);
  CHECK_INT(heap_gc_requested(heap), GC_MARK_COMPACT);
  /* Every path to old space fails the same way, young allocation included once new space
   * overflows; none of them collects. */
  CHECK(heap_alloc(heap, CELL_BYTES, 64 * 1024) == NULL);
  while (heap_alloc(heap, CELL_BYTES, 1024) != NULL) {}
  CHECK(heap_alloc(heap, CELL_BYTES, 1024) == NULL);
  CHECK_INT(test_stats(heap).mark_compact_count + test_stats(heap).scavenge_count, 0);
  CHECK_INT(heap_verify(heap), 0);

  /* Nothing can be freed while everything is rooted: the collection finds it so. */
  CHECK_INT(gc_safepoint(heap), 0);
  CHECK_INT(test_stats(heap).mark_compact_count, 1);
  CHECK(test_node(heap, 0, 126, true) == NULL);

  for (size_t i = 0; i < count; i += 2) heap_remove_root(heap, &roots[i]);
  CHECK_INT(gc_safepoint(heap), 0);
  CHECK_INT(heap_verify(heap), 0);
  CHECK(test_node(heap, 1, 126, true) != NULL);
  uint32_t bad = 0;
  for (size_t i = 1; i < count; i += 2) bad += test_node_id(test_cell(roots[i])) != i;
  CHECK_INT(bad, 0);
  for (size_t i = 1; i < count; i += 2) heap_remove_root(heap, &roots[i]);
  free(roots);
  heap_free(heap);
}

static void bad_config_is_rejected(int argc, char **argv) {
  HeapConfig config;
  heap_config_default(&config);
  config.max_old_space_size = 0;
  Heap *heap = (Heap *)&config;
  CHECK(heap_new(&config, &heap) < 0);
  CHECK(heap == NULL);
}

static const UnitCase cases[] = {
  {"out of memory is an error and the heap stays usable", oom_is_an_error_and_the_heap_stays_usable},
  {"a bad configuration is rejected", bad_config_is_rejected},
};

UNIT_MAIN(cases)
