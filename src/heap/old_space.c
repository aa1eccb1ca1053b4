/* Old space: regular pages managed with segregated free lists (exact 8-byte classes up to
 * 256 bytes, then one class per power of two), swept by the mark-compact collector, and a
 * bump allocator used only while compaction evacuates cells.
 * Invariant: every byte of an old page's area is a cell — live, dead (until the next sweep)
 * or a CELL_FREE chunk — so sweep and verification can walk pages from start to end. */
#include <string.h>

#include "heap/heap_internal.h"

static unsigned floor_log2(size_t value) {
  unsigned log = 0;
  while (value >>= 1) log++;
  return log;
}

static unsigned size_class(size_t size) {
  if (size <= FREE_LIST_EXACT_LIMIT) return (unsigned)(size / 8);
  unsigned index = FREE_LIST_EXACT_LIMIT / 8 + 1 + (floor_log2(size) - 8);
  return index < FREE_LIST_COUNT ? index : FREE_LIST_COUNT - 1;
}

/* Formats [start, start+size) as a free chunk and, when it can hold a link, lists it. */
void old_space_add_free(Heap *heap, char *start, size_t size) {
  page_format_free(start, size);
  if (size < sizeof(FreeChunk)) return; /* an 8-byte filler: walkable, never reused */
  FreeChunk *chunk = (FreeChunk *)start;
  if (heap->config.gc_stress) memset(chunk + 1, GC_POISON_BYTE, size - sizeof(FreeChunk));
  unsigned index = size_class(size);
  chunk->next = heap->old_space.free_lists[index];
  heap->old_space.free_lists[index] = chunk;
}

void old_space_reset_free_lists(Heap *heap) {
  memset(heap->old_space.free_lists, 0, sizeof heap->old_space.free_lists);
}

/* Takes `size` bytes from the front of a chunk; the rest goes back to the lists, or, when
 * it is a single word, stays behind as an 8-byte filler so the page remains walkable. */
static GcCell *carve(Heap *heap, FreeChunk *chunk, size_t size) {
  size_t chunk_size = gc_cell_size(&chunk->cell);
  if (chunk_size > size) old_space_add_free(heap, (char *)chunk + size, chunk_size - size);
  GcCell *cell = &chunk->cell;
  cell->header = gc_make_header(CELL_FREE, size, 0); /* the caller writes the real header */
  heap->old_space.used += size;
  return cell;
}

static GcCell *take_from_lists(Heap *heap, size_t size) {
  OldSpace *space = &heap->old_space;
  unsigned first = size_class(size);
  for (unsigned index = first; index < FREE_LIST_COUNT; index++) {
    FreeChunk **link = &space->free_lists[index];
    while (*link != NULL) {
      FreeChunk *chunk = *link;
      if (gc_cell_size(&chunk->cell) >= size) {
        *link = chunk->next;
        return carve(heap, chunk, size);
      }
      link = &chunk->next; /* only the first power-of-two class holds chunks too small */
    }
  }
  return NULL;
}

/* During a collection the page comes from the reserve it made up front (reserve_take falls
 * back to the system only when the reserve is empty, as it is for the mutator). */
static GcPage *add_page(Heap *heap) {
  GcPage *page = reserve_take(heap);
  if (page == NULL) return NULL;
  page->next = heap->old_space.pages;
  heap->old_space.pages = page;
  heap->old_space.page_count++;
  return page;
}

/* The real header (with GC_HEADER_OLD) is written by the caller. NULL only when the system
 * refuses a new page. */
GcCell *old_space_alloc(Heap *heap, size_t size) {
  GcCell *cell = take_from_lists(heap, size);
  if (cell != NULL) return cell;
  GcPage *page = add_page(heap);
  if (page == NULL) return NULL;
  page->top = page->area_end;
  old_space_add_free(heap, page->area_start, (size_t)(page->area_end - page->area_start));
  return take_from_lists(heap, size);
}

/* Compaction's allocator: bump-allocates in fresh pages, so evacuated cells never land in
 * a page that is itself being evacuated or whose free space is not yet swept. */
GcCell *old_space_alloc_evacuation(Heap *heap, size_t size) {
  GcPage *page = heap->old_space.evacuation_page;
  if (page == NULL || (size_t)(page->area_end - page->top) < size) {
    old_space_finish_evacuation(heap);
    page = add_page(heap);
    if (page == NULL) return NULL;
    heap->old_space.evacuation_page = page;
  }
  GcCell *cell = (GcCell *)page->top;
  page->top += size;
  heap->old_space.used += size;
  return cell;
}

/* Seals the evacuation page: its unused tail becomes a filler the sweep will list. */
void old_space_finish_evacuation(Heap *heap) {
  GcPage *page = heap->old_space.evacuation_page;
  if (page == NULL) return;
  if (page->top < page->area_end) page_format_free(page->top, (size_t)(page->area_end - page->top));
  page->top = page->area_end;
  heap->old_space.evacuation_page = NULL;
}

void old_space_destroy(Heap *heap) {
  GcPage *page = heap->old_space.pages;
  while (page != NULL) {
    GcPage *next = page->next;
    page_release(heap, page);
    page = next;
  }
  heap->old_space.pages = NULL;
  heap->old_space.page_count = 0;
}
