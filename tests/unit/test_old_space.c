/* Old space: mark-sweep frees exactly the unreachable cells, swept holes are reused through
 * the size-class free lists, and compaction empties fragmented pages, moving their live
 * cells and fixing every reference to them. */
#include <stdlib.h>

#include "heap_test.h"

enum { CELLS = 2000 };

static void mark_sweep_frees_exactly_the_garbage(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue keep = test_ref(test_node(heap, 0, 1, true));
  heap_add_root(heap, &keep);
  size_t kept_bytes = gc_cell_size(test_cell(keep));
  GcCell *previous = test_cell(keep);
  for (uint32_t i = 1; i < 300; i++) {
    GcCell *garbage = test_node(heap, 1000 + i, 4, true);
    GcCell *live = test_node(heap, i, 1, true);
    CHECK(garbage != NULL && live != NULL && gc_cell_is_old(live));
    gc_store_value(heap, previous, &gc_slots(previous)->slots[0], test_ref(live));
    gc_store_value(heap, garbage, &gc_slots(garbage)->slots[0], test_ref(live)); /* dead → live is fine */
    previous = live;
    kept_bytes += gc_cell_size(live);
  }
  /* A cycle of garbage: tracing, not counting, decides. */
  GcCell *a = test_node(heap, 5000, 1, true), *b = test_node(heap, 5001, 1, true);
  gc_store_value(heap, a, &gc_slots(a)->slots[0], test_ref(b));
  gc_store_value(heap, b, &gc_slots(b)->slots[0], test_ref(a));

  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  HeapStats stats = test_stats(heap);
  CHECK_INT(stats.old_space_used, kept_bytes);
  CHECK_INT(stats.mark_compact_count, 1);
  uint32_t expected = 0, bad = 0;
  for (JSValue at = keep; js_is_cell(at); at = gc_slots(test_cell(at))->slots[0]) {
    if (test_node_id(test_cell(at)) != expected++) bad++;
  }
  CHECK_INT(expected, 300);
  CHECK_INT(bad, 0);
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &keep);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).old_space_used, 0);
  CHECK_INT(test_stats(heap).old_space_committed, 0); /* empty pages go back to the system */
  heap_free(heap);
}

static void swept_holes_are_reused(int argc, char **argv) {
  Heap *heap = test_heap();
  /* Keep three of every four cells: the page stays 75% live, so it is swept, not evacuated. */
  JSValue *roots = calloc(CELLS, sizeof *roots);
  for (uint32_t i = 0; i < 400; i++) {
    roots[i] = test_ref(test_node(heap, i, 61, true)); /* 512-byte cells */
    heap_add_root(heap, &roots[i]);
  }
  CHECK_INT(gc_cell_size(test_cell(roots[0])), 512);
  for (uint32_t i = 0; i < 400; i += 4) heap_remove_root(heap, &roots[i]);
  HeapStats before = test_stats(heap);
  GcCell *sample = test_cell(roots[1]);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  HeapStats after = test_stats(heap);
  CHECK(test_cell(roots[1]) == sample); /* dense pages are not moved */
  CHECK_INT(after.old_space_used, before.old_space_used - 100 * 512);
  CHECK_INT(after.old_space_committed, before.old_space_committed);
  for (uint32_t i = 0; i < 100; i++) CHECK(test_node(heap, 10000 + i, 61, true) != NULL);
  CHECK_INT(test_stats(heap).old_space_committed, before.old_space_committed);
  CHECK_INT(heap_verify(heap), 0);
  for (uint32_t i = 0; i < 400; i++) heap_remove_root(heap, &roots[i]);
  free(roots);
  heap_free(heap);
}

static void compaction_moves_cells_and_fixes_references(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue head = JS_NULL;
  heap_add_root(heap, &head);
  GcCell *tail = NULL;
  uint32_t kept = 0;
  for (uint32_t i = 0; i < CELLS; i++) {
    GcCell *cell = test_node(heap, i, 29, true); /* 256-byte cells: ~1000 per page */
    if (i % 10 != 0) continue;                   /* 10% live: every page is fragmented */
    if (tail == NULL) {
      head = test_ref(cell);
    } else {
      gc_store_value(heap, tail, &gc_slots(tail)->slots[0], test_ref(cell));
    }
    gc_store_value(heap, cell, &gc_slots(cell)->slots[28], head); /* back to the head */
    tail = cell;
    kept++;
  }
  HeapStats before = test_stats(heap);
  CHECK(before.old_space_committed >= 2 * GC_PAGE_SIZE);
  GcCell *old_head = test_cell(head);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  HeapStats after = test_stats(heap);
  CHECK(test_cell(head) != old_head);
  CHECK_INT(after.old_space_committed, GC_PAGE_SIZE);
  CHECK_INT(after.old_space_used, (size_t)kept * 256);
  uint32_t seen = 0, bad = 0;
  for (JSValue at = head; js_is_cell(at); at = gc_slots(test_cell(at))->slots[0]) {
    GcCell *cell = test_cell(at);
    if (test_node_id(cell) != seen * 10) bad++;
    if (!js_same_bits(gc_slots(cell)->slots[28], head)) bad++;
    seen++;
  }
  CHECK_INT(seen, kept);
  CHECK_INT(bad, 0);
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &head);
  heap_free(heap);
}

static void mark_compact_empties_new_space(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue root = test_ref(test_node(heap, 1, 1, true));
  heap_add_root(heap, &root);
  GcCell *young = test_node(heap, 2, 0, false);
  gc_store_value(heap, test_cell(root), &gc_slots(test_cell(root))->slots[0], test_ref(young));
  for (int i = 0; i < 100; i++) test_node(heap, 100, 2, false);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_new_used(heap), 0);
  GcCell *promoted = test_cell(gc_slots(test_cell(root))->slots[0]);
  CHECK(gc_cell_is_old(promoted));
  CHECK_INT(test_node_id(promoted), 2);
  CHECK(!(test_cell(root)->header & GC_HEADER_REMEMBERED));
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &root);
  heap_free(heap);
}

static const UnitCase cases[] = {
  {"mark-sweep frees exactly the garbage", mark_sweep_frees_exactly_the_garbage},
  {"swept holes are reused", swept_holes_are_reused},
  {"compaction moves cells and fixes references", compaction_moves_cells_and_fixes_references},
  {"mark-compact empties new space", mark_compact_empties_new_space},
};

UNIT_MAIN(cases)
