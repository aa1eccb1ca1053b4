/* Observability and stress mode: --trace-gc lines in V8's shape, the statistics struct, and
 * --gc-stress (every safepoint collects; evacuated space is poisoned — and natively
 * protected, so a stale read there would fault). */
#include <stdio.h>
#include <string.h>

#include "heap_test.h"

typedef struct TraceLine {
  int pid;
  double time, used_before, committed_before, used_after, committed_after, pause, incremental;
  char kind[32], reason[64];
} TraceLine;

static bool parse_line(const char *line, TraceLine *out) {
  int matched = sscanf(line, "[%d:0x%*[0-9a-f]] %lf ms: %31s %lf (%lf) -> %lf (%lf) MB, %lf / %lf ms  (%63[^)])",
                       &out->pid, &out->time, out->kind, &out->used_before, &out->committed_before,
                       &out->used_after, &out->committed_after, &out->pause, &out->incremental, out->reason);
  return matched == 10;
}

static void trace_lines_have_v8_shape(int argc, char **argv) {
  HeapConfig config;
  heap_config_default(&config);
  config.trace_pid = 4242;
  config.max_semi_space_size = 2 * GC_PAGE_SIZE;
  Heap *heap = NULL;
  CHECK_INT(heap_new(&config, &heap), 0);
  char line[256];
  heap_format_last_gc(heap, line, sizeof line);
  CHECK_STR(line, "no collection yet");

  JSValue keep = JS_NULL;
  heap_add_root(heap, &keep);
  for (int i = 0; i < 20000; i++) {
    GcCell *cell = test_node(heap, 1, 4, false);
    if (i % 4 == 0) {
      gc_store_value(heap, cell, &gc_slots(cell)->slots[0], keep);
      keep = test_ref(cell);
    }
  }
  CHECK_INT(heap_gc_requested(heap), GC_SCAVENGE);
  CHECK_INT(gc_safepoint(heap), 0);
  heap_format_last_gc(heap, line, sizeof line);
  out_printf(OUT_STDOUT, "# %s\n", line);
  TraceLine parsed;
  CHECK(parse_line(line, &parsed));
  CHECK_INT(parsed.pid, 4242);
  CHECK_STR(parsed.kind, "Scavenge");
  CHECK_STR(parsed.reason, "allocation failure");
  CHECK(parsed.used_before > parsed.used_after);
  CHECK(parsed.used_before <= parsed.committed_before);
  CHECK(parsed.pause >= 0 && parsed.incremental == 0);
  /* V8's columns: "] " then the time right-aligned in 8 characters, then " ms: ". */
  const char *bracket = strchr(line, ']');
  CHECK(bracket != NULL && strncmp(bracket + 10, " ms: Scavenge ", 14) == 0);
  HeapStats stats = test_stats(heap);
  double used_mb = (double)stats.total_used / (1024.0 * 1024.0);
  CHECK(parsed.used_after > used_mb - 0.051 && parsed.used_after < used_mb + 0.051);

  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  heap_format_last_gc(heap, line, sizeof line);
  out_printf(OUT_STDOUT, "# %s\n", line);
  CHECK(parse_line(line, &parsed));
  CHECK_STR(parsed.kind, "Mark-Compact");
  CHECK_STR(parsed.reason, "testing");
  CHECK(strstr(line, " MB, ") != NULL && strstr(line, " ms  (testing)") != NULL);
  heap_remove_root(heap, &keep);
  heap_free(heap);
}

static void statistics(int argc, char **argv) {
  Heap *heap = test_heap();
  HeapStats stats = test_stats(heap);
  CHECK_INT(stats.total_used, 0);
  CHECK_INT(stats.new_space_capacity, 2 * GC_PAGE_SIZE);
  CHECK_INT(stats.heap_limit, ((size_t)64 << 20) + 2 * GC_PAGE_SIZE);
  JSValue root = test_ref(test_node(heap, 1, 0, false));
  heap_add_root(heap, &root);
  size_t size = gc_cell_size(test_cell(root));
  test_node(heap, 2, 0, false);
  stats = test_stats(heap);
  CHECK_INT(stats.new_space_used, 2 * size);
  CHECK_INT(stats.allocated_bytes_total, 2 * size);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  stats = test_stats(heap);
  CHECK_INT(stats.scavenge_count, 2);
  CHECK_INT(stats.mark_compact_count, 1);
  CHECK_INT(stats.survived_bytes_total, size);
  CHECK_INT(stats.promoted_bytes_total, size);
  CHECK_INT(stats.old_space_used, size);
  CHECK_INT(stats.old_space_committed, GC_PAGE_SIZE);
  CHECK_INT(stats.total_used, size);
  CHECK_INT(stats.total_committed, 3 * GC_PAGE_SIZE);
  CHECK(stats.max_pause_ms >= stats.last_pause_ms && stats.last_pause_ms >= 0);
  CHECK_STR(heap_cell_type_name(CELL_SLOTS), "SLOTS");
  CHECK_STR(heap_cell_type_name(CELL_WEAK_REF), "WEAK_REF");
  CHECK_STR(heap_cell_type_name((CellType)200), "INVALID");
  heap_remove_root(heap, &root);
  heap_free(heap);
}

static void trace_gc_prints(int argc, char **argv) {
  HeapConfig config;
  heap_config_default(&config);
  config.trace_gc = true;
  Heap *heap = NULL;
  CHECK_INT(heap_new(&config, &heap), 0);
  out_printf(OUT_STDOUT, "# two --trace-gc lines on stderr expected\n");
  CHECK_INT(heap_collect(heap, GC_SCAVENGE, GC_REASON_TESTING), 0);
  CHECK_INT(heap_collect(heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  CHECK_INT(test_stats(heap).scavenge_count + test_stats(heap).mark_compact_count, 2);
  heap_free(heap);
}

static void stress_collects_at_every_safepoint(int argc, char **argv) {
  Heap *heap = test_heap_with(GC_PAGE_SIZE, (size_t)64 << 20, true);
  JSValue root = test_ref(test_node(heap, 7, 1, false));
  heap_add_root(heap, &root);
  for (int i = 0; i < 8; i++) {
    GcCell *before = test_cell(root);
    CHECK(gc_safepoint_pending(heap)); /* the poll always fires under stress */
    CHECK_INT(gc_safepoint(heap), 0);
    CHECK_INT(test_node_id(test_cell(root)), 7);
    if (i == 0) {
      CHECK(test_cell(root) != before);
#if defined(__wasm__)
      /* Linear memory cannot be protected: the evacuated copy reads as poison instead. */
      CHECK_INT(*(const unsigned char *)before, 0xDB);
      CHECK_INT(((const unsigned char *)before)[gc_cell_size(test_cell(root)) - 1], 0xDB);
#endif
    }
  }
  HeapStats stats = test_stats(heap);
  CHECK_INT(stats.scavenge_count + stats.mark_compact_count, 8);
  CHECK_INT(stats.mark_compact_count, 2);
  CHECK_INT(heap_verify(heap), 0);
  heap_remove_root(heap, &root);
  heap_free(heap);
}

static const UnitCase cases[] = {
  {"trace lines have V8's shape", trace_lines_have_v8_shape},
  {"statistics", statistics},
  {"--trace-gc prints", trace_gc_prints},
  {"--gc-stress collects at every safepoint", stress_collects_at_every_safepoint},
};

UNIT_MAIN(cases)
