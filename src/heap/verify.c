/* Heap verification for tests and stress debugging: walks every page and checks the
 * invariants the collectors rely on — pages walk exactly to their end, headers are sane
 * (no stray forwarding or mark bits between collections), every reference from a root or a
 * cell points at the start of a live cell, and every old cell holding a young reference is
 * in the remembered set. Problems are printed to stderr and counted. */
#include <stdlib.h>

#include "base/out.h"
#include "heap/heap_internal.h"

typedef struct Verifier {
  GcVisitor base;
  Heap *heap;
  uintptr_t *cells; /* sorted addresses of every non-free cell */
  size_t cell_count, cell_capacity;
  int problems;
  const GcCell *host; /* the cell being traced, NULL for roots */
  bool saw_young;
} Verifier;

static void problem(Verifier *verifier, const char *what, const void *where) {
  if (verifier->problems < 20) {
    out_printf(OUT_STDERR, "heap_verify: %s (at %p, host %p)\n", what, where, (const void *)verifier->host);
  }
  verifier->problems++;
}

static void add_cell(Verifier *verifier, const GcCell *cell) {
  if (verifier->cell_count == verifier->cell_capacity) {
    size_t capacity = verifier->cell_capacity ? verifier->cell_capacity * 2 : 1024;
    uintptr_t *cells = realloc(verifier->cells, capacity * sizeof *cells);
    if (cells == NULL) {
      problem(verifier, "no memory to verify", cell);
      return;
    }
    verifier->cells = cells;
    verifier->cell_capacity = capacity;
  }
  verifier->cells[verifier->cell_count++] = (uintptr_t)cell;
}

static int compare_addresses(const void *a, const void *b) {
  uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
  return x < y ? -1 : x > y;
}

static bool is_cell_start(const Verifier *verifier, const GcCell *cell) {
  return verifier->cell_count > 0 && bsearch(&(uintptr_t){(uintptr_t)cell}, verifier->cells, verifier->cell_count,
                 sizeof(uintptr_t), compare_addresses) != NULL;
}

static bool header_is_sane(Verifier *verifier, const GcCell *cell, size_t room, bool old) {
  if (gc_is_forwarded(cell)) {
    problem(verifier, "forwarded cell outside a collection", cell);
    return false;
  }
  size_t size = gc_cell_size(cell);
  if (size < (gc_cell_type(cell) == CELL_FREE ? sizeof(GcCell) : GC_MIN_CELL_SIZE) ||
      size > room || size % GC_ALIGNMENT != 0 || gc_cell_type(cell) >= CELL_TYPE_COUNT) {
    problem(verifier, "bad cell size or type", cell);
    return false;
  }
  if (cell->header & GC_HEADER_MARKED) problem(verifier, "mark bit left set", cell);
  if (gc_cell_type(cell) != CELL_FREE && gc_cell_is_old(cell) != old) {
    problem(verifier, "generation bit does not match the space", cell);
  }
  return true;
}

/* Returns the bytes of non-free cells in the region. */
static size_t collect_region(Verifier *verifier, char *start, char *end, bool old) {
  char *at = start;
  size_t used = 0;
  while (at < end) {
    GcCell *cell = (GcCell *)at;
    if (!header_is_sane(verifier, cell, (size_t)(end - at), old)) return used;
    if (gc_cell_type(cell) != CELL_FREE) {
      add_cell(verifier, cell);
      used += gc_cell_size(cell);
    }
    at += gc_cell_size(cell);
  }
  if (at != end) problem(verifier, "page does not walk to its end", at);
  return used;
}

/* Every free-list chunk is a CELL_FREE cell of its list's size class inside an old page. */
static void check_free_lists(Verifier *verifier, Heap *heap) {
  for (unsigned index = 0; index < FREE_LIST_COUNT; index++) {
    for (FreeChunk *chunk = heap->old_space.free_lists[index]; chunk != NULL; chunk = chunk->next) {
      GcPage *page = heap->old_space.pages;
      while (page != NULL && page != gc_page_of(chunk)) page = page->next;
      if (page == NULL || gc_cell_type(&chunk->cell) != CELL_FREE ||
          (index < FREE_LIST_EXACT_LIMIT / 8 + 1 && gc_cell_size(&chunk->cell) != index * 8)) {
        problem(verifier, "bad free-list chunk", chunk);
        return;
      }
    }
  }
}

static GcCell *check_reference(GcVisitor *self, GcCell *cell) {
  Verifier *verifier = (Verifier *)self;
  if (!is_cell_start(verifier, cell)) {
    problem(verifier, "reference to something that is not a live cell", cell);
    return cell;
  }
  if (!gc_cell_is_old(cell)) verifier->saw_young = true;
  return cell;
}

static void check_cell(Verifier *verifier, GcCell *cell) {
  verifier->host = cell;
  verifier->saw_young = false;
  gc_trace_cell(cell, &verifier->base);
  gc_trace_cell_weak(cell, &verifier->base);
  if (gc_cell_is_old(cell) && verifier->saw_young && !(cell->header & GC_HEADER_REMEMBERED)) {
    problem(verifier, "old cell points to a young cell but is not remembered", cell);
  }
}

int heap_verify(Heap *heap) {
  Verifier verifier = {{check_reference}, heap, NULL, 0, 0, 0, NULL, false};
  for (GcPage *page = heap->new_space.from_pages; page != NULL; page = page->next) {
    collect_region(&verifier, page->area_start, page->top, false);
  }
  size_t old_used = 0;
  for (GcPage *page = heap->old_space.pages; page != NULL; page = page->next) {
    if ((uintptr_t)page % GC_PAGE_SIZE != 0) problem(&verifier, "misaligned page", page);
    old_used += collect_region(&verifier, page->area_start, page->area_end, true);
  }
  if (old_used != heap->old_space.used) problem(&verifier, "old-space used bytes miscounted", NULL);
  check_free_lists(&verifier, heap);
  for (GcPage *page = heap->large_space.pages; page != NULL; page = page->next) {
    GcCell *cell = (GcCell *)page->area_start;
    if (header_is_sane(&verifier, cell, (size_t)(page->area_end - page->area_start), true)) {
      if (!(cell->header & GC_HEADER_LARGE)) problem(&verifier, "large cell without its bit", cell);
      add_cell(&verifier, cell);
    }
  }
  if (verifier.cell_count > 0) qsort(verifier.cells, verifier.cell_count, sizeof(uintptr_t), compare_addresses);

  for (size_t i = 0; i < verifier.cell_count; i++) check_cell(&verifier, (GcCell *)verifier.cells[i]);
  verifier.host = NULL;
  roots_visit(heap, &verifier.base);
  for (size_t i = 0; i < heap->finalizer_count; i++) {
    if (heap->finalizers[i].target != NULL) check_reference(&verifier.base, heap->finalizers[i].target);
  }
  for (size_t i = 0; i < heap->remembered.count; i++) {
    GcCell *cell = heap->remembered.items[i];
    if (!(cell->header & GC_HEADER_REMEMBERED) || !gc_cell_is_old(cell)) {
      problem(&verifier, "remembered-set entry without its bit", cell);
    }
  }
  free(verifier.cells);
  return -verifier.problems;
}
