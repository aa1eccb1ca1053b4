#!/usr/bin/env node
// `petrel` on the WASI build, under node:wasi: build/wasi/petrel.wasm with these arguments.
import { runWasi } from '../index.mjs';

try {
  process.exitCode = await runWasi(process.argv.slice(2));
} catch (error) {
  if (error.name !== 'MissingBuildError') throw error;
  process.stderr.write(`petrel: ${error.message}\n`);
  process.exitCode = 1;
}
