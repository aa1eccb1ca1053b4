/* The heap's private structures, shared by the files of src/heap/ only: pages, spaces, the
 * Heap struct, and the functions one mechanism offers another. Never included outside. */
#ifndef PETREL_HEAP_HEAP_INTERNAL_H
#define PETREL_HEAP_HEAP_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap/heap.h"

/* Byte written over evacuated and freed memory in --gc-stress mode. */
#define GC_POISON_BYTE 0xDB

enum {
  PAGE_NEW = 1u << 0,        /* a semispace page */
  PAGE_FROM_SPACE = 1u << 1, /* the semispace being allocated in (and evacuated by a scavenge) */
  PAGE_OLD = 1u << 2,
  PAGE_LARGE = 1u << 3,
  PAGE_EVACUATE = 1u << 4,   /* major GC: this old page's live cells move out */
  PAGE_PROTECTED = 1u << 5   /* stress mode: no access until reused */
};

/* A page: this header, then its cell area. Regular pages are GC_PAGE_SIZE bytes aligned to
 * GC_PAGE_SIZE, so a cell's page is its address with the low bits cleared; a large page
 * holds one cell and is found through the large-object list instead. */
typedef struct GcPage GcPage;
struct GcPage {
  uint32_t flags;
  GcPage *next;
  size_t size;       /* bytes of the whole mapping */
  char *area_start;  /* first cell */
  char *area_end;
  char *top;         /* new space: bump pointer; old and large: area_end */
  size_t live_bytes; /* major GC: bytes of marked cells */
};

#define GC_PAGE_HEADER_SIZE ((sizeof(GcPage) + 15) & ~(size_t)15)

static inline GcPage *gc_page_of(const void *cell) {
  return (GcPage *)((uintptr_t)cell & ~(uintptr_t)(GC_PAGE_SIZE - 1));
}

static inline size_t gc_round_size(size_t size) {
  size = (size + GC_ALIGNMENT - 1) & ~(GC_ALIGNMENT - 1);
  return size < GC_MIN_CELL_SIZE ? GC_MIN_CELL_SIZE : size;
}

static inline bool gc_is_forwarded(const GcCell *cell) {
  return (cell->header & GC_HEADER_FORWARDED) != 0;
}
static inline GcCell *gc_forwarding_address(const GcCell *cell) {
  return (GcCell *)(uintptr_t)(cell->header & ~(uint64_t)GC_HEADER_FORWARDED);
}
static inline void gc_set_forwarding(GcCell *cell, GcCell *to) {
  cell->header = (uint64_t)(uintptr_t)to | GC_HEADER_FORWARDED;
}
static inline uint64_t gc_make_header(CellType type, size_t size, uint64_t flags) {
  return ((uint64_t)size << GC_HEADER_SIZE_SHIFT) | ((uint64_t)type << GC_HEADER_TYPE_SHIFT) | flags;
}
static inline unsigned gc_cell_age(const GcCell *cell) {
  return (unsigned)((cell->header & GC_HEADER_AGE_MASK) >> GC_HEADER_AGE_SHIFT);
}

/* A growable array of pointers (malloc'ed bookkeeping, never JS cells). */
typedef struct GcPointerList {
  void **items;
  size_t count, capacity;
} GcPointerList;
/* Returns false when out of memory (the list is unchanged). */
bool gc_list_push(GcPointerList *list, void *item);
/* Grows the capacity to at least `capacity` before a collection, so pushes during it cannot
 * fail; false (list unchanged) when the system refuses, or when fault injection says so. */
bool gc_list_reserve(Heap *heap, GcPointerList *list, size_t capacity);
void gc_list_free(GcPointerList *list);

/* Size classes of the old-space free lists: exact classes of 8 bytes up to 256, then one
 * class per power of two. */
enum { FREE_LIST_EXACT_LIMIT = 256, FREE_LIST_COUNT = FREE_LIST_EXACT_LIMIT / 8 + 12 };

typedef struct FreeChunk {
  GcCell cell; /* CELL_FREE, size in the header */
  struct FreeChunk *next;
} FreeChunk;

typedef struct NewSpace {
  GcPage *from_pages, *to_pages; /* each a list of semi_pages pages */
  GcPage *alloc_page;            /* the from-space page being bump-allocated */
  size_t semi_pages;
  bool full;                     /* allocation overflows to old space until the next GC */
} NewSpace;

typedef struct OldSpace {
  GcPage *pages;
  size_t page_count;
  FreeChunk *free_lists[FREE_LIST_COUNT];
  size_t used;            /* bytes of cells, live or not yet swept */
  GcPage *evacuation_page; /* major GC: the page compaction copies into */
} OldSpace;

typedef struct LargeSpace {
  GcPage *pages;
  size_t used, committed;
} LargeSpace;

typedef struct GcEvent {
  GcKind kind;
  GcReason reason;
  double time_ms, pause_ms; /* start, since the heap was created; duration */
  size_t used_before, committed_before, used_after, committed_after;
} GcEvent;

typedef struct RootProvider {
  GcRootFn fn;
  void *data;
} RootProvider;

typedef struct Finalizer {
  GcCell *target;
  GcFinalizerFn fn;
  void *data;
} Finalizer;

enum { HANDLE_BLOCK_SIZE = 256 };
typedef struct HandleBlock {
  struct HandleBlock *next;
  JSValue slots[HANDLE_BLOCK_SIZE];
} HandleBlock;

struct Heap {
  GcKind requested;              /* first member: gc_safepoint_pending (heap.h) reads it inline */
  HeapConfig config;
  NewSpace new_space;
  OldSpace old_space;
  LargeSpace large_space;
  GcPointerList remembered;      /* old cells that may point to young ones */
  bool remembered_overflowed;    /* the list is incomplete: scan all of old space */

  RootProvider *providers;
  size_t provider_count, provider_capacity;
  GcPointerList global_roots;    /* JSValue * */
  JSValue *persistent;           /* holes are free entries */
  uint32_t persistent_count, persistent_capacity;
  uint32_t *persistent_free;     /* stack of free ids */
  uint32_t persistent_free_count;
  HandleBlock *handle_blocks;    /* blocks in order; never moved, so handles stay valid */
  size_t handle_depth;

  Finalizer *finalizers, *pending_finalizers;
  size_t finalizer_count, finalizer_capacity, pending_count, pending_capacity;

  GcReason requested_reason;
  bool in_gc;
  unsigned stress_counter;
  size_t old_gc_threshold;       /* old + large bytes that trigger the next mark-compact */

  /* scratch lists of a collection */
  GcPointerList promoted;        /* scavenge: promoted cells still to scan */
  GcPointerList mark_stack;
  size_t mark_stack_limit;       /* entries; past it marking falls back to rescanning */
  bool mark_stack_overflowed;
  GcPointerList ephemerons;      /* ephemerons reached by this collection (weak.c) */
  GcPointerList quarantine;      /* stress mode: released pages kept inaccessible */
  GcPage *reserve;               /* pages taken from the system before a collection, so that
                                    promotion and evacuation never need the system mid-way;
                                    up to a full scavenge's worth is kept between collections
                                    (in no space, so not counted as committed) */
  size_t reserve_count;
  long long fail_pages_after;    /* testing: system allocations left before refusing; < 0 off */

  HeapStats stats;
  GcEvent last_event;
  double start_ms;
};

/* cell_types.c */
extern const GcTraceFn gc_trace_table[CELL_TYPE_COUNT];
extern const GcTraceFn gc_trace_weak_table[CELL_TYPE_COUNT];
void gc_trace_none(GcCell *cell, GcVisitor *visitor);
void gc_trace_slots(GcCell *cell, GcVisitor *visitor);
void gc_trace_weak_ref(GcCell *cell, GcVisitor *visitor);
void gc_trace_ephemeron_weak(GcCell *cell, GcVisitor *visitor);
static inline void gc_trace_cell(GcCell *cell, GcVisitor *visitor) {
  gc_trace_table[gc_cell_type(cell)](cell, visitor);
}
static inline void gc_trace_cell_weak(GcCell *cell, GcVisitor *visitor) {
  gc_trace_weak_table[gc_cell_type(cell)](cell, visitor);
}
static inline bool gc_has_weak_slots(const GcCell *cell) {
  return gc_trace_weak_table[gc_cell_type(cell)] != gc_trace_none;
}

/* page.c */
GcPage *page_allocate(Heap *heap, size_t size, uint32_t flags);
/* Fault injection (heap_fail_page_allocations_after): true when this system allocation must
 * be refused; otherwise counts it. */
bool page_injected_failure(Heap *heap);
/* Tops the reserve up to `count` regular pages; false when the system refuses (the pages
 * already reserved stay, for a smaller retry or reserve_trim). */
bool reserve_pages(Heap *heap, size_t count);
/* Pages needed to hold `bytes` of cells (each at most GC_LARGE_OBJECT_THRESHOLD) allocated
 * one after another: a page is only abandoned for a cell that does not fit, so every page
 * but the last holds more than its area minus the largest cell. */
size_t reserve_pages_for(size_t bytes);
/* An old-space page for a collection: from the reserve when it has one, else the system. */
GcPage *reserve_take(Heap *heap);
/* Returns reserved pages beyond `keep` to the system. */
void reserve_trim(Heap *heap, size_t keep);
void page_release(Heap *heap, GcPage *page);
void page_poison(GcPage *page);
void page_protect(GcPage *page, bool inaccessible);
void page_format_free(char *start, size_t size); /* one CELL_FREE filler over the bytes */

/* new_space.c */
int new_space_init(Heap *heap);
void new_space_destroy(Heap *heap);
GcCell *new_space_alloc(Heap *heap, size_t size);
GcCell *new_space_alloc_to_space(Heap *heap, size_t size); /* scavenge copies */
void new_space_prepare_to_space(Heap *heap);
void new_space_flip(Heap *heap);
size_t new_space_used(const Heap *heap);

/* old_space.c */
GcCell *old_space_alloc(Heap *heap, size_t size); /* NULL only when pages run out */
GcCell *old_space_alloc_evacuation(Heap *heap, size_t size);
void old_space_finish_evacuation(Heap *heap);
void old_space_reset_free_lists(Heap *heap);
void old_space_add_free(Heap *heap, char *start, size_t size);
void old_space_destroy(Heap *heap);

/* large_object.c */
GcCell *large_space_alloc(Heap *heap, size_t size);
void large_space_sweep(Heap *heap);
void large_space_destroy(Heap *heap);

/* barrier.c */
void remembered_clear(Heap *heap);
/* Calls scan on every remembered cell (on every old cell when the set overflowed). */
void remembered_scan(Heap *heap, void (*scan)(Heap *, GcCell *, GcVisitor *), GcVisitor *visitor);
void remembered_rebuild(Heap *heap, GcPointerList *candidates);
bool gc_cell_has_young_references(GcCell *cell);

/* roots.c, handles.c */
void roots_visit(Heap *heap, GcVisitor *visitor);
void handles_visit(Heap *heap, GcVisitor *visitor);
void roots_destroy(Heap *heap);
void handles_destroy(Heap *heap);

/* weak.c: after tracing; `is_dead` says whether a cell died in this collection, `update`
 * where a live one lives now. */
typedef bool (*GcIsDeadFn)(GcCell *cell);
typedef GcCell *(*GcUpdateFn)(GcCell *cell);
typedef struct WeakUpdater {
  GcVisitor base;
  Heap *heap;
  GcIsDeadFn is_dead;
  GcUpdateFn update;
} WeakUpdater;
void weak_updater_init(WeakUpdater *updater, Heap *heap, GcIsDeadFn is_dead, GcUpdateFn update);
void weak_update_cell(GcCell *cell, WeakUpdater *updater);
void finalizers_process(Heap *heap, GcIsDeadFn is_dead, GcUpdateFn update);
/* Ephemerons: a collection records each ephemeron it reaches (ephemeron_record; when the
 * list cannot grow the value is visited at once, i.e. held strongly — safe, never lost).
 * Once everything strong is traced, ephemerons_visit_values visits the value of each
 * recorded ephemeron whose key is live and whose value is not yet; the collector drains and
 * repeats until a pass visits nothing (chains: a value that is another entry's key). */
void ephemeron_record(Heap *heap, GcCell *ephemeron, GcVisitor *visitor);
bool ephemerons_visit_values(Heap *heap, GcIsDeadFn is_dead, GcVisitor *visitor);
void finalizers_destroy(Heap *heap);

/* scavenge.c, mark_sweep.c, compact.c: each returns 0, or PT_ENOMEM when the memory it
 * reserves up front was refused — then it changed nothing and the heap is as before. */
int gc_scavenge(Heap *heap);
int gc_mark_compact(Heap *heap);
void compact_select_pages(Heap *heap);
void compact_evacuate(Heap *heap);
void compact_update_references(Heap *heap);

/* trace.c */
double gc_now_ms(void);
/* Records the collection that just ended and prints it when --trace-gc is on. */
void gc_record_event(Heap *heap, GcKind kind, GcReason reason, size_t used_before,
                     size_t committed_before, double start_ms, double pause_ms);
size_t heap_used_bytes(const Heap *heap);
size_t heap_committed_bytes(const Heap *heap);

/* Internal corruption only: a collector invariant found broken (e.g. the up-front page
 * reservation proved too small, which the reserve_pages_for bound rules out). Prints why and
 * aborts. Running out of memory — heap limit or system — never comes here: collections
 * reserve what they need before they start, or report PT_ENOMEM without starting. */
void gc_fatal(const char *why);

#endif
