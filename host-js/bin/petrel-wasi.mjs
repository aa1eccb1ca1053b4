#!/usr/bin/env node
// `petrel` on the WASI build, under node:wasi: build/wasi/petrel.wasm with these arguments.
import { exitWith } from '../artifact.mjs';
import { runWasi } from '../index.mjs';

await exitWith(() => runWasi(process.argv.slice(2)));
