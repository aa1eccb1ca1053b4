// Imported first by the commands in bin/ (never by the library: V8 flags are process-wide).
//
// node 20's V8 crashes — "Fatal error ... unreachable code" in
// MarkCompactCollector::ProcessEphemerons, or a segfault — when a wasm module grows its
// memory with memory.grow (Runtime_WasmMemoryGrow -> GrowWasmMemoryInPlace ->
// AdjustAmountOfExternalAllocatedMemory) while an incremental/concurrent marking cycle is
// under way. The WASI build hits it whenever wasi-libc's malloc grows memory under a busy
// V8 heap: 6 of 6 runs of `parse_bench.wasm` on a 14 MB file crashed. Turning off only
// concurrent marking is not enough: it moved the crash elsewhere (test_heap_random
// --gc-stress --seed=1795450936746358468 then segfaulted at exit every time). With
// incremental marking off, neither crashes (0 of 8 and 0 of 26 runs). V8 then marks in one
// atomic pause, which costs node a little GC latency and nothing else.
import v8 from 'node:v8';

v8.setFlagsFromString('--no-incremental-marking');
