/* Large-object space: cells over 16 KiB get their own page, belong to the old generation
 * from birth, never move, keep young cells alive through the barrier, and die only in a
 * mark-compact. */
#include "heap_test.h"

static void large_cells_are_old_and_never_move(int argc, char **argv) {
  Heap *heap = test_heap();
  uint32_t slot_count = 4096; /* 32 KiB of slots */
  JSValue big = test_ref(test_node(heap, 42, slot_count, false));
  heap_add_root(heap, &big);
  GcCell *cell = test_cell(big);
  CHECK(gc_cell_size(cell) > GC_LARGE_OBJECT_THRESHOLD);
  CHECK(gc_cell_is_old(cell));
  CHECK(cell->header & GC_HEADER_LARGE);
  HeapStats stats = test_stats(heap);
  CHECK_INT(stats.large_object_used, gc_cell_size(cell));
  CHECK(stats.large_object_committed >= gc_cell_size(cell));
  CHECK_INT(stats.new_space_used, 0);

  GcCell *young = test_node(heap, 43, 0, false);
  gc_store_value(heap, cell, &gc_slots(cell)->slots[slot_count - 1], test_ref(young));
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(test_cell(big) == cell);
  CHECK_INT(test_node_id(cell), 42);
  CHECK_INT(test_node_id(test_cell(gc_slots(cell)->slots[slot_count - 1])), 43);
  CHECK_INT(heap_verify(heap), 0);

  heap_remove_root(heap, &big);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(test_stats(heap).large_object_used > 0); /* a scavenge never frees old cells */
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).large_object_used, 0);
  CHECK_INT(test_stats(heap).large_object_committed, 0);
  heap_free(heap);
}

static void many_large_cells(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue keep[8];
  for (int i = 0; i < 8; i++) {
    keep[i] = test_ref(test_node(heap, (uint32_t)i, 2100 + 100 * (uint32_t)i, false));
    heap_add_root(heap, &keep[i]);
  }
  for (int i = 0; i < 32; i++) CHECK(test_node(heap, 100, 3000, false) != NULL); /* garbage */
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  size_t expected = 0;
  for (int i = 0; i < 8; i++) {
    CHECK_INT(test_node_id(test_cell(keep[i])), i);
    expected += gc_cell_size(test_cell(keep[i]));
  }
  CHECK_INT(test_stats(heap).large_object_used, expected);
  CHECK_INT(heap_verify(heap), 0);
  for (int i = 0; i < 8; i++) heap_remove_root(heap, &keep[i]);
  heap_free(heap);
}

static const UnitCase cases[] = {
  {"large cells are old and never move", large_cells_are_old_and_never_move},
  {"many large cells: the live ones stay", many_large_cells},
};

UNIT_MAIN(cases)
