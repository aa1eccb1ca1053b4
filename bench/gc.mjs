// The GC micro-benchmark (bench/gc_bench.c) on the native, WASI and web builds: allocation
// throughput of short-lived cells, scavenge pause p50/p99, promotion rate. Printed as the
// program prints them, plus the wasm builds' throughput as a ratio of native's.
import path from 'node:path';
import { run } from '../tests/lib/process.mjs';
import { ROOT } from '../tests/lib/targets.mjs';

export async function benchGc() {
  const node = process.execPath;
  const variants = [
    ['native', [path.join(ROOT, 'build/native/gc_bench')]],
    ['wasi', [node, path.join(ROOT, 'host-js/bin/run-wasi.mjs'), path.join(ROOT, 'build/wasi/gc_bench.wasm')]],
    ['web', [node, path.join(ROOT, 'host-js/bin/run-web.mjs'), path.join(ROOT, 'build/web/gc_bench.mjs')]],
  ];
  console.log('gc: short-lived cells through a 1 MiB semispace, 4096 kept in a ring');
  let nativeRate = null;
  for (const [name, command] of variants) {
    const result = await run(command, { timeoutMs: 600_000 });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
    const rate = Number(/allocation throughput: ([\d.]+) MB\/s/.exec(result.stdout)?.[1]);
    nativeRate ??= rate;
    console.log(`  ${name}:${nativeRate && rate ? ` ${(rate / nativeRate).toFixed(2)}x native throughput` : ''}`);
    console.log(result.stdout.trimEnd().replace(/^/gm, '    '));
  }
}
