/* What the C benchmarks share: a monotonic clock in milliseconds and order statistics over
 * sorted samples. Header-only: each benchmark is its own executable. */
#ifndef PETREL_BENCH_UTIL_H
#define PETREL_BENCH_UTIL_H

#include <stddef.h>
#include <stdlib.h>
#include <time.h>

static inline double bench_now_ms(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)now.tv_sec * 1000.0 + (double)now.tv_nsec / 1e6;
}

static inline int bench_compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Sorts samples in place, ascending, so the percentile helper can index them. */
static inline void bench_sort(double *samples, size_t count) {
  qsort(samples, count, sizeof *samples, bench_compare_doubles);
}

/* The sample at `fraction` (0.5 = median) of sorted samples; 0 when there are none. */
static inline double bench_percentile(const double *sorted, size_t count, double fraction) {
  if (count == 0) return 0;
  size_t index = (size_t)(fraction * (double)(count - 1) + 0.5);
  return sorted[index];
}

#endif
