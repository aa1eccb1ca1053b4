#!/usr/bin/env node
// Runs any WASI command of Petrel's (a C unit test, the CLI) under node:wasi:
//   node host-js/bin/run-wasi.mjs build/wasi/test_flags.wasm [args...]
// CMake uses it as the wasi target's CROSSCOMPILING_EMULATOR, so ctest runs unit tests.
import '../v8-workaround.mjs'; // first: see the file
import path from 'node:path';
import { exitWith } from '../artifact.mjs';
import { runWasiCommand } from '../wasi.mjs';

const [wasmPath, ...args] = process.argv.slice(2);
if (!wasmPath) {
  process.stderr.write('usage: run-wasi.mjs COMMAND.wasm [args...]\n');
  process.exit(2);
}
await exitWith(() => runWasiCommand(path.resolve(wasmPath), args, {
  programName: path.basename(wasmPath, '.wasm'),
}));
