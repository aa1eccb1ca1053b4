/* New space: bump allocation, the Cheney scavenge (survivors copied, references updated,
 * garbage reclaimed), promotion on the second survival, and the safepoint rule — a full new
 * space requests a scavenge and overflows into old space instead of collecting. */
#include "heap_test.h"

static void allocation_is_contiguous_and_zeroed(int argc, char **argv) {
  Heap *heap = test_heap();
  GcCell *a = heap_alloc(heap, CELL_BYTES, 40);
  GcCell *b = heap_alloc(heap, CELL_BYTES, 3);
  CHECK(a != NULL && b != NULL);
  CHECK_INT(gc_cell_size(a), 40);
  CHECK_INT(gc_cell_size(b), GC_MIN_CELL_SIZE);
  CHECK((char *)b == (char *)a + 40);
  CHECK(!gc_cell_is_old(a));
  CHECK_INT(gc_cell_type(a), CELL_BYTES);
  unsigned char *payload = gc_cell_payload(a);
  int nonzero = 0;
  for (int i = 0; i < 32; i++) nonzero += payload[i] != 0;
  CHECK_INT(nonzero, 0);
  CHECK_INT(test_new_used(heap), 56);
  heap_free(heap);
}

static void scavenge_keeps_rooted_and_frees_garbage(int argc, char **argv) {
  Heap *heap = test_heap();
  HandleScope scope;
  heap_scope_open(heap, &scope);
  JSValue *kept = heap_handle_new(heap, test_ref(test_node(heap, 7, 2, false)));
  for (int i = 0; i < 1000; i++) CHECK(test_node(heap, 1000 + i, 3, false) != NULL);
  GcCell *child = test_node(heap, 8, 0, false);
  gc_store_value(heap, test_cell(*kept), &gc_slots(test_cell(*kept))->slots[1], test_ref(child));
  GcCell *before = test_cell(*kept);
  size_t node_size = gc_cell_size(before), child_size = gc_cell_size(child);

  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  GcCell *after = test_cell(*kept);
  CHECK(after != before);
  CHECK_INT(test_node_id(after), 7);
  CHECK(js_is_undefined(gc_slots(after)->slots[0]));
  CHECK_INT(test_node_id(test_cell(gc_slots(after)->slots[1])), 8);
  CHECK_INT(test_new_used(heap), node_size + child_size);
  CHECK_INT(test_stats(heap).scavenge_count, 1);
  CHECK_INT(heap_verify(heap), 0);
  heap_scope_close(heap, &scope);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(test_new_used(heap), 0);
  heap_free(heap);
}

static void promoted_on_second_survival(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue root = test_ref(test_node(heap, 1, 1, false));
  CHECK_INT(heap_add_root(heap, &root), 0);
  size_t size = gc_cell_size(test_cell(root));
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(!gc_cell_is_old(test_cell(root)));
  CHECK_INT(test_stats(heap).promoted_bytes_total, 0);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(gc_cell_is_old(test_cell(root)));
  CHECK_INT(test_node_id(test_cell(root)), 1);
  CHECK_INT(test_stats(heap).promoted_bytes_total, size);
  CHECK_INT(test_stats(heap).old_space_used, size);
  GcCell *old_address = test_cell(root);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(test_cell(root) == old_address); /* old cells do not move in a scavenge */
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &root);
  heap_free(heap);
}

static void full_new_space_overflows_without_collecting(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue holder = test_ref(test_node(heap, 0, 1, false));
  heap_add_root(heap, &holder);
  int young = 0;
  CHECK(!gc_safepoint_pending(heap));
  while (heap_gc_requested(heap) == GC_NONE) {
    GcCell *cell = test_node(heap, 1, 8, false);
    CHECK(cell != NULL);
    if (cell == NULL || gc_cell_is_old(cell)) break;
    young++;
  }
  CHECK(young > 1000);
  CHECK_INT(heap_gc_requested(heap), GC_SCAVENGE);
  CHECK(gc_safepoint_pending(heap));
  /* Allocation keeps succeeding, pre-tenured, and nothing was collected. */
  GcCell *overflow = test_node(heap, 2, 1, false);
  CHECK(overflow != NULL && gc_cell_is_old(overflow));
  CHECK(overflow->header & GC_HEADER_REMEMBERED);
  GcCell *young_child = test_cell(holder);
  gc_store_value(heap, overflow, &gc_slots(overflow)->slots[0], test_ref(young_child));
  gc_store_value(heap, young_child, &gc_slots(young_child)->slots[0], test_ref(overflow));
  CHECK_INT(test_stats(heap).scavenge_count, 0);
  CHECK_INT(heap_verify(heap), 0);

  CHECK_INT(gc_safepoint(heap), 0);
  CHECK_INT(test_stats(heap).scavenge_count, 1);
  CHECK_INT(heap_gc_requested(heap), GC_NONE);
  CHECK(!gc_safepoint_pending(heap));
  GcCell *holder_cell = test_cell(holder);
  GcCell *old_cell = test_cell(gc_slots(holder_cell)->slots[0]);
  CHECK_INT(test_node_id(old_cell), 2);
  CHECK(test_cell(gc_slots(old_cell)->slots[0]) == holder_cell);
  CHECK_INT(heap_verify(heap), 0);
  CHECK_INT(gc_safepoint(heap), 0); /* nothing requested: no collection */
  CHECK_INT(test_stats(heap).scavenge_count, 1);
  heap_remove_root(heap, &holder);
  heap_free(heap);
}

static void deep_chain_survives(int argc, char **argv) {
  /* A long linked list: Cheney's scan is iterative, so depth costs no C stack. */
  Heap *heap = test_heap_with(4 * GC_PAGE_SIZE, (size_t)64 << 20, false);
  JSValue head = JS_NULL;
  heap_add_root(heap, &head);
  for (uint32_t i = 0; i < 20000; i++) {
    GcCell *node = test_node(heap, i, 1, false);
    gc_store_value(heap, node, &gc_slots(node)->slots[0], head);
    head = test_ref(node);
  }
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  uint32_t expected = 20000, bad = 0;
  for (JSValue at = head; js_is_cell(at); at = gc_slots(test_cell(at))->slots[0]) {
    if (test_node_id(test_cell(at)) != --expected) bad++;
  }
  CHECK_INT(expected, 0);
  CHECK_INT(bad, 0);
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &head);
  heap_free(heap);
}

static void full_to_space_promotes_early(int argc, char **argv) {
  /* Two-page semispaces; each page takes 15 cells of 16 KiB, then 7 of 2 KiB. The handles
   * list all big cells first, so the scavenge copies them first: they fill to-space's
   * first page and most of its second, and the last 7 small cells find no room — they are
   * promoted on their first survival instead. */
  Heap *heap = test_heap_with(2 * GC_PAGE_SIZE, (size_t)64 << 20, false);
  HandleScope scope;
  heap_scope_open(heap, &scope);
  JSValue *big[30], *small[14];
  for (int i = 0; i < 30; i++) big[i] = heap_handle_new(heap, JS_NULL);
  for (int i = 0; i < 14; i++) small[i] = heap_handle_new(heap, JS_NULL);
  for (uint32_t page = 0; page < 2; page++) {
    for (uint32_t i = 0; i < 15; i++) *big[page * 15 + i] = test_ref(test_node(heap, page * 15 + i, 2045, false));
    for (uint32_t i = 0; i < 7; i++) *small[page * 7 + i] = test_ref(test_node(heap, 100 + page * 7 + i, 253, false));
  }
  CHECK_INT(gc_cell_size(test_cell(*big[0])), 16384);
  CHECK_INT(gc_cell_size(test_cell(*small[0])), 2048);
  CHECK_INT(heap_gc_requested(heap), GC_NONE); /* everything fit in from-space */
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  uint32_t bad = 0, old = 0;
  for (uint32_t i = 0; i < 30; i++) bad += test_node_id(test_cell(*big[i])) != i;
  for (uint32_t i = 0; i < 14; i++) {
    bad += test_node_id(test_cell(*small[i])) != 100 + i;
    old += gc_cell_is_old(test_cell(*small[i]));
  }
  CHECK_INT(bad, 0);
  CHECK_INT(old, 7);
  CHECK_INT(test_stats(heap).promoted_bytes_total, 7 * 2048);
  CHECK_INT(heap_verify(heap), 0);
  heap_scope_close(heap, &scope);
  heap_free(heap);
}

static const UnitCase cases[] = {
  {"allocation is contiguous and zeroed", allocation_is_contiguous_and_zeroed},
  {"scavenge keeps rooted cells and frees garbage", scavenge_keeps_rooted_and_frees_garbage},
  {"promotion on the second survival", promoted_on_second_survival},
  {"a full new space overflows without collecting", full_new_space_overflows_without_collecting},
  {"a deep chain survives scavenges", deep_chain_survives},
  {"a full to-space promotes early", full_to_space_promotes_early},
};

UNIT_MAIN(cases)
