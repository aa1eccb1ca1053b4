# Parse throughput, on every target: the same C parser natively and in both wasm builds.
petrel_executable(parse_bench bench/parse_bench.c)
