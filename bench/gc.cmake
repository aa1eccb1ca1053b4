# GC micro-benchmark, on every target: allocation throughput, scavenge pauses, promotion.
petrel_executable(gc_bench bench/gc_bench.c)
