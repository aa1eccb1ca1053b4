/* The GC heap: Petrel's own generational, precise, moving collector in linear memory.
 * This header is all that code outside src/heap/ may use; see docs/heap.md.
 *
 * Invariants every caller relies on (DESIGN.md, "Heap and GC — invariants"):
 *  - Allocation never collects. A full new space sets the GC request and the allocation goes
 *    to old space instead; gc_safepoint() is the only place a collection starts (besides an
 *    explicit heap_collect()). Between two safepoints raw cell pointers stay valid.
 *  - Across a safepoint, only values the collector can see survive, and they may move:
 *    frame slots (a root provider), global roots, handles, persistent table entries.
 *  - Every store of a reference into a cell goes through gc_store_value()/gc_store_cell()
 *    (or gc_write_barrier() right after a plain store): old→young references are remembered.
 *  - Out of memory is an error returned to the caller (NULL or PT_ENOMEM), never an abort;
 *    the heap stays consistent and usable. */
#ifndef PETREL_HEAP_HEAP_H
#define PETREL_HEAP_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "objects/value.h"

typedef struct Heap Heap;

/* Regular pages: new-space and old-space cells live in GC_PAGE_SIZE-aligned pages. */
#define GC_PAGE_SIZE ((size_t)256 * 1024)
/* Cells larger than this go to the large-object space, one per page, never moved. */
#define GC_LARGE_OBJECT_THRESHOLD ((size_t)16 * 1024)
#define GC_ALIGNMENT ((size_t)8)
/* Header plus one word: room for a free-list link when the cell dies. */
#define GC_MIN_CELL_SIZE ((size_t)16)

typedef enum CellType {
#define X(name, trace, trace_weak) CELL_##name,
#include "heap/cell_types.def"
#undef X
  CELL_TYPE_COUNT
} CellType;

/* Every cell starts with this word. Layout (bit 0 first):
 *   0 forwarded: the rest of the word is the cell's new address (only during a GC)
 *   1 marked (major GC)   2 remembered (in the old→young remembered set)
 *   3-4 age: scavenges survived   5 old generation   6 large object
 *   8-15 CellType   32-63 size in bytes, header included, a multiple of 8 */
typedef struct GcCell {
  uint64_t header;
} GcCell;

enum {
  GC_HEADER_FORWARDED = 1u << 0,
  GC_HEADER_MARKED = 1u << 1,
  GC_HEADER_REMEMBERED = 1u << 2,
  GC_HEADER_AGE_SHIFT = 3,
  GC_HEADER_AGE_MASK = 3u << 3,
  GC_HEADER_OLD = 1u << 5,
  GC_HEADER_LARGE = 1u << 6,
  GC_HEADER_TYPE_SHIFT = 8,
  GC_HEADER_SIZE_SHIFT = 32
};

static inline CellType gc_cell_type(const GcCell *cell) {
  return (CellType)((cell->header >> GC_HEADER_TYPE_SHIFT) & 0xFF);
}
static inline size_t gc_cell_size(const GcCell *cell) {
  return (size_t)(cell->header >> GC_HEADER_SIZE_SHIFT);
}
/* True for old-space and large cells: the barrier's host test and its target test. */
static inline bool gc_cell_is_old(const GcCell *cell) {
  return (cell->header & GC_HEADER_OLD) != 0;
}
static inline void *gc_cell_payload(GcCell *cell) { return cell + 1; }

/* The generic cell with JSValue slots and raw bytes (CELL_SLOTS): tests use it, and the
 * object layer may reuse it for arrays of values (contexts, elements backing stores). */
typedef struct GcSlots {
  GcCell cell;
  uint32_t count;
  uint32_t raw_bytes;
  JSValue slots[];
} GcSlots;

static inline GcSlots *gc_slots(GcCell *cell) { return (GcSlots *)cell; }
static inline unsigned char *gc_slots_raw(GcCell *cell) {
  return (unsigned char *)(gc_slots(cell)->slots + gc_slots(cell)->count);
}

/* A weak reference (CELL_WEAK_REF): target becomes undefined once nothing else keeps it. */
typedef struct GcWeakRef {
  GcCell cell;
  JSValue target;
} GcWeakRef;

/* An ephemeron (CELL_EPHEMERON): `value` is reachable only while `key` is (a WeakMap or
 * WeakSet entry). Neither slot keeps anything alive by itself; once the key dies both become
 * undefined. A key that is not a cell never dies (the value is then held strongly). */
typedef struct GcEphemeron {
  GcCell cell;
  JSValue key;
  JSValue value;
} GcEphemeron;

/* --- tracing ------------------------------------------------------------------------------
 * A visitor is handed each reference; it returns the cell's (possibly new) address, which
 * gc_visit_* write back — or NULL, when a weak slot's target died, which clears the slot
 * (undefined, or a NULL pointer). Trace functions (cell_types.def) and root providers call
 * these. */
typedef struct GcVisitor GcVisitor;
struct GcVisitor {
  GcCell *(*visit)(GcVisitor *self, GcCell *cell);
};
typedef void (*GcTraceFn)(GcCell *cell, GcVisitor *visitor);

static inline void gc_visit_value(GcVisitor *visitor, JSValue *slot) {
  if (!js_is_cell(*slot)) return;
  GcCell *cell = (GcCell *)js_to_cell(*slot);
  GcCell *moved = visitor->visit(visitor, cell);
  if (moved != cell) *slot = moved != NULL ? js_retarget_cell(*slot, moved) : JS_UNDEFINED;
}
/* For untagged cell pointers (shape, code, backing-store fields); NULL is skipped. */
static inline void gc_visit_cell(GcVisitor *visitor, GcCell **slot) {
  if (*slot != NULL) *slot = visitor->visit(visitor, *slot);
}
static inline void gc_visit_range(GcVisitor *visitor, JSValue *slots, size_t count) {
  for (size_t i = 0; i < count; i++) gc_visit_value(visitor, &slots[i]);
}

/* --- configuration and lifetime ------------------------------------------------------------ */

typedef struct HeapConfig {
  size_t max_semi_space_size; /* bytes per semispace (--max-semi-space-size MB × 2^20), whole pages */
  size_t max_old_space_size;  /* bytes of old + large cells before allocation fails (--max-old-space-size) */
  bool gc_stress;             /* --gc-stress: collect at every safepoint, poison evacuated space */
  bool trace_gc;              /* --trace-gc: one V8-style line per collection on stderr */
  bool never_compact;         /* --never-compact: mark-sweep only (old pages never move) */
  int trace_pid;              /* the process id --trace-gc prints (the runtime knows it) */
  size_t mark_stack_limit;    /* mark-stack entries before marking rescans instead (bounds GC memory); 0: 64 Ki */
} HeapConfig;

/* V8-like defaults scaled for wasm: 1 MiB semispaces, 512 MiB old space, compaction on,
 * no stress, no trace. */
void heap_config_default(HeapConfig *config);

/* Creates a heap; returns 0 or PT_ENOMEM / PT_EINVAL (config out of range). */
int heap_new(const HeapConfig *config, Heap **out_heap);
/* Frees every page and table; pending finalizers are dropped without running. */
void heap_free(Heap *heap);

/* --- allocation ---------------------------------------------------------------------------- */

/* Allocates a zero-filled cell of `size` bytes (header included, rounded up to 8, at least
 * GC_MIN_CELL_SIZE). Never collects. Returns NULL when the old-space limit would be exceeded:
 * out of memory, reported to the caller, and a major GC is requested for the next safepoint. */
GcCell *heap_alloc(Heap *heap, CellType type, size_t size);
/* Like heap_alloc, but directly in old space (V8's AllocationType::kOld): for cells known
 * to live long (shapes, code, the startup snapshot's contents). NULL on OOM. */
GcCell *heap_alloc_tenured(Heap *heap, CellType type, size_t size);
/* A CELL_SLOTS cell: `count` slots set to undefined, then `raw_bytes` zero bytes, young or
 * (tenured) old; NULL on OOM. */
GcCell *heap_alloc_slots(Heap *heap, uint32_t count, uint32_t raw_bytes, bool tenured);
/* A weak reference to `target` (any value; only cell targets are ever cleared); NULL on OOM. */
GcCell *heap_alloc_weak_ref(Heap *heap, JSValue target);
/* The target, or undefined once it died. */
static inline JSValue gc_weak_ref_get(GcCell *weak_ref) { return ((GcWeakRef *)weak_ref)->target; }
/* An ephemeron key → value; NULL on OOM. Store into it later with gc_store_value. */
GcCell *heap_alloc_ephemeron(Heap *heap, JSValue key, JSValue value);
static inline GcEphemeron *gc_ephemeron(GcCell *cell) { return (GcEphemeron *)cell; }

/* --- write barrier ------------------------------------------------------------------------- */

/* Records `host` in the remembered set; the slow half of gc_write_barrier. */
void heap_remember(Heap *heap, GcCell *host);

/* Call after storing `value` into `host`: an old cell that now points to a young one is
 * remembered, so a scavenge finds the young cell without scanning old space. */
static inline void gc_write_barrier(Heap *heap, GcCell *host, JSValue value) {
  if ((host->header & (GC_HEADER_OLD | GC_HEADER_REMEMBERED)) == GC_HEADER_OLD &&
      js_is_cell(value) && !gc_cell_is_old((GcCell *)js_to_cell(value))) {
    heap_remember(heap, host);
  }
}
/* The way to store into a cell's JSValue slot: the store, then the barrier. */
static inline void gc_store_value(Heap *heap, GcCell *host, JSValue *slot, JSValue value) {
  *slot = value;
  gc_write_barrier(heap, host, value);
}
/* The same for an untagged cell-pointer field (NULL allowed). */
static inline void gc_store_cell(Heap *heap, GcCell *host, GcCell **slot, GcCell *value) {
  *slot = value;
  if (value != NULL) gc_write_barrier(heap, host, js_from_cell(JS_TAG_CELL, value));
}

/* --- safepoints and collection ------------------------------------------------------------- */

typedef enum GcKind { GC_NONE = 0, GC_SCAVENGE = 1, GC_MARK_COMPACT = 2 } GcKind;

/* Why a collection ran; printed by --trace-gc in V8's words. */
typedef enum GcReason {
  GC_REASON_ALLOCATION_FAILURE, /* new space full */
  GC_REASON_ALLOCATION_LIMIT,   /* old space grew past its next-GC threshold */
  GC_REASON_LAST_RESORT,        /* an allocation failed: the heap limit was reached */
  GC_REASON_STRESS,             /* --gc-stress */
  GC_REASON_TESTING             /* explicit request: tests, gc(), the embedder */
} GcReason;

/* The collection requested for the next safepoint (GC_NONE when none is due; under
 * --gc-stress always at least GC_SCAVENGE). */
GcKind heap_gc_requested(const Heap *heap);

/* The interpreter's and JIT code's poll: true when gc_safepoint() would collect. The
 * request is the first member of the Heap struct, so JIT code loads an i32 at the heap's
 * address. Under --gc-stress it is always set. */
static inline bool gc_safepoint_pending(const Heap *heap) {
  return *(const GcKind *)(const void *)heap != GC_NONE;
}

/* The only place a collection starts on its own: the interpreter and JIT code call this at
 * back-edges, calls and returns, when every live value is in a frame slot, root or handle.
 * Returns 0 (collected, or nothing was due) or PT_ENOMEM: see heap_collect. */
int gc_safepoint(Heap *heap);

/* Asks for a collection at the next safepoint (a leaf may call it: nothing collects here).
 * The stronger of this and any pending request wins. */
void heap_request_gc(Heap *heap, GcKind kind, GcReason reason);

/* Collects now (same preconditions as a safepoint). A mark-compact also empties new space.
 * A collection reserves the system memory it may need (pages for promotion or evacuation)
 * before it changes anything; a mark-compact that cannot reserve for compaction sweeps
 * without compacting. Returns 0, or PT_ENOMEM when the system refused even that: nothing
 * was collected (cells did not move), the heap is consistent and usable, the request stays
 * pending, and HeapStats.gc_failures counts it. A later call may succeed. */
int heap_collect(Heap *heap, GcKind kind, GcReason reason);

/* Testing only (fault injection): after `count` more successful system allocations — pages,
 * and the collector's up-front list reservations — every further one is refused, as a wasm
 * memory that cannot grow would. A negative count turns it off. */
void heap_fail_page_allocations_after(Heap *heap, long long count);

/* --- roots --------------------------------------------------------------------------------- */

/* Visits a set of slots at every GC (the interpreter registers one for its VM stack). */
typedef void (*GcRootFn)(GcVisitor *visitor, void *data);
/* Registers a provider; returns 0 or PT_ENOMEM. */
int heap_add_root_provider(Heap *heap, GcRootFn fn, void *data);
/* Unregisters the provider added with the same fn and data. */
void heap_remove_root_provider(Heap *heap, GcRootFn fn, void *data);
/* A C global holding a value: the slot is read and updated at every GC; 0 or PT_ENOMEM. */
int heap_add_root(Heap *heap, JSValue *slot);
/* Stops treating the slot as a root (before the C variable goes away). */
void heap_remove_root(Heap *heap, JSValue *slot);

/* Persistent table: rooted values named by a small integer, for embedder and event-loop
 * handles whose C side outlives any scope (the id fits in a uv handle's data). */
/* Stores value under a fresh (or recycled) id; returns 0 or PT_ENOMEM. */
int heap_persistent_new(Heap *heap, JSValue value, uint32_t *out_id);
/* The value now (it may have moved since it was stored). */
JSValue heap_persistent_get(const Heap *heap, uint32_t id);
/* Replaces the value; no barrier needed, the table is a root. */
void heap_persistent_set(Heap *heap, uint32_t id, JSValue value);
/* Releases the id, and with it the root. */
void heap_persistent_free(Heap *heap, uint32_t id);

/* Handle scopes: the few C paths that call JS keep their values in handles, which the GC
 * updates. A scope records the handle stack's depth; closing it drops newer handles. */
typedef struct HandleScope {
  size_t depth;
} HandleScope;
/* Opens a scope: handles made from now on belong to it. */
void heap_scope_open(Heap *heap, HandleScope *scope);
/* Closes it (scopes close in reverse order of opening): its handles stop being roots. */
void heap_scope_close(Heap *heap, HandleScope *scope);
/* A handle holding `value` in the innermost scope; read and write it through the pointer,
 * which stays valid until the scope closes. NULL when out of memory. */
JSValue *heap_handle_new(Heap *heap, JSValue value);

/* --- weak references and finalization -------------------------------------------------------- */

/* Called, outside any GC, once `target` has died. */
typedef void (*GcFinalizerFn)(void *data);
/* Registers a finalization hook for a cell; returns 0 or PT_ENOMEM. */
int heap_register_finalizer(Heap *heap, GcCell *target, GcFinalizerFn fn, void *data);
/* Drops every registration with this fn and data (FinalizationRegistry.unregister); returns
 * how many were dropped. */
size_t heap_unregister_finalizer(Heap *heap, GcFinalizerFn fn, void *data);
/* Runs the hooks of dead targets queued by past collections; the event loop calls this
 * between tasks. Hooks may allocate. Returns how many ran. */
size_t heap_run_finalizers(Heap *heap);

/* --- statistics and checking ----------------------------------------------------------------- */

/* What process.memoryUsage() and v8.getHeapStatistics() will report. Bytes and milliseconds. */
typedef struct HeapStats {
  size_t new_space_used, new_space_capacity;     /* capacity: both semispaces */
  size_t old_space_used, old_space_committed;
  size_t large_object_used, large_object_committed;
  size_t total_used, total_committed, heap_limit;
  uint64_t scavenge_count, mark_compact_count;
  double scavenge_ms_total, mark_compact_ms_total, last_pause_ms, max_pause_ms;
  uint64_t allocated_bytes_total;   /* every byte ever allocated */
  uint64_t promoted_bytes_total;    /* bytes moved from new to old space */
  uint64_t survived_bytes_total;    /* bytes copied within new space */
  uint64_t weak_refs_cleared, finalizers_pending, finalizers_run;
  uint64_t allocation_failures;     /* NULLs returned by heap_alloc */
  uint64_t gc_failures;             /* collections not run: the system refused their reserve */
} HeapStats;
/* Fills *stats with the current figures (cheap: no heap walk). */
void heap_get_stats(const Heap *heap, HeapStats *stats);

/* Formats the last collection as --trace-gc prints it (without the newline):
 * "[pid:0xheap]       12 ms: Scavenge 4.1 (6.0) -> 1.2 (6.0) MB, 0.4 / 0.0 ms  (allocation failure)".
 * The playground's GC timeline and tests read it; "no collection yet" before the first. */
void heap_format_last_gc(const Heap *heap, char *buffer, size_t size);

/* The name of a cell type ("SLOTS"), for traces and debugging. */
const char *heap_cell_type_name(CellType type);

/* Walks every page and checks the heap's invariants (walkable pages, valid references, no
 * unremembered old→young reference). Returns 0 or a negative count of problems, each printed
 * to stderr. For tests and --gc-stress debugging; not cheap. */
int heap_verify(Heap *heap);

#endif
