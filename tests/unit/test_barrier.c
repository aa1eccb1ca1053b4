/* The write barrier and the remembered set: an old cell that is given a young reference is
 * remembered, which is all that keeps the young cell alive in a scavenge; the entry goes
 * away once nothing young is left in the cell; and heap_verify catches a missed barrier. */
#include "heap_test.h"

static void old_to_young_store_is_remembered(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue old = test_ref(test_node(heap, 1, 2, true));
  heap_add_root(heap, &old);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0); /* drops the birth entry */
  GcCell *host = test_cell(old);
  CHECK(!(host->header & GC_HEADER_REMEMBERED));

  gc_store_value(heap, host, &gc_slots(host)->slots[0], js_from_int32(5)); /* not a reference */
  CHECK(!(host->header & GC_HEADER_REMEMBERED));
  GcCell *other_old = test_node(heap, 9, 0, true);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  gc_store_value(heap, host, &gc_slots(host)->slots[0], test_ref(other_old)); /* old → old */
  CHECK(!(host->header & GC_HEADER_REMEMBERED));

  GcCell *young = test_node(heap, 2, 0, false);
  gc_store_value(heap, host, &gc_slots(host)->slots[1], test_ref(young));
  CHECK(host->header & GC_HEADER_REMEMBERED);
  CHECK_INT(heap_verify(heap), 0);

  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0); /* only the remembered set keeps it */
  GcCell *survivor = test_cell(gc_slots(host)->slots[1]);
  CHECK(survivor != young && !gc_cell_is_old(survivor));
  CHECK_INT(test_node_id(survivor), 2);
  CHECK(host->header & GC_HEADER_REMEMBERED); /* still points to a young cell */
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0); /* promotes the target */
  survivor = test_cell(gc_slots(host)->slots[1]);
  CHECK(gc_cell_is_old(survivor));
  CHECK_INT(test_node_id(survivor), 2);
  CHECK(!(host->header & GC_HEADER_REMEMBERED));
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &old);
  heap_free(heap);
}

static void store_cell_pointer_barrier(int argc, char **argv) {
  Heap *heap = test_heap();
  GcCell *host = heap_alloc_tenured(heap, CELL_BYTES, 64);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(!(host->header & GC_HEADER_REMEMBERED));
  GcCell *slot = NULL;
  gc_store_cell(heap, host, &slot, NULL);
  CHECK(!(host->header & GC_HEADER_REMEMBERED));
  gc_store_cell(heap, host, &slot, test_node(heap, 1, 0, false));
  CHECK(host->header & GC_HEADER_REMEMBERED);
  heap_free(heap);
}

static void verify_catches_a_missed_barrier(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue old = test_ref(test_node(heap, 1, 1, true));
  heap_add_root(heap, &old);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  GcCell *host = test_cell(old);
  GcCell *young = test_node(heap, 2, 0, false);
  gc_slots(host)->slots[0] = test_ref(young); /* a plain store: the bug */
  out_printf(OUT_STDOUT, "# one heap_verify complaint expected:\n");
  CHECK(heap_verify(heap) < 0);
  gc_write_barrier(heap, host, gc_slots(host)->slots[0]); /* the fix */
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &old);
  heap_free(heap);
}

static const UnitCase cases[] = {
  {"an old→young store is remembered until the target is old", old_to_young_store_is_remembered},
  {"the barrier for untagged cell pointers", store_cell_pointer_barrier},
  {"heap_verify catches a missed barrier", verify_catches_a_missed_barrier},
};

UNIT_MAIN(cases)
