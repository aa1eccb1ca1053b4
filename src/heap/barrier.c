/* The write barrier's slow half and the remembered set. The set is object-granular: an old
 * (or large) cell that may hold a reference to a young cell is listed once, flagged by
 * GC_HEADER_REMEMBERED. A scavenge re-traces listed cells as roots, then keeps only those
 * that still point into new space.
 * Invariant: between collections, every old cell holding a young reference (strong or weak)
 * carries the bit and is listed — or, if the list could not grow (no system memory), the
 * set is marked overflowed and the next scavenge scans every old cell instead. The barrier
 * itself never fails. */
#include "heap/heap_internal.h"

void heap_remember(Heap *heap, GcCell *host) {
  if (host->header & GC_HEADER_REMEMBERED) return;
  host->header |= GC_HEADER_REMEMBERED;
  if (!gc_list_push(&heap->remembered, host)) heap->remembered_overflowed = true;
}

/* Calls fn on every non-free cell of old space and large-object space. Cells promoted while
 * this runs may or may not be visited; callers tolerate both. */
static void for_each_old_cell(Heap *heap, void (*fn)(Heap *, GcCell *, void *), void *context) {
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) {
    for (char *at = page->area_start; at < page->area_end; at += gc_cell_size((GcCell *)at)) {
      if (gc_cell_type((GcCell *)at) != CELL_FREE) fn(heap, (GcCell *)at, context);
    }
  }
  for (GcPage *page = heap->large_space.pages; page != NULL; page = page->next) {
    fn(heap, (GcCell *)page->area_start, context);
  }
}

typedef struct RootScan {
  void (*scan)(Heap *, GcCell *, GcVisitor *);
  GcVisitor *visitor;
} RootScan;

static void scan_as_root(Heap *heap, GcCell *cell, void *context) {
  RootScan *root_scan = context;
  root_scan->scan(heap, cell, root_scan->visitor);
}

void remembered_scan(Heap *heap, void (*scan)(Heap *, GcCell *, GcVisitor *), GcVisitor *visitor) {
  if (heap->remembered_overflowed) {
    RootScan root_scan = {scan, visitor};
    for_each_old_cell(heap, scan_as_root, &root_scan);
    return;
  }
  for (size_t i = 0; i < heap->remembered.count; i++) scan(heap, heap->remembered.items[i], visitor);
}

static void forget(Heap *heap, GcCell *cell, void *context) {
  (void)heap;
  (void)context;
  cell->header &= ~(uint64_t)GC_HEADER_REMEMBERED;
}

void remembered_clear(Heap *heap) {
  if (heap->remembered_overflowed) {
    for_each_old_cell(heap, forget, NULL);
    heap->remembered_overflowed = false;
  }
  for (size_t i = 0; i < heap->remembered.count; i++) forget(heap, heap->remembered.items[i], NULL);
  heap->remembered.count = 0;
}

typedef struct YoungFinder {
  GcVisitor base;
  bool found;
} YoungFinder;

static GcCell *find_young(GcVisitor *self, GcCell *cell) {
  if (!gc_cell_is_old(cell)) ((YoungFinder *)self)->found = true;
  return cell;
}

bool gc_cell_has_young_references(GcCell *cell) {
  YoungFinder finder = {{find_young}, false};
  gc_trace_cell(cell, &finder.base);
  gc_trace_cell_weak(cell, &finder.base);
  return finder.found;
}

static void remember_if_young_references(Heap *heap, GcCell *cell, void *context) {
  (void)context;
  cell->header &= ~(uint64_t)GC_HEADER_REMEMBERED;
  if (gc_cell_has_young_references(cell)) heap_remember(heap, cell);
}

/* After a scavenge: the new set is every old cell in `candidates` (the old set plus the
 * cells promoted by this scavenge) that still points into new space. An overflowed set is
 * rebuilt from all of old space, and stays overflowed if the list still cannot grow. */
void remembered_rebuild(Heap *heap, GcPointerList *candidates) {
  GcPointerList *set = &heap->remembered;
  if (heap->remembered_overflowed) {
    set->count = 0;
    heap->remembered_overflowed = false;
    for_each_old_cell(heap, remember_if_young_references, NULL);
    return;
  }
  size_t kept = 0;
  for (size_t i = 0; i < set->count; i++) {
    GcCell *cell = set->items[i];
    if (gc_cell_has_young_references(cell)) {
      set->items[kept++] = cell;
    } else {
      cell->header &= ~(uint64_t)GC_HEADER_REMEMBERED;
    }
  }
  set->count = kept;
  for (size_t i = 0; i < candidates->count; i++) {
    GcCell *cell = candidates->items[i];
    if (gc_cell_has_young_references(cell)) heap_remember(heap, cell);
  }
}
