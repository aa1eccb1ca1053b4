/* The heap's front door: configuration, lifetime, allocation policy and the safepoint rule.
 * Invariant: nothing here collects except gc_safepoint() and heap_collect(); allocation only
 * records a request (gc_requested) and overflows a full new space into old space. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "base/out.h"
#include "heap/heap_internal.h"

enum { MB = 1024 * 1024 };
/* Old space grows this much past the live size of the last mark-compact before the next. */
#define OLD_GC_MIN_THRESHOLD ((size_t)4 * MB)

void heap_config_default(HeapConfig *config) {
  config->max_semi_space_size = 1 * MB;
  config->max_old_space_size = (size_t)512 * MB;
  config->gc_stress = false;
  config->trace_gc = false;
  config->never_compact = false;
  config->trace_pid = 0;
  config->mark_stack_limit = 0;
}

bool gc_list_push(GcPointerList *list, void *item) {
  if (list->count == list->capacity) {
    size_t capacity = list->capacity ? list->capacity * 2 : 64;
    void **items = realloc(list->items, capacity * sizeof *items);
    if (items == NULL) return false;
    list->items = items;
    list->capacity = capacity;
  }
  list->items[list->count++] = item;
  return true;
}

bool gc_list_reserve(Heap *heap, GcPointerList *list, size_t capacity) {
  if (list->capacity >= capacity) return true;
  if (page_injected_failure(heap)) return false;
  void **items = realloc(list->items, capacity * sizeof *items);
  if (items == NULL) return false;
  list->items = items;
  list->capacity = capacity;
  return true;
}

void gc_list_free(GcPointerList *list) {
  free(list->items);
  list->items = NULL;
  list->count = list->capacity = 0;
}

void gc_fatal(const char *why) {
  out_printf(OUT_STDERR, "petrel: fatal GC error: %s\n", why);
  abort();
}

static size_t next_old_threshold(const Heap *heap, size_t live) {
  size_t threshold = live * 2 > OLD_GC_MIN_THRESHOLD ? live * 2 : OLD_GC_MIN_THRESHOLD;
  return threshold < heap->config.max_old_space_size ? threshold : heap->config.max_old_space_size;
}

static void request_gc(Heap *heap, GcKind kind, GcReason reason) {
  if (kind > heap->requested) {
    heap->requested = kind;
    heap->requested_reason = reason;
  }
}

int heap_new(const HeapConfig *config, Heap **out_heap) {
  *out_heap = NULL;
  if (config->max_semi_space_size == 0 || config->max_old_space_size == 0 ||
      config->max_semi_space_size > (size_t)1024 * MB) {
    return PT_EINVAL;
  }
  Heap *heap = calloc(1, sizeof *heap);
  if (heap == NULL) return PT_ENOMEM;
  heap->config = *config;
  heap->fail_pages_after = -1;
  heap->mark_stack_limit = config->mark_stack_limit ? config->mark_stack_limit : 64 * 1024;
  heap->start_ms = gc_now_ms();
  heap->old_gc_threshold = next_old_threshold(heap, 0);
  if (new_space_init(heap) != 0) {
    heap_free(heap);
    return PT_ENOMEM;
  }
  if (config->gc_stress) request_gc(heap, GC_SCAVENGE, GC_REASON_STRESS);
  *out_heap = heap;
  return 0;
}

void heap_free(Heap *heap) {
  if (heap == NULL) return;
  heap->config.gc_stress = false; /* release pages for real, then empty the quarantine */
  new_space_destroy(heap);
  old_space_destroy(heap);
  large_space_destroy(heap);
  for (size_t i = 0; i < heap->quarantine.count; i++) {
    GcPage *page = heap->quarantine.items[i];
    page_protect(page, false);
    page_release(heap, page);
  }
  gc_list_free(&heap->quarantine);
  reserve_trim(heap, 0);
  gc_list_free(&heap->remembered);
  gc_list_free(&heap->promoted);
  gc_list_free(&heap->mark_stack);
  gc_list_free(&heap->ephemerons);
  roots_destroy(heap);
  handles_destroy(heap);
  finalizers_destroy(heap);
  free(heap);
}

GcKind heap_gc_requested(const Heap *heap) { return heap->requested; }

/* Old-generation allocation on behalf of the mutator: the heap limit applies here. */
static GcCell *alloc_old_generation(Heap *heap, size_t size) {
  size_t old_bytes = heap->old_space.used + heap->large_space.used;
  if (old_bytes + size > heap->config.max_old_space_size) {
    heap->stats.allocation_failures++;
    request_gc(heap, GC_MARK_COMPACT, GC_REASON_LAST_RESORT);
    return NULL;
  }
  GcCell *cell = size > GC_LARGE_OBJECT_THRESHOLD ? large_space_alloc(heap, size)
                                                  : old_space_alloc(heap, size);
  if (cell == NULL) {
    heap->stats.allocation_failures++;
    request_gc(heap, GC_MARK_COMPACT, GC_REASON_LAST_RESORT);
    return NULL;
  }
  if (old_bytes + size > heap->old_gc_threshold) {
    request_gc(heap, GC_MARK_COMPACT, GC_REASON_ALLOCATION_LIMIT);
  }
  return cell;
}

static GcCell *allocate(Heap *heap, CellType type, size_t size, bool tenured) {
  size = gc_round_size(size);
  if (size > ((size_t)1 << 31) || heap->in_gc) return NULL;
  GcCell *cell = NULL;
  if (!tenured && size <= GC_LARGE_OBJECT_THRESHOLD && !heap->new_space.full) {
    cell = new_space_alloc(heap, size);
    if (cell == NULL) {
      heap->new_space.full = true;
      request_gc(heap, GC_SCAVENGE, GC_REASON_ALLOCATION_FAILURE);
    }
  }
  bool old = cell == NULL;
  if (old) {
    cell = alloc_old_generation(heap, size);
    if (cell == NULL) return NULL;
  }
  memset(cell + 1, 0, size - sizeof(GcCell));
  cell->header = gc_make_header(type, size, old ? GC_HEADER_OLD : 0);
  if (size > GC_LARGE_OBJECT_THRESHOLD) cell->header |= GC_HEADER_LARGE;
  /* A cell born old is remembered from birth, so the stores that initialize it cannot
   * miss a young target even before they go through the barrier. */
  if (old) heap_remember(heap, cell);
  heap->stats.allocated_bytes_total += size;
  return cell;
}

GcCell *heap_alloc(Heap *heap, CellType type, size_t size) {
  return allocate(heap, type, size, false);
}

GcCell *heap_alloc_tenured(Heap *heap, CellType type, size_t size) {
  return allocate(heap, type, size, true);
}

GcCell *heap_alloc_slots(Heap *heap, uint32_t count, uint32_t raw_bytes, bool tenured) {
  size_t size = sizeof(GcSlots) + (size_t)count * sizeof(JSValue) + raw_bytes;
  GcCell *cell = allocate(heap, CELL_SLOTS, size, tenured);
  if (cell == NULL) return NULL;
  GcSlots *slots = gc_slots(cell);
  slots->count = count;
  slots->raw_bytes = raw_bytes;
  for (uint32_t i = 0; i < count; i++) slots->slots[i] = JS_UNDEFINED;
  return cell;
}

GcCell *heap_alloc_weak_ref(Heap *heap, JSValue target) {
  GcCell *cell = heap_alloc(heap, CELL_WEAK_REF, sizeof(GcWeakRef));
  if (cell == NULL) return NULL;
  ((GcWeakRef *)cell)->target = target;
  return cell;
}

GcCell *heap_alloc_ephemeron(Heap *heap, JSValue key, JSValue value) {
  GcCell *cell = heap_alloc(heap, CELL_EPHEMERON, sizeof(GcEphemeron));
  if (cell == NULL) return NULL;
  gc_ephemeron(cell)->key = key;
  gc_ephemeron(cell)->value = value;
  return cell;
}

void heap_request_gc(Heap *heap, GcKind kind, GcReason reason) { request_gc(heap, kind, reason); }

int gc_safepoint(Heap *heap) {
  if (heap->in_gc) return 0;
  if (heap->config.gc_stress) {
    /* Every safepoint collects; every fourth time the whole heap, so both collectors and
     * compaction see every program point sooner or later. */
    heap->stress_counter++;
    bool major = heap->requested == GC_MARK_COMPACT || heap->stress_counter % 4 == 0;
    return heap_collect(heap, major ? GC_MARK_COMPACT : GC_SCAVENGE, GC_REASON_STRESS);
  }
  if (heap->requested != GC_NONE) return heap_collect(heap, heap->requested, heap->requested_reason);
  return 0;
}

int heap_collect(Heap *heap, GcKind kind, GcReason reason) {
  if (heap->in_gc || kind == GC_NONE) return 0;
  size_t used_before = heap_used_bytes(heap), committed_before = heap_committed_bytes(heap);
  double start = gc_now_ms();
  heap->in_gc = true;
  int status = kind == GC_SCAVENGE ? gc_scavenge(heap) : gc_mark_compact(heap);
  /* After a success, keep what a scavenge of a full semispace reserves: the next scavenge
   * needs it again, and taking and returning pages at every scavenge costs about half a
   * scavenge's pause. Pages beyond that (a big compaction's) go back. After a failure memory
   * is scarce: all of it goes back. The mutator's old-space growth also draws on it. */
  size_t semispace_area = heap->new_space.semi_pages * (GC_PAGE_SIZE - GC_PAGE_HEADER_SIZE);
  reserve_trim(heap, status == 0 ? reserve_pages_for(semispace_area) : 0);
  heap->in_gc = false;
  if (status != 0) {
    /* The system refused what the collection needed before it changed anything: the heap
     * is as it was, the request stays (a later safepoint retries once memory is available)
     * and the mutator keeps overflowing into old space as before. */
    heap->stats.gc_failures++;
    return status;
  }
  if (kind == GC_SCAVENGE) {
    if (heap->requested == GC_SCAVENGE) heap->requested = GC_NONE;
  } else {
    heap->requested = GC_NONE;
    heap->old_gc_threshold =
        next_old_threshold(heap, heap->old_space.used + heap->large_space.used);
  }
  heap->new_space.full = false;
  double pause = gc_now_ms() - start;
  HeapStats *stats = &heap->stats;
  if (kind == GC_SCAVENGE) {
    stats->scavenge_count++;
    stats->scavenge_ms_total += pause;
  } else {
    stats->mark_compact_count++;
    stats->mark_compact_ms_total += pause;
  }
  stats->last_pause_ms = pause;
  if (pause > stats->max_pause_ms) stats->max_pause_ms = pause;
  gc_record_event(heap, kind, reason, used_before, committed_before, start, pause);
  if (heap->old_space.used + heap->large_space.used > heap->old_gc_threshold) {
    request_gc(heap, GC_MARK_COMPACT, GC_REASON_ALLOCATION_LIMIT);
  }
  if (heap->config.gc_stress) request_gc(heap, GC_SCAVENGE, GC_REASON_STRESS);
  return 0;
}

void heap_fail_page_allocations_after(Heap *heap, long long count) {
  heap->fail_pages_after = count < 0 ? -1 : count;
}

void heap_get_stats(const Heap *heap, HeapStats *stats) {
  *stats = heap->stats;
  stats->new_space_used = new_space_used(heap);
  stats->new_space_capacity = 2 * heap->new_space.semi_pages * GC_PAGE_SIZE;
  stats->old_space_used = heap->old_space.used;
  stats->old_space_committed = heap->old_space.page_count * GC_PAGE_SIZE;
  stats->large_object_used = heap->large_space.used;
  stats->large_object_committed = heap->large_space.committed;
  stats->total_used = heap_used_bytes(heap);
  stats->total_committed = heap_committed_bytes(heap);
  stats->heap_limit = heap->config.max_old_space_size + stats->new_space_capacity;
  stats->finalizers_pending = heap->pending_count;
}
