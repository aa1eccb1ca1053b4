// Imported first by the commands in bin/ (never by the library: V8 flags are process-wide).
//
// node 20's V8 crashes — "Fatal error ... unreachable code" in
// MarkCompactCollector::ProcessEphemerons, or a segfault — when a wasm module grows its
// memory with memory.grow (Runtime_WasmMemoryGrow -> GrowWasmMemoryInPlace ->
// AdjustAmountOfExternalAllocatedMemory) while concurrent marking is running. The WASI build
// hits it whenever wasi-libc's malloc grows memory under a busy V8 heap: 6 of 6 runs of
// `parse_bench.wasm` on a 14 MB file crashed; with concurrent marking off, 0 of 18 did.
// Marking on the main thread costs node a little GC latency and nothing else.
import v8 from 'node:v8';

v8.setFlagsFromString('--no-concurrent-marking');
