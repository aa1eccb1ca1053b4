/* Weak references and finalization hooks: a weak slot never keeps its target alive, is
 * cleared when the target dies (young targets by a scavenge, old ones by a mark-compact),
 * follows a target that moves; hooks of dead targets run only when asked, outside any GC. */
#include "heap_test.h"

static void weak_ref_to_young_garbage_is_cleared(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue weak = test_ref(heap_alloc_weak_ref(heap, test_ref(test_node(heap, 1, 0, false))));
  JSValue strong_target = test_ref(test_node(heap, 2, 0, false));
  JSValue weak_live = test_ref(heap_alloc_weak_ref(heap, strong_target));
  JSValue weak_number = test_ref(heap_alloc_weak_ref(heap, js_from_int32(4)));
  heap_add_root(heap, &weak);
  heap_add_root(heap, &weak_live);
  heap_add_root(heap, &weak_number);
  heap_add_root(heap, &strong_target);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(js_is_undefined(gc_weak_ref_get(test_cell(weak))));
  CHECK(js_same_bits(gc_weak_ref_get(test_cell(weak_live)), strong_target)); /* moved with it */
  CHECK_INT(js_to_int32(gc_weak_ref_get(test_cell(weak_number))), 4);
  CHECK_INT(test_stats(heap).weak_refs_cleared, 1);
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &weak);
  heap_remove_root(heap, &weak_live);
  heap_remove_root(heap, &weak_number);
  heap_remove_root(heap, &strong_target);
  heap_free(heap);
}

static void old_weak_ref_to_young_target(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue target = test_ref(test_node(heap, 1, 0, false));
  heap_add_root(heap, &target);
  GcCell *weak = heap_alloc_tenured(heap, CELL_WEAK_REF, sizeof(GcWeakRef));
  gc_store_value(heap, weak, &((GcWeakRef *)weak)->target, target);
  JSValue weak_root = test_ref(weak);
  heap_add_root(heap, &weak_root);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(js_same_bits(gc_weak_ref_get(weak), target)); /* followed the copy */
  CHECK(weak->header & GC_HEADER_REMEMBERED);
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &target);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(js_is_undefined(gc_weak_ref_get(weak)));
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &weak_root);
  heap_free(heap);
}

static void old_targets_die_in_mark_compact(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue target = test_ref(test_node(heap, 1, 0, true));
  heap_add_root(heap, &target);
  JSValue weak = test_ref(heap_alloc_weak_ref(heap, target));
  heap_add_root(heap, &weak);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK(js_same_bits(gc_weak_ref_get(test_cell(weak)), target));
  heap_remove_root(heap, &target);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK(js_is_cell(gc_weak_ref_get(test_cell(weak)))); /* a scavenge cannot know old death */
  CHECK_INT(test_node_id(test_cell(gc_weak_ref_get(test_cell(weak)))), 1);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK(js_is_undefined(gc_weak_ref_get(test_cell(weak))));
  heap_remove_root(heap, &weak);
  heap_free(heap);
}

static int finalized[8];
static Heap *finalizer_heap;

static void note_finalized(void *data) {
  finalized[(uintptr_t)data]++;
  /* Hooks run outside the GC: allocating is allowed. */
  CHECK(test_node(finalizer_heap, 99, 1, false) != NULL);
}

static void finalizers_run_after_death_outside_gc(int argc, char **argv) {
  Heap *heap = test_heap();
  finalizer_heap = heap;
  memset(finalized, 0, sizeof finalized);
  JSValue young_live = test_ref(test_node(heap, 1, 0, false));
  JSValue old_live = test_ref(test_node(heap, 2, 0, true));
  heap_add_root(heap, &young_live);
  heap_add_root(heap, &old_live);
  CHECK_INT(heap_register_finalizer(heap, test_cell(young_live), note_finalized, (void *)(uintptr_t)0), 0);
  CHECK_INT(heap_register_finalizer(heap, test_cell(old_live), note_finalized, (void *)(uintptr_t)1), 0);
  CHECK_INT(heap_register_finalizer(heap, test_node(heap, 3, 0, false), note_finalized, (void *)(uintptr_t)2), 0);
  CHECK_INT(heap_register_finalizer(heap, test_node(heap, 4, 0, true), note_finalized, (void *)(uintptr_t)3), 0);
  CHECK_INT(heap_register_finalizer(heap, test_node(heap, 5, 0, false), note_finalized, (void *)(uintptr_t)4), 0);
  CHECK_INT(heap_unregister_finalizer(heap, note_finalized, (void *)(uintptr_t)4), 1);

  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(finalized[2], 0); /* queued, not run */
  CHECK_INT(test_stats(heap).finalizers_pending, 1);
  CHECK_INT(heap_run_finalizers(heap), 1);
  CHECK_INT(finalized[2], 1);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(heap_run_finalizers(heap), 1);
  CHECK_INT(finalized[3], 1);
  CHECK_INT(finalized[0] + finalized[1] + finalized[4], 0);
  CHECK_INT(heap_run_finalizers(heap), 0);

  heap_remove_root(heap, &young_live);
  heap_remove_root(heap, &old_live);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(heap_run_finalizers(heap), 2);
  CHECK_INT(finalized[0], 1);
  CHECK_INT(finalized[1], 1);
  CHECK_INT(finalized[4], 0);
  CHECK_INT(test_stats(heap).finalizers_run, 4);
  CHECK_INT(heap_verify(heap), 0);
  heap_free(heap);
}

static const UnitCase cases[] = {
  {"a weak ref to young garbage is cleared", weak_ref_to_young_garbage_is_cleared},
  {"an old weak ref to a young target", old_weak_ref_to_young_target},
  {"old targets die only in a mark-compact", old_targets_die_in_mark_compact},
  {"finalizers run after death, outside the GC", finalizers_run_after_death_outside_gc},
};

UNIT_MAIN(cases)
