/* Compaction, the "compact" of mark-compact: live cells of new space and of fragmented old
 * pages are copied into fresh old pages, leaving forwarding addresses; then every reference
 * held by a root or a live cell is rewritten to the new address. Fragmented means less than
 * half of the page's area is live; pages with nothing live are simply released by the sweep.
 * Invariant: evacuated memory is released (or, in stress mode, poisoned and protected) only
 * after every reference to it has been updated. */
#include <string.h>

#include "heap/heap_internal.h"

void compact_select_pages(Heap *heap) {
  size_t area = GC_PAGE_SIZE - GC_PAGE_HEADER_SIZE;
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) {
    page->flags &= ~(uint32_t)PAGE_EVACUATE;
    if (heap->config.never_compact) continue;
    if (page->live_bytes > 0 && page->live_bytes < area / 2) page->flags |= PAGE_EVACUATE;
  }
}

static void evacuate_cell(Heap *heap, GcCell *cell, bool young) {
  size_t size = gc_cell_size(cell);
  GcCell *copy = old_space_alloc_evacuation(heap, size);
  /* reserve_for_evacuation reserved pages for every byte moved: NULL means a broken bound. */
  if (copy == NULL) gc_fatal("compaction: evacuation exceeded its reservation");
  memcpy(copy, cell, size);
  if (young) {
    copy->header = (copy->header & ~(uint64_t)GC_HEADER_AGE_MASK) | GC_HEADER_OLD;
    heap->stats.promoted_bytes_total += size;
  }
  gc_set_forwarding(cell, copy);
}

static void evacuate_region(Heap *heap, char *start, char *end, bool young) {
  for (char *at = start; at < end;) {
    GcCell *cell = (GcCell *)at;
    at += gc_cell_size(cell);
    if (cell->header & GC_HEADER_MARKED) evacuate_cell(heap, cell, young);
  }
}

void compact_evacuate(Heap *heap) {
  for (GcPage *page = heap->new_space.from_pages; page != NULL; page = page->next) {
    evacuate_region(heap, page->area_start, page->top, true);
  }
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) {
    if (page->flags & PAGE_EVACUATE) evacuate_region(heap, page->area_start, page->area_end, false);
  }
  old_space_finish_evacuation(heap);
}

static GcCell *follow(GcVisitor *self, GcCell *cell) {
  (void)self;
  return gc_is_forwarded(cell) ? gc_forwarding_address(cell) : cell;
}

static void update_cell(GcCell *cell, GcVisitor *visitor) {
  gc_trace_cell(cell, visitor);
  gc_trace_cell_weak(cell, visitor); /* live weak targets move too; dead ones were cleared */
}

void compact_update_references(Heap *heap) {
  GcVisitor visitor = {follow};
  roots_visit(heap, &visitor);
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) {
    if (page->flags & PAGE_EVACUATE) continue;
    for (char *at = page->area_start; at < page->area_end; at += gc_cell_size((GcCell *)at)) {
      GcCell *cell = (GcCell *)at;
      if (cell->header & GC_HEADER_MARKED) update_cell(cell, &visitor);
    }
  }
  for (GcPage *page = heap->large_space.pages; page != NULL; page = page->next) {
    GcCell *cell = (GcCell *)page->area_start;
    if (cell->header & GC_HEADER_MARKED) update_cell(cell, &visitor);
  }
  for (size_t i = 0; i < heap->finalizer_count; i++) {
    GcCell *target = heap->finalizers[i].target;
    if (target != NULL) heap->finalizers[i].target = follow(&visitor, target);
  }
}
