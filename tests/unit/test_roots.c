/* Roots: handle scopes (values survive and follow their cells; closing a scope releases
 * them), a root provider standing in for the interpreter's VM stack, global roots, and the
 * persistent table used for embedder and event-loop handles. */
#include "heap_test.h"

static void handle_scopes(int argc, char **argv) {
  Heap *heap = test_heap();
  HandleScope outer, inner;
  heap_scope_open(heap, &outer);
  JSValue *a = heap_handle_new(heap, test_ref(test_node(heap, 1, 0, false)));
  heap_scope_open(heap, &inner);
  JSValue *handles[600]; /* more than one handle block */
  for (uint32_t i = 0; i < 600; i++) handles[i] = heap_handle_new(heap, test_ref(test_node(heap, 100 + i, 0, false)));
  JSValue *number = heap_handle_new(heap, js_from_int32(17));
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  uint32_t bad = 0;
  for (uint32_t i = 0; i < 600; i++) bad += test_node_id(test_cell(*handles[i])) != 100 + i;
  CHECK_INT(bad, 0);
  CHECK_INT(test_node_id(test_cell(*a)), 1);
  CHECK_INT(js_to_int32(*number), 17);
  heap_scope_close(heap, &inner);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0); /* a is promoted, the rest dies */
  CHECK_INT(test_stats(heap).total_used, gc_cell_size(test_cell(*a)));
  CHECK_INT(test_node_id(test_cell(*a)), 1);
  /* A handle made after the close reuses the slots, in the outer scope. */
  JSValue *b = heap_handle_new(heap, test_ref(test_node(heap, 2, 0, false)));
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_node_id(test_cell(*b)), 2);
  heap_scope_close(heap, &outer);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).total_used, 0);
  heap_free(heap);
}

typedef struct FakeStack {
  JSValue slots[64];
  size_t top;
} FakeStack;

static void visit_fake_stack(GcVisitor *visitor, void *data) {
  FakeStack *stack = data;
  gc_visit_range(visitor, stack->slots, stack->top);
}

static void root_provider(int argc, char **argv) {
  Heap *heap = test_heap();
  FakeStack stack = {{{0}}, 0};
  CHECK_INT(heap_add_root_provider(heap, visit_fake_stack, &stack), 0);
  for (uint32_t i = 0; i < 10; i++) stack.slots[stack.top++] = test_ref(test_node(heap, i, 0, false));
  stack.slots[stack.top++] = js_from_double(2.5);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  for (uint32_t i = 0; i < 10; i++) CHECK_INT(test_node_id(test_cell(stack.slots[i])), i);
  CHECK(js_to_double(stack.slots[10]) == 2.5);
  stack.top = 5; /* frames popped: the rest is garbage */
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).total_used, 5 * gc_cell_size(test_cell(stack.slots[0])));
  heap_remove_root_provider(heap, visit_fake_stack, &stack);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).total_used, 0);
  heap_free(heap);
}

static void global_roots_and_persistent_table(int argc, char **argv) {
  Heap *heap = test_heap();
  JSValue global = test_ref(test_node(heap, 1, 0, false));
  CHECK_INT(heap_add_root(heap, &global), 0);
  uint32_t ids[3];
  for (uint32_t i = 0; i < 3; i++) {
    CHECK_INT(heap_persistent_new(heap, test_ref(test_node(heap, 10 + i, 0, false)), &ids[i]), 0);
  }
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_node_id(test_cell(global)), 1);
  for (uint32_t i = 0; i < 3; i++) CHECK_INT(test_node_id(test_cell(heap_persistent_get(heap, ids[i]))), 10 + i);
  size_t cell_size = gc_cell_size(test_cell(global));
  heap_persistent_free(heap, ids[1]);
  heap_persistent_set(heap, ids[2], js_from_int32(3));
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).total_used, 2 * cell_size);
  uint32_t reused;
  CHECK_INT(heap_persistent_new(heap, JS_NULL, &reused), 0);
  CHECK_INT(reused, ids[1]);
  heap_remove_root(heap, &global);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).total_used, cell_size);
  heap_free(heap);
}

static const UnitCase cases[] = {
  {"handle scopes", handle_scopes},
  {"a root provider (the VM stack)", root_provider},
  {"global roots and the persistent table", global_roots_and_persistent_table},
};

UNIT_MAIN(cases)
