#!/usr/bin/env node
// `petrel` on the WASI build, under node:wasi: build/wasi/petrel.wasm with these arguments.
import '../v8-workaround.mjs'; // first: see the file
import { exitWith } from '../artifact.mjs';
import { runWasi } from '../index.mjs';

await exitWith(() => runWasi(process.argv.slice(2)));
