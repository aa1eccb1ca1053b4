/* Large-object space: every cell over GC_LARGE_OBJECT_THRESHOLD gets a page of its own and
 * never moves. Large cells belong to the old generation from birth (they are written through
 * the barrier like any old cell) and die only in a mark-compact.
 * Invariant: a large page holds exactly one cell, at its area_start. */
#include "heap/heap_internal.h"

GcCell *large_space_alloc(Heap *heap, size_t size) {
  GcPage *page = page_allocate(heap, GC_PAGE_HEADER_SIZE + size, PAGE_LARGE);
  if (page == NULL) return NULL;
  page->top = page->area_start + size;
  page->next = heap->large_space.pages;
  heap->large_space.pages = page;
  heap->large_space.used += size;
  heap->large_space.committed += page->size;
  return (GcCell *)page->area_start;
}

/* Frees unmarked large cells and clears the marks of live ones (mark-compact's last step). */
void large_space_sweep(Heap *heap) {
  LargeSpace *space = &heap->large_space;
  GcPage **link = &space->pages;
  while (*link != NULL) {
    GcPage *page = *link;
    GcCell *cell = (GcCell *)page->area_start;
    if (cell->header & GC_HEADER_MARKED) {
      cell->header &= ~(uint64_t)GC_HEADER_MARKED;
      link = &page->next;
      continue;
    }
    *link = page->next;
    space->used -= gc_cell_size(cell);
    space->committed -= page->size;
    page_release(heap, page);
  }
}

void large_space_destroy(Heap *heap) {
  GcPage *page = heap->large_space.pages;
  while (page != NULL) {
    GcPage *next = page->next;
    page_release(heap, page);
    page = next;
  }
  heap->large_space.pages = NULL;
  heap->large_space.used = heap->large_space.committed = 0;
}
