/* Pages: the memory every cell lives in, obtained from the system, never cell by cell from
 * malloc. Natively pages are mmap'ed so --gc-stress can mprotect evacuated ones; in wasm they
 * come aligned from the C allocator (linear memory has no protection).
 * Invariant: a regular page is GC_PAGE_SIZE bytes at a GC_PAGE_SIZE-aligned address and
 * every byte of its area belongs to exactly one cell (live, dead or a CELL_FREE filler),
 * except a new-space page's bytes past its bump pointer. */
#if !defined(__wasm__)
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */
#endif

#include <stdlib.h>
#include <string.h>

#if !defined(__wasm__)
#include <sys/mman.h>
#endif

#include "heap/heap_internal.h"

enum { SYSTEM_PAGE = 4096 };

static void *system_map(size_t size, size_t alignment) {
#if defined(__wasm__)
  return aligned_alloc(alignment, (size + alignment - 1) & ~(alignment - 1));
#else
  size_t span = size + alignment;
  char *raw = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return NULL;
  char *aligned = (char *)(((uintptr_t)raw + alignment - 1) & ~(uintptr_t)(alignment - 1));
  if (aligned > raw) munmap(raw, (size_t)(aligned - raw));
  size_t tail = (size_t)(raw + span - (aligned + size));
  if (tail > 0) munmap(aligned + size, tail);
  return aligned;
#endif
}

static void system_unmap(void *memory, size_t size) {
#if defined(__wasm__)
  (void)size;
  free(memory);
#else
  munmap(memory, size);
#endif
}

bool page_injected_failure(Heap *heap) {
  if (heap->fail_pages_after < 0) return false;
  if (heap->fail_pages_after == 0) return true;
  heap->fail_pages_after--;
  return false;
}

GcPage *page_allocate(Heap *heap, size_t size, uint32_t flags) {
  if (page_injected_failure(heap)) return NULL;
  bool regular = (flags & PAGE_LARGE) == 0;
  size = regular ? GC_PAGE_SIZE : (size + SYSTEM_PAGE - 1) & ~(size_t)(SYSTEM_PAGE - 1);
  GcPage *page = system_map(size, regular ? GC_PAGE_SIZE : SYSTEM_PAGE);
  if (page == NULL) return NULL;
  page->flags = flags;
  page->next = NULL;
  page->size = size;
  page->area_start = (char *)page + GC_PAGE_HEADER_SIZE;
  page->area_end = (char *)page + size;
  page->top = page->area_start;
  page->live_bytes = 0;
  return page;
}

/* In stress mode a released page is poisoned and kept inaccessible for a while, so a stale
 * pointer into it faults (natively) or reads poison, instead of reading a reused page. */
void page_release(Heap *heap, GcPage *page) {
  if (heap->config.gc_stress) {
    enum { QUARANTINE_PAGES = 32 };
    page_poison(page);
    page_protect(page, true);
    if (gc_list_push(&heap->quarantine, page)) {
      if (heap->quarantine.count <= QUARANTINE_PAGES) return;
      page = heap->quarantine.items[0];
      memmove(heap->quarantine.items, heap->quarantine.items + 1,
              (heap->quarantine.count - 1) * sizeof(void *));
      heap->quarantine.count--;
    }
    page_protect(page, false);
  }
  system_unmap(page, page->size);
}

size_t reserve_pages_for(size_t bytes) {
  if (bytes == 0) return 0;
  size_t usable = GC_PAGE_SIZE - GC_PAGE_HEADER_SIZE - GC_LARGE_OBJECT_THRESHOLD;
  return bytes / usable + 1;
}

bool reserve_pages(Heap *heap, size_t count) {
  while (heap->reserve_count < count) {
    GcPage *page = page_allocate(heap, GC_PAGE_SIZE, PAGE_OLD);
    if (page == NULL) return false;
    page->next = heap->reserve;
    heap->reserve = page;
    heap->reserve_count++;
  }
  return true;
}

GcPage *reserve_take(Heap *heap) {
  GcPage *page = heap->reserve;
  if (page == NULL) return page_allocate(heap, GC_PAGE_SIZE, PAGE_OLD);
  heap->reserve = page->next;
  heap->reserve_count--;
  page->next = NULL;
  return page;
}

/* Reserved pages never held a cell: they go straight back, not through the quarantine. */
void reserve_trim(Heap *heap, size_t keep) {
  while (heap->reserve_count > keep) {
    GcPage *page = heap->reserve;
    heap->reserve = page->next;
    heap->reserve_count--;
    system_unmap(page, page->size);
  }
}

void page_poison(GcPage *page) {
  memset(page->area_start, GC_POISON_BYTE, (size_t)(page->area_end - page->area_start));
}

/* The header stays readable (page lists are walked); only the cell area is protected. */
void page_protect(GcPage *page, bool inaccessible) {
  if (inaccessible) {
    page->flags |= PAGE_PROTECTED;
  } else {
    page->flags &= ~(uint32_t)PAGE_PROTECTED;
  }
#if !defined(__wasm__)
  char *start = (char *)(((uintptr_t)page->area_start + SYSTEM_PAGE - 1) & ~(uintptr_t)(SYSTEM_PAGE - 1));
  if (start < page->area_end) {
    mprotect(start, (size_t)(page->area_end - start), inaccessible ? PROT_NONE : PROT_READ | PROT_WRITE);
  }
#endif
}

void page_format_free(char *start, size_t size) {
  GcCell *filler = (GcCell *)start;
  filler->header = gc_make_header(CELL_FREE, size, 0);
}
