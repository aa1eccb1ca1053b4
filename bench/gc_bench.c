/* GC micro-benchmark (native; not a test): allocation throughput of short-lived cells,
 * scavenge pause p50/p99 and the promotion rate, for a workload shaped like an interpreter
 * loop — small cells, most dead at once, a few kept a while in a ring of roots, a safepoint
 * after every iteration. Numbers are printed, never asserted (see bench/README.md).
 *
 *   gc_bench [--cells=N] [--semi-space-kb=N] [--keep=N] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/out.h"
#include "heap/heap.h"

#include "bench_util.h"

int main(int argc, char **argv) {
  long cells = 5000000, semi_kb = 1024, keep = 4096;
  for (int i = 1; i < argc; i++) {
    if (strncmp(argv[i], "--cells=", 8) == 0) cells = atol(argv[i] + 8);
    else if (strncmp(argv[i], "--semi-space-kb=", 16) == 0) semi_kb = atol(argv[i] + 16);
    else if (strncmp(argv[i], "--keep=", 7) == 0) keep = atol(argv[i] + 7);
    else {
      out_printf(OUT_STDERR, "gc_bench: unknown option %s\n", argv[i]);
      return 2;
    }
  }
  HeapConfig config;
  heap_config_default(&config);
  config.max_semi_space_size = (size_t)semi_kb * 1024;
  Heap *heap = NULL;
  if (heap_new(&config, &heap) != 0 || keep <= 0) return 1;
  GcCell *ring_cell = heap_alloc_slots(heap, (uint32_t)keep, 0, true);
  if (ring_cell == NULL) return 1;
  JSValue ring = js_from_cell(JS_TAG_OBJECT, ring_cell);
  heap_add_root(heap, &ring);

  size_t pause_capacity = 1024, pause_count = 0;
  double *pauses = malloc(pause_capacity * sizeof *pauses);
  uint64_t scavenges = 0;
  uint64_t state = 88172645463325252u;
  double start = bench_now_ms();
  for (long i = 0; i < cells; i++) {
    GcCell *cell = heap_alloc_slots(heap, 2 + (uint32_t)(i & 3), 0, false);
    if (cell == NULL) {
      out_printf(OUT_STDERR, "gc_bench: out of memory\n");
      return 1;
    }
    gc_slots(cell)->slots[0] = js_from_int32((int32_t)i);
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    if ((state & 63) == 0) { /* ~1.6% of cells stay reachable for a while */
      GcCell *host = (GcCell *)js_to_cell(ring);
      gc_store_value(heap, host, &gc_slots(host)->slots[(state >> 8) % (uint64_t)keep],
                     js_from_cell(JS_TAG_OBJECT, cell));
    }
    if (heap_gc_requested(heap) != GC_NONE) {
      HeapStats before;
      heap_get_stats(heap, &before);
      if (gc_safepoint(heap) != 0) { /* the system refused the collection's reserve */
        out_printf(OUT_STDERR, "gc_bench: out of system memory for a collection\n");
        return 1;
      }
      HeapStats after;
      heap_get_stats(heap, &after);
      if (after.scavenge_count > before.scavenge_count) {
        scavenges++;
        if (pause_count == pause_capacity) {
          pause_capacity *= 2;
          pauses = realloc(pauses, pause_capacity * sizeof *pauses);
          if (pauses == NULL) return 1;
        }
        pauses[pause_count++] = after.last_pause_ms;
      }
    }
  }
  double elapsed = bench_now_ms() - start;
  HeapStats stats;
  heap_get_stats(heap, &stats);
  bench_sort(pauses, pause_count);
  double allocated_mb = (double)stats.allocated_bytes_total / (1024.0 * 1024.0);
  out_printf(OUT_STDOUT, "gc_bench: %ld cells, %.1f MB allocated in %.1f ms (semispace %ld KiB)\n", cells,
             allocated_mb, elapsed, semi_kb);
  out_printf(OUT_STDOUT, "allocation throughput: %.1f MB/s, %.2f M cells/s (GC included)\n",
             allocated_mb / (elapsed / 1000.0), (double)cells / (elapsed / 1000.0) / 1e6);
  out_printf(OUT_STDOUT, "scavenges: %llu, pause p50 %.3f ms, p99 %.3f ms, max %.3f ms, total %.1f ms\n",
             (unsigned long long)scavenges, bench_percentile(pauses, pause_count, 0.5),
             bench_percentile(pauses, pause_count, 0.99), pause_count ? pauses[pause_count - 1] : 0.0,
             stats.scavenge_ms_total);
  out_printf(OUT_STDOUT, "mark-compacts: %llu, total %.1f ms\n", (unsigned long long)stats.mark_compact_count,
             stats.mark_compact_ms_total);
  out_printf(OUT_STDOUT, "promotion rate: %.2f%% of allocated bytes (%.2f MB promoted, %.2f MB copied within new space)\n",
             100.0 * (double)stats.promoted_bytes_total / (double)stats.allocated_bytes_total,
             (double)stats.promoted_bytes_total / (1024.0 * 1024.0),
             (double)stats.survived_bytes_total / (1024.0 * 1024.0));
  free(pauses);
  heap_remove_root(heap, &ring);
  heap_free(heap);
  return 0;
}
