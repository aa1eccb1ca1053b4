/* The mark-compact collector's mark and sweep halves, and its driver. Marking sets
 * GC_HEADER_MARKED on every cell reachable from the roots, in all spaces, with an explicit
 * stack (no C recursion); weak slots are not followed. Then weak slots and finalizers of
 * dead targets are processed, compact.c moves new space and fragmented old pages out, and
 * the sweep turns every unmarked range of the remaining old pages into free-list chunks.
 * Invariant: after a mark-compact, new space is empty (every survivor is old), the
 * remembered set is empty, and no cell carries a mark bit. */
#include <string.h>

#include "base/errors.h"
#include "heap/heap_internal.h"

typedef struct Marker {
  GcVisitor base;
  Heap *heap;
} Marker;

static GcCell *mark(GcVisitor *self, GcCell *cell) {
  if (cell->header & GC_HEADER_MARKED) return cell;
  Heap *heap = ((Marker *)self)->heap;
  cell->header |= GC_HEADER_MARKED;
  if (gc_cell_type(cell) == CELL_EPHEMERON) ephemeron_record(heap, cell, self);
  /* Live bytes per regular page (old and young alike): compaction selects pages by them
   * and reserves room for the bytes it will move. */
  if ((cell->header & GC_HEADER_LARGE) == 0) gc_page_of(cell)->live_bytes += gc_cell_size(cell);
  if (heap->mark_stack.count >= heap->mark_stack_limit || !gc_list_push(&heap->mark_stack, cell)) {
    heap->mark_stack_overflowed = true; /* marked but not traced: recover_from_overflow */
  }
  return cell;
}

static void drain(Heap *heap, GcVisitor *visitor) {
  while (heap->mark_stack.count > 0) {
    GcCell *cell = heap->mark_stack.items[--heap->mark_stack.count];
    gc_trace_cell(cell, visitor);
  }
}

/* Calls fn on every marked cell of every space. */
static void for_each_marked(Heap *heap, void (*fn)(Heap *, GcCell *, GcVisitor *), GcVisitor *visitor) {
  for (GcPage *page = heap->new_space.from_pages; page != NULL; page = page->next) {
    for (char *at = page->area_start; at < page->top; at += gc_cell_size((GcCell *)at)) {
      if (((GcCell *)at)->header & GC_HEADER_MARKED) fn(heap, (GcCell *)at, visitor);
    }
  }
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) {
    for (char *at = page->area_start; at < page->area_end; at += gc_cell_size((GcCell *)at)) {
      if (((GcCell *)at)->header & GC_HEADER_MARKED) fn(heap, (GcCell *)at, visitor);
    }
  }
  for (GcPage *page = heap->large_space.pages; page != NULL; page = page->next) {
    GcCell *cell = (GcCell *)page->area_start;
    if (cell->header & GC_HEADER_MARKED) fn(heap, cell, visitor);
  }
}

static void retrace(Heap *heap, GcCell *cell, GcVisitor *visitor) {
  gc_trace_cell(cell, visitor);
  drain(heap, visitor);
}

static void update_weak(Heap *heap, GcCell *cell, GcVisitor *visitor) {
  (void)heap;
  weak_update_cell(cell, (WeakUpdater *)visitor);
}

/* A bounded mark stack overflowed (or could not grow): some marked cells were never traced.
 * Re-trace every marked cell — tracing is idempotent — until a pass ends without overflow. */
static void recover_from_overflow(Heap *heap, GcVisitor *visitor) {
  while (heap->mark_stack_overflowed) {
    heap->mark_stack_overflowed = false;
    for_each_marked(heap, retrace, visitor);
  }
}

static bool mark_is_dead(GcCell *cell) { return (cell->header & GC_HEADER_MARKED) == 0; }

static GcCell *mark_keep(GcCell *cell) { return cell; }

static void mark_live(Heap *heap) {
  Marker marker = {{mark}, heap};
  heap->mark_stack.count = 0;
  heap->mark_stack_overflowed = false;
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) page->live_bytes = 0;
  for (GcPage *page = heap->new_space.from_pages; page != NULL; page = page->next) page->live_bytes = 0;
  heap->ephemerons.count = 0;
  roots_visit(heap, &marker.base);
  drain(heap, &marker.base);
  recover_from_overflow(heap, &marker.base);
  /* Ephemerons to a fixpoint: a value found live may be the key of another entry. */
  while (ephemerons_visit_values(heap, mark_is_dead, &marker.base)) {
    drain(heap, &marker.base);
    recover_from_overflow(heap, &marker.base);
  }
}

/* Turns unmarked cells and old free chunks into fresh free-list chunks (adjacent ones
 * merged), clears marks, recounts used bytes, and releases pages with nothing live. */
static void sweep_old_space(Heap *heap) {
  OldSpace *space = &heap->old_space;
  space->used = 0;
  GcPage **link = &space->pages;
  while (*link != NULL) {
    GcPage *page = *link;
    if (page->flags & PAGE_EVACUATE) { /* its live cells moved out in compact_evacuate */
      *link = page->next;
      space->page_count--;
      page_release(heap, page);
      continue;
    }
    size_t live = 0;
    char *free_start = NULL;
    for (char *at = page->area_start; at < page->area_end;) {
      GcCell *cell = (GcCell *)at;
      size_t size = gc_cell_size(cell);
      if (cell->header & GC_HEADER_MARKED) {
        if (free_start != NULL) old_space_add_free(heap, free_start, (size_t)(at - free_start));
        free_start = NULL;
        cell->header &= ~(uint64_t)GC_HEADER_MARKED;
        live += size;
      } else if (free_start == NULL) {
        free_start = at;
      }
      at += size;
    }
    if (live == 0) {
      *link = page->next;
      space->page_count--;
      page_release(heap, page);
      continue;
    }
    if (free_start != NULL) old_space_add_free(heap, free_start, (size_t)(page->area_end - free_start));
    space->used += live;
    link = &page->next;
  }
}

static void unmark(Heap *heap, GcCell *cell, GcVisitor *visitor) {
  (void)heap;
  (void)visitor;
  cell->header &= ~(uint64_t)GC_HEADER_MARKED;
}

static size_t live_bytes_of(GcPage *pages, uint32_t only_flag) {
  size_t bytes = 0;
  for (GcPage *page = pages; page != NULL; page = page->next) {
    if (only_flag == 0 || (page->flags & only_flag)) bytes += page->live_bytes;
  }
  return bytes;
}

/* Evacuation cannot stop half-way (forwarding addresses overwrite headers), so it reserves
 * fresh pages for every byte it will move first. Young survivors always move (new space ends
 * empty); fragmented old pages move only if there is room for them too — otherwise they are
 * just swept. Returns false when not even the young survivors fit: nothing may be collected. */
static bool reserve_for_evacuation(Heap *heap) {
  size_t young = live_bytes_of(heap->new_space.from_pages, 0);
  size_t fragmented = live_bytes_of(heap->old_space.pages, PAGE_EVACUATE);
  if (fragmented > 0 && reserve_pages(heap, reserve_pages_for(young + fragmented))) return true;
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) {
    page->flags &= ~(uint32_t)PAGE_EVACUATE; /* mark-sweep without compaction */
  }
  return reserve_pages(heap, reserve_pages_for(young));
}

int gc_mark_compact(Heap *heap) {
  mark_live(heap);
  compact_select_pages(heap);
  if (!reserve_for_evacuation(heap)) {
    /* Nothing has changed but mark bits (and live-byte counts, recomputed by every
     * marking): clear them and the heap is exactly as before, remembered set included. */
    Marker marker = {{mark}, heap};
    for_each_marked(heap, unmark, &marker.base);
    return PT_ENOMEM;
  }
  remembered_clear(heap); /* new space ends empty: nothing old will point into it */
  WeakUpdater updater;
  weak_updater_init(&updater, heap, mark_is_dead, mark_keep);
  for_each_marked(heap, update_weak, &updater.base); /* clear weak slots of dead targets */
  finalizers_process(heap, mark_is_dead, mark_keep);

  old_space_reset_free_lists(heap); /* rebuilt by the sweep; evacuation bumps fresh pages */
  compact_evacuate(heap);
  compact_update_references(heap);

  sweep_old_space(heap);
  large_space_sweep(heap);
  new_space_prepare_to_space(heap);
  heap->new_space.alloc_page = NULL;
  new_space_flip(heap); /* the evacuated semispace becomes (poisoned) to-space */
  return 0;
}
