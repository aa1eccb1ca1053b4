/* Weak references and finalization hooks. Once a collection has traced everything strong,
 * it passes each live cell that may hold weak slots to weak_update_cell: a slot whose target
 * died is cleared to undefined, one whose target moved is updated. Finalizer registrations hold
 * their target weakly; a dead target's hook moves to the pending queue, which runs later,
 * outside the collector (heap_run_finalizers).
 * Invariant: a weak slot never keeps its target alive and never dangles. */
#include <stdlib.h>

#include "base/errors.h"
#include "heap/heap_internal.h"

/* Visits one weak slot: NULL (clear it) when the target died, else where it lives now. */
static GcCell *update_weak_target(GcVisitor *self, GcCell *cell) {
  WeakUpdater *updater = (WeakUpdater *)self;
  if (updater->is_dead(cell)) {
    updater->heap->stats.weak_refs_cleared++;
    return NULL;
  }
  return updater->update(cell);
}

void weak_updater_init(WeakUpdater *updater, Heap *heap, GcIsDeadFn is_dead, GcUpdateFn update) {
  *updater = (WeakUpdater){{update_weak_target}, heap, is_dead, update};
}

/* Every cell type's weak slots are found by its trace_weak function, so a new type with
 * weak slots (WeakMap tables later) needs no change here. Visiting a cell twice is
 * harmless: its slots already hold live, current targets or undefined. */
void weak_update_cell(GcCell *cell, WeakUpdater *updater) {
  if (gc_has_weak_slots(cell)) gc_trace_cell_weak(cell, &updater->base);
}

void ephemeron_record(Heap *heap, GcCell *ephemeron, GcVisitor *visitor) {
  if (!gc_list_push(&heap->ephemerons, ephemeron)) {
    gc_visit_value(visitor, &gc_ephemeron(ephemeron)->value); /* strong: leaks, never dangles */
  }
}

bool ephemerons_visit_values(Heap *heap, GcIsDeadFn is_dead, GcVisitor *visitor) {
  bool visited = false;
  for (size_t i = 0; i < heap->ephemerons.count; i++) {
    GcEphemeron *ephemeron = gc_ephemeron(heap->ephemerons.items[i]);
    JSValue key = ephemeron->key, value = ephemeron->value;
    if (!js_is_cell(value) || !is_dead((GcCell *)js_to_cell(value))) continue;
    if (js_is_cell(key) && is_dead((GcCell *)js_to_cell(key))) continue;
    gc_visit_value(visitor, &ephemeron->value);
    visited = true;
  }
  return visited;
}

int heap_register_finalizer(Heap *heap, GcCell *target, GcFinalizerFn fn, void *data) {
  if (heap->finalizer_count == heap->finalizer_capacity) {
    size_t capacity = heap->finalizer_capacity ? heap->finalizer_capacity * 2 : 16;
    Finalizer *entries = realloc(heap->finalizers, capacity * sizeof *entries);
    if (entries == NULL) return PT_ENOMEM;
    heap->finalizers = entries;
    heap->finalizer_capacity = capacity;
  }
  heap->finalizers[heap->finalizer_count++] = (Finalizer){target, fn, data};
  return 0;
}

size_t heap_unregister_finalizer(Heap *heap, GcFinalizerFn fn, void *data) {
  size_t kept = 0, dropped = 0;
  for (size_t i = 0; i < heap->finalizer_count; i++) {
    Finalizer entry = heap->finalizers[i];
    if (entry.fn == fn && entry.data == data) {
      dropped++;
    } else {
      heap->finalizers[kept++] = entry;
    }
  }
  heap->finalizer_count = kept;
  kept = 0;
  for (size_t i = 0; i < heap->pending_count; i++) {
    Finalizer entry = heap->pending_finalizers[i];
    if (entry.fn == fn && entry.data == data) {
      dropped++;
    } else {
      heap->pending_finalizers[kept++] = entry;
    }
  }
  heap->pending_count = kept;
  return dropped;
}

/* Moves the registrations of dead targets to the pending queue. The queue grows before any
 * entry moves; if the system refuses, a dead registration stays listed with a NULL target
 * and is queued by a later GC: its hook is delayed, never lost, never given a stale cell. */
void finalizers_process(Heap *heap, GcIsDeadFn is_dead, GcUpdateFn update) {
  size_t needed = heap->pending_count + heap->finalizer_count;
  if (needed > heap->pending_capacity) {
    Finalizer *queue = realloc(heap->pending_finalizers, needed * sizeof *queue);
    if (queue != NULL) {
      heap->pending_finalizers = queue;
      heap->pending_capacity = needed;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < heap->finalizer_count; i++) {
    Finalizer entry = heap->finalizers[i];
    if (entry.target != NULL && !is_dead(entry.target)) {
      entry.target = update(entry.target);
      heap->finalizers[kept++] = entry;
      continue;
    }
    entry.target = NULL;
    if (heap->pending_count < heap->pending_capacity) {
      heap->pending_finalizers[heap->pending_count++] = entry;
    } else {
      heap->finalizers[kept++] = entry;
    }
  }
  heap->finalizer_count = kept;
}

size_t heap_run_finalizers(Heap *heap) {
  size_t ran = 0;
  /* A hook may register or run more; take one entry at a time from the front. */
  while (heap->pending_count > 0) {
    Finalizer entry = heap->pending_finalizers[0];
    heap->pending_count--;
    for (size_t i = 0; i < heap->pending_count; i++) {
      heap->pending_finalizers[i] = heap->pending_finalizers[i + 1];
    }
    entry.fn(entry.data);
    ran++;
    heap->stats.finalizers_run++;
  }
  return ran;
}

void finalizers_destroy(Heap *heap) {
  free(heap->finalizers);
  free(heap->pending_finalizers);
}
