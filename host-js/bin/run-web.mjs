#!/usr/bin/env node
// Runs any Emscripten build of Petrel's (a C unit test, the CLI) with the node host:
//   node host-js/bin/run-web.mjs build/web/test_flags.mjs [args...]
// CMake uses it as the web target's CROSSCOMPILING_EMULATOR, so ctest runs unit tests.
import '../v8-workaround.mjs'; // first: see the file
import path from 'node:path';
import { exitWith } from '../artifact.mjs';
import { createNodeHost } from '../node-host.mjs';
import { runWebMain } from '../web.mjs';

const [modulePath, ...args] = process.argv.slice(2);
if (!modulePath) {
  process.stderr.write('usage: run-web.mjs MODULE.mjs [args...]\n');
  process.exit(2);
}
await exitWith(() => runWebMain(path.resolve(modulePath), args, {
  host: createNodeHost(),
  programName: path.basename(modulePath, '.mjs'),
}));
