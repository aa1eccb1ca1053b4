/* --trace-gc: one line per collection in V8's format, through base/out.h (never printf: the
 * web build's host owns stdout), plus the clock and the used/committed totals it prints.
 *   [pid:0xheap]      12 ms: Scavenge 4.1 (6.0) -> 1.2 (6.0) MB, 0.4 / 0.0 ms  (allocation failure)
 * Sizes are used (committed) MB before -> after; the second pause figure is V8's time spent
 * in incremental steps, always 0.0 here since Petrel's collections are not incremental. */
#include <inttypes.h>
#include <stdio.h>
#include <time.h>

#include "base/out.h"
#include "heap/heap_internal.h"

static const char *const reason_names[] = {
  [GC_REASON_ALLOCATION_FAILURE] = "allocation failure",
  [GC_REASON_ALLOCATION_LIMIT] = "allocation limit",
  [GC_REASON_LAST_RESORT] = "last resort",
  [GC_REASON_STRESS] = "gc stress",
  [GC_REASON_TESTING] = "testing",
};

double gc_now_ms(void) {
  struct timespec now;
  if (clock_gettime(CLOCK_MONOTONIC, &now) != 0) return 0;
  return (double)now.tv_sec * 1000.0 + (double)now.tv_nsec / 1e6;
}

size_t heap_used_bytes(const Heap *heap) {
  return new_space_used(heap) + heap->old_space.used + heap->large_space.used;
}

size_t heap_committed_bytes(const Heap *heap) {
  return (2 * heap->new_space.semi_pages + heap->old_space.page_count) * GC_PAGE_SIZE +
         heap->large_space.committed;
}

void gc_record_event(Heap *heap, GcKind kind, GcReason reason, size_t used_before,
                     size_t committed_before, double start_ms, double pause_ms) {
  heap->last_event = (GcEvent){kind, reason, start_ms - heap->start_ms, pause_ms, used_before,
                               committed_before, heap_used_bytes(heap), heap_committed_bytes(heap)};
  if (heap->config.trace_gc) {
    char line[256];
    heap_format_last_gc(heap, line, sizeof line);
    out_printf(OUT_STDERR, "%s\n", line);
  }
}

void heap_format_last_gc(const Heap *heap, char *buffer, size_t size) {
  const GcEvent *event = &heap->last_event;
  const double mb = 1024.0 * 1024.0;
  if (event->kind == GC_NONE) {
    snprintf(buffer, size, "no collection yet");
    return;
  }
  snprintf(buffer, size,
           "[%d:0x%" PRIxPTR "] %8.0f ms: %s %.1f (%.1f) -> %.1f (%.1f) MB, %.1f / %.1f ms  (%s)",
           heap->config.trace_pid, (uintptr_t)heap, event->time_ms,
           event->kind == GC_SCAVENGE ? "Scavenge" : "Mark-Compact",
           (double)event->used_before / mb, (double)event->committed_before / mb,
           (double)event->used_after / mb, (double)event->committed_after / mb, event->pause_ms,
           0.0, reason_names[event->reason]);
}
