/* The scavenge: a Cheney copying collection of new space. Roots and the remembered set are
 * scanned; each reached from-space cell is copied to to-space (first survival) or promoted
 * to old space (second survival, or when to-space is full) and leaves a forwarding address;
 * then to-space and the promoted cells are scanned breadth-first until no copy is left
 * unscanned. Weak slots are handled after tracing, the remembered set is rebuilt, and the
 * semispaces flip.
 * Invariant: after a scavenge no reference anywhere points into the evacuated semispace. */
#include <string.h>

#include "base/errors.h"
#include "heap/heap_internal.h"

enum { PROMOTION_AGE = 1 }; /* a cell copied once already is promoted on its second survival */

static bool in_from_space(const GcCell *cell) {
  return !gc_cell_is_old(cell) && (gc_page_of(cell)->flags & PAGE_FROM_SPACE) != 0;
}

typedef struct Scavenger {
  GcVisitor base;
  Heap *heap;
} Scavenger;

static GcCell *evacuate(GcVisitor *self, GcCell *cell) {
  if (gc_is_forwarded(cell)) return gc_forwarding_address(cell);
  if (!in_from_space(cell)) return cell;
  Heap *heap = ((Scavenger *)self)->heap;
  size_t size = gc_cell_size(cell);
  unsigned age = gc_cell_age(cell);
  GcCell *copy = NULL;
  if (age < PROMOTION_AGE) copy = new_space_alloc_to_space(heap, size);
  bool promoted = copy == NULL;
  if (promoted) {
    copy = old_space_alloc(heap, size);
    /* reserve_for_promotion made room for every from-space byte and cell: a failure here
     * means that bound is wrong, not that memory ran out. */
    if (copy == NULL || !gc_list_push(&heap->promoted, copy)) {
      gc_fatal("scavenge: promotion exceeded its reservation");
    }
    heap->stats.promoted_bytes_total += size;
  } else {
    heap->stats.survived_bytes_total += size;
  }
  memcpy(copy, cell, size);
  uint64_t header = copy->header & ~(uint64_t)GC_HEADER_AGE_MASK;
  if (promoted) {
    header |= GC_HEADER_OLD;
  } else {
    header |= (uint64_t)(age + 1) << GC_HEADER_AGE_SHIFT;
  }
  copy->header = header;
  gc_set_forwarding(cell, copy);
  return copy;
}

static bool scavenge_is_dead(GcCell *cell) {
  return !gc_is_forwarded(cell) && in_from_space(cell);
}

static GcCell *scavenge_update(GcCell *cell) {
  return gc_is_forwarded(cell) ? gc_forwarding_address(cell) : cell;
}

static void scan_cell(Heap *heap, GcCell *cell, GcVisitor *visitor) {
  if (gc_cell_type(cell) == CELL_EPHEMERON) ephemeron_record(heap, cell, visitor);
  gc_trace_cell(cell, visitor);
}

static void update_weak(Heap *heap, GcCell *cell, GcVisitor *visitor) {
  (void)heap;
  weak_update_cell(cell, (WeakUpdater *)visitor);
}

/* Weak slots can only point into from-space from survivors (to-space copies, promoted
 * cells) and from remembered old cells: those are all the cells to update. */
static void update_weak_slots(Heap *heap) {
  WeakUpdater updater;
  weak_updater_init(&updater, heap, scavenge_is_dead, scavenge_update);
  for (GcPage *page = heap->new_space.to_pages; page != NULL; page = page->next) {
    for (char *at = page->area_start; at < page->top; at += gc_cell_size((GcCell *)at)) {
      weak_update_cell((GcCell *)at, &updater);
    }
  }
  for (size_t i = 0; i < heap->promoted.count; i++) weak_update_cell(heap->promoted.items[i], &updater);
  remembered_scan(heap, update_weak, &updater.base);
}

/* Where Cheney's scan has got to: drain resumes from it after the ephemeron pass. */
typedef struct ScanPosition {
  GcPage *page;
  char *at;
  size_t promoted_scanned;
} ScanPosition;

/* Scans to-space copies and promoted cells until both are exhausted (Cheney's loop; the
 * promoted list plays the part of a second scan pointer). */
static void drain(Heap *heap, GcVisitor *visitor, ScanPosition *position) {
  GcPage *scan_page = position->page;
  char *scan = position->at;
  size_t promoted_scanned = position->promoted_scanned;
  bool progress = true;
  while (progress) {
    progress = false;
    while (scan_page != NULL) {
      while (scan < scan_page->top) {
        GcCell *cell = (GcCell *)scan;
        scan += gc_cell_size(cell);
        scan_cell(heap, cell, visitor);
        progress = true;
      }
      if (scan_page == heap->new_space.alloc_page || scan_page->next == NULL) break;
      scan_page = scan_page->next;
      scan = scan_page->area_start;
    }
    while (promoted_scanned < heap->promoted.count) {
      scan_cell(heap, heap->promoted.items[promoted_scanned++], visitor);
      progress = true;
    }
  }
  *position = (ScanPosition){scan_page, scan, promoted_scanned};
}

/* Worst case, every from-space cell is promoted: reserve old pages for all of its bytes and
 * promoted-list room for as many cells as could fit, so that the copy loop, which cannot
 * stop half-way (forwarding addresses are written into from-space), never needs the system. */
static bool reserve_for_promotion(Heap *heap) {
  size_t bytes = new_space_used(heap);
  return reserve_pages(heap, reserve_pages_for(bytes)) &&
         gc_list_reserve(heap, &heap->promoted, bytes / GC_MIN_CELL_SIZE);
}

int gc_scavenge(Heap *heap) {
  if (!reserve_for_promotion(heap)) return PT_ENOMEM; /* nothing touched yet */
  Scavenger scavenger = {{evacuate}, heap};
  new_space_prepare_to_space(heap);
  heap->promoted.count = 0;
  heap->ephemerons.count = 0;

  roots_visit(heap, &scavenger.base);
  /* The remembered set is a root set. */
  remembered_scan(heap, scan_cell, &scavenger.base);
  ScanPosition position = {heap->new_space.to_pages, heap->new_space.to_pages->area_start, 0};
  drain(heap, &scavenger.base, &position);
  /* Ephemerons to a fixpoint: a value found live may be the key of another entry. */
  while (ephemerons_visit_values(heap, scavenge_is_dead, &scavenger.base)) {
    drain(heap, &scavenger.base, &position);
  }

  update_weak_slots(heap);
  finalizers_process(heap, scavenge_is_dead, scavenge_update);
  remembered_rebuild(heap, &heap->promoted);
  heap->promoted.count = 0;
  new_space_flip(heap);
  return 0;
}
