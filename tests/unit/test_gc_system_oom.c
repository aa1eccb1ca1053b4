/* The system refusing memory below the heap limit (a wasm memory that cannot grow): a
 * collection reserves what it may need before it changes anything, so it either completes or
 * reports PT_ENOMEM without having started — the graph intact, the heap verified, and the
 * same collection succeeding once memory is available again. A mark-compact that cannot
 * reserve room for compaction sweeps without compacting instead. */
#include <stdlib.h>

#include "base/errors.h"
#include "heap_test.h"

enum { SLOTS = 8, OLD_NODES = 6000, OLD_SLOTS = 30 };

/* A list of `count` nodes (ids first_id...), each holding the next in slot 0 and its id × 7
 * in slot 1; returns the head. */
static JSValue build_list(Heap *heap, uint32_t first_id, uint32_t count) {
  JSValue head = JS_NULL;
  for (uint32_t i = count; i-- > 0;) {
    GcCell *cell = test_node(heap, first_id + i, SLOTS, false);
    if (cell == NULL) return JS_UNDEFINED;
    gc_slots(cell)->slots[0] = head;
    gc_slots(cell)->slots[1] = js_from_int32((int32_t)((first_id + i) * 7));
    head = test_ref(cell);
  }
  return head;
}

/* Problems found walking the list: wrong length, ids or payloads. */
static uint32_t list_problems(JSValue head, uint32_t first_id, uint32_t count) {
  uint32_t problems = 0, seen = 0;
  for (JSValue at = head; js_is_cell(at); at = gc_slots(test_cell(at))->slots[0], seen++) {
    GcCell *cell = test_cell(at);
    uint32_t id = first_id + seen;
    problems += test_node_id(cell) != id;
    problems += js_to_int32(gc_slots(cell)->slots[1]) != (int32_t)(id * 7);
    if (seen > count) break;
  }
  return problems + (seen != count);
}

static bool all_old(JSValue head) {
  for (JSValue at = head; js_is_cell(at); at = gc_slots(test_cell(at))->slots[0]) {
    if (!gc_cell_is_old(test_cell(at))) return false;
  }
  return true;
}

static void scavenge_reserves_or_refuses(bool stress) {
  Heap *heap = test_heap_with(GC_PAGE_SIZE, (size_t)64 << 20, stress);
  JSValue head = build_list(heap, 1, 2000);
  heap_add_root(heap, &head);
  size_t young = test_new_used(heap);
  CHECK(young > 100 * 1024);

  /* No page at all: the promotion reserve fails, nothing moves. */
  heap_fail_page_allocations_after(heap, 0);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), PT_ENOMEM);
  CHECK_INT(test_stats(heap).gc_failures, 1);
  CHECK_INT(test_stats(heap).scavenge_count, 0);
  CHECK_INT(test_new_used(heap), young);
  CHECK_INT(list_problems(head, 1, 2000), 0);
  CHECK_INT(heap_verify(heap), 0);

  /* One page, then the promoted list cannot be reserved: still refused, page given back. */
  size_t committed = test_stats(heap).total_committed;
  heap_fail_page_allocations_after(heap, 1);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), PT_ENOMEM);
  CHECK_INT(test_stats(heap).gc_failures, 2);
  CHECK_INT(test_stats(heap).total_committed, committed);
  CHECK_INT(list_problems(head, 1, 2000), 0);
  CHECK_INT(heap_verify(heap), 0);

  /* Enough for the reserve: the scavenge runs (survivors copied, not yet promoted). */
  heap_fail_page_allocations_after(heap, 2);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).scavenge_count, 1);
  CHECK_INT(list_problems(head, 1, 2000), 0);
  CHECK(!all_old(head));
  CHECK_INT(heap_verify(heap), 0);

  /* At a safepoint: fill new space, then refuse pages. A full semispace needs two reserved
   * pages and the last scavenge kept only the one it reserved, so the reserve must grow. */
  while (heap_gc_requested(heap) == GC_NONE || test_new_used(heap) < GC_PAGE_SIZE - 4096) {
    if (heap_alloc(heap, CELL_BYTES, 256) == NULL) break;
  }
  CHECK(heap_gc_requested(heap) != GC_NONE);
  heap_fail_page_allocations_after(heap, 0);
  CHECK_INT(gc_safepoint(heap), PT_ENOMEM);
  CHECK(heap_gc_requested(heap) != GC_NONE); /* still due */
  CHECK_INT(list_problems(head, 1, 2000), 0);
  CHECK_INT(heap_verify(heap), 0);

  /* Memory is back: the same safepoint promotes the survivors. */
  heap_fail_page_allocations_after(heap, -1);
  CHECK_INT(gc_safepoint(heap), 0);
  CHECK_INT(list_problems(head, 1, 2000), 0);
  CHECK(all_old(head));
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &head);
  heap_free(heap);
}

static void mark_compact_falls_back_or_refuses(bool stress) {
  Heap *heap = test_heap_with(GC_PAGE_SIZE, (size_t)64 << 20, stress);
  /* Old pages a quarter live: fragmented, so a full mark-compact evacuates them. */
  JSValue *old = calloc(OLD_NODES, sizeof *old);
  for (uint32_t i = 0; i < OLD_NODES; i++) {
    GcCell *cell = test_node(heap, 100000 + i, OLD_SLOTS, true);
    CHECK(cell != NULL);
    if (cell == NULL) break;
    old[i] = test_ref(cell);
    if (i % 4 == 0) heap_add_root(heap, &old[i]);
  }
  JSValue head = build_list(heap, 1, 500);
  heap_add_root(heap, &head);
  size_t old_committed = test_stats(heap).old_space_committed;
  CHECK(old_committed >= 5 * GC_PAGE_SIZE);

  /* Not even the young survivors fit: nothing is collected. */
  heap_fail_page_allocations_after(heap, 0);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), PT_ENOMEM);
  CHECK_INT(test_stats(heap).gc_failures, 1);
  CHECK_INT(test_stats(heap).mark_compact_count, 0);
  CHECK_INT(test_stats(heap).old_space_committed, old_committed);
  CHECK_INT(list_problems(head, 1, 500), 0);
  CHECK(!all_old(head));
  CHECK_INT(heap_verify(heap), 0);

  /* Room for the young survivors only: a mark-sweep without compaction. */
  heap_fail_page_allocations_after(heap, 1);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).mark_compact_count, 1);
  CHECK_INT(test_stats(heap).old_space_committed, old_committed + GC_PAGE_SIZE);
  CHECK_INT(test_new_used(heap), 0);
  CHECK_INT(list_problems(head, 1, 500), 0);
  CHECK(all_old(head));
  CHECK_INT(heap_verify(heap), 0);

  /* Memory is back: the fragmented pages are compacted. */
  heap_fail_page_allocations_after(heap, -1);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK(test_stats(heap).old_space_committed < old_committed);
  CHECK_INT(list_problems(head, 1, 500), 0);
  uint32_t bad = 0;
  for (uint32_t i = 0; i < OLD_NODES; i += 4) bad += test_node_id(test_cell(old[i])) != 100000 + i;
  CHECK_INT(bad, 0);
  CHECK_INT(heap_verify(heap), 0);

  /* Nothing young and nothing fragmented enough to need a page: it completes regardless. */
  heap_fail_page_allocations_after(heap, 0);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(heap_verify(heap), 0);
  CHECK_INT(test_stats(heap).gc_failures, 1);
  heap_fail_page_allocations_after(heap, -1);

  for (uint32_t i = 0; i < OLD_NODES; i += 4) heap_remove_root(heap, &old[i]);
  heap_remove_root(heap, &head);
  free(old);
  heap_free(heap);
}

static void scavenge_case(int argc, char **argv) {
  (void)argc;
  (void)argv;
  scavenge_reserves_or_refuses(false);
}
static void scavenge_stress_case(int argc, char **argv) {
  (void)argc;
  (void)argv;
  scavenge_reserves_or_refuses(true);
}
static void mark_compact_case(int argc, char **argv) {
  (void)argc;
  (void)argv;
  mark_compact_falls_back_or_refuses(false);
}
static void mark_compact_stress_case(int argc, char **argv) {
  (void)argc;
  (void)argv;
  mark_compact_falls_back_or_refuses(true);
}

static const UnitCase cases[] = {
  {"a scavenge reserves its promotion room or does not start", scavenge_case},
  {"the same under --gc-stress", scavenge_stress_case},
  {"a mark-compact falls back to no compaction or does not start", mark_compact_case},
  {"the same under --gc-stress", mark_compact_stress_case},
};

UNIT_MAIN(cases)
