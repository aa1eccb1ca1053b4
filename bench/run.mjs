#!/usr/bin/env node
// The benchmark harness's entry point (npm run bench). Workloads arrive with the engine.
process.stderr.write('bench: no benchmarks yet: the engine does not run JavaScript yet (see bench/README.md)\n');
process.exitCode = 1;
