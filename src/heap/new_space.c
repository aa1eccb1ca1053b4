/* New space: two semispaces of equal size, each a list of regular pages. The mutator
 * bump-allocates in from-space; a scavenge copies survivors into to-space and flips them.
 * Invariant: young cells live only in from-space pages between collections, and a cell
 * never crosses a page boundary. In stress mode to-space stays poisoned and protected
 * between scavenges, so a pointer left to an evacuated cell faults. */
#include <string.h>

#include "base/errors.h"
#include "heap/heap_internal.h"

static void release_list(Heap *heap, GcPage *page) {
  while (page != NULL) {
    GcPage *next = page->next;
    if (page->flags & PAGE_PROTECTED) page_protect(page, false);
    page_release(heap, page);
    page = next;
  }
}

static int allocate_semispace(Heap *heap, GcPage **list, uint32_t flags) {
  for (size_t i = 0; i < heap->new_space.semi_pages; i++) {
    GcPage *page = page_allocate(heap, GC_PAGE_SIZE, flags);
    if (page == NULL) return PT_ENOMEM;
    page->next = *list;
    *list = page;
  }
  return 0;
}

int new_space_init(Heap *heap) {
  NewSpace *space = &heap->new_space;
  space->semi_pages = (heap->config.max_semi_space_size + GC_PAGE_SIZE - 1) / GC_PAGE_SIZE;
  if (space->semi_pages == 0) space->semi_pages = 1;
  if (allocate_semispace(heap, &space->from_pages, PAGE_NEW | PAGE_FROM_SPACE) != 0 ||
      allocate_semispace(heap, &space->to_pages, PAGE_NEW) != 0) {
    return PT_ENOMEM;
  }
  space->alloc_page = space->from_pages;
  if (heap->config.gc_stress) {
    for (GcPage *page = space->to_pages; page != NULL; page = page->next) {
      page_poison(page);
      page_protect(page, true);
    }
  }
  return 0;
}

void new_space_destroy(Heap *heap) {
  release_list(heap, heap->new_space.from_pages);
  release_list(heap, heap->new_space.to_pages);
  heap->new_space.from_pages = heap->new_space.to_pages = NULL;
}

static GcCell *bump(GcPage **cursor, size_t size) {
  for (GcPage *page = *cursor; page != NULL; page = page->next) {
    if ((size_t)(page->area_end - page->top) >= size) {
      GcCell *cell = (GcCell *)page->top;
      page->top += size;
      *cursor = page;
      return cell;
    }
  }
  return NULL;
}

/* NULL when from-space is full: the caller requests a scavenge and goes to old space. */
GcCell *new_space_alloc(Heap *heap, size_t size) {
  return bump(&heap->new_space.alloc_page, size);
}

/* Scavenge copies go to to-space; the cursor is kept in alloc_page during the scavenge
 * (the mutator does not allocate then). NULL when to-space is full: the caller promotes. */
GcCell *new_space_alloc_to_space(Heap *heap, size_t size) {
  return bump(&heap->new_space.alloc_page, size);
}

void new_space_prepare_to_space(Heap *heap) {
  for (GcPage *page = heap->new_space.to_pages; page != NULL; page = page->next) {
    if (page->flags & PAGE_PROTECTED) page_protect(page, false);
    page->top = page->area_start;
  }
  heap->new_space.alloc_page = heap->new_space.to_pages;
}

/* After a scavenge (or a mark-compact that emptied from-space): to-space becomes the
 * allocation space, and the evacuated pages become the next to-space, poisoned in stress
 * mode. alloc_page is left where the survivors end. */
void new_space_flip(Heap *heap) {
  NewSpace *space = &heap->new_space;
  GcPage *evacuated = space->from_pages;
  space->from_pages = space->to_pages;
  space->to_pages = evacuated;
  for (GcPage *page = space->from_pages; page != NULL; page = page->next) {
    page->flags |= PAGE_FROM_SPACE;
  }
  for (GcPage *page = space->to_pages; page != NULL; page = page->next) {
    page->flags &= ~(uint32_t)PAGE_FROM_SPACE;
    page->top = page->area_start;
    if (heap->config.gc_stress) {
      page_poison(page);
      page_protect(page, true);
    }
  }
  if (space->alloc_page == NULL) space->alloc_page = space->from_pages;
}

size_t new_space_used(const Heap *heap) {
  size_t used = 0;
  for (GcPage *page = heap->new_space.from_pages; page != NULL; page = page->next) {
    used += (size_t)(page->top - page->area_start);
  }
  return used;
}
