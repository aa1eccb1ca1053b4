// The build targets and how to run the `petrel` command of each. Every test layer that
// runs petrel (CLI cases, JS tests) goes through here, so a new target is one entry.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** name -> CMake preset, and the argv prefix that runs that target's petrel. */
export const TARGETS = {
  native: { preset: 'native', command: [path.join(ROOT, 'build/native/petrel')] },
  debug: { preset: 'debug', command: [path.join(ROOT, 'build/debug/petrel')] },
  wasi: { preset: 'wasi', command: [process.execPath, path.join(ROOT, 'host-js/bin/petrel-wasi.mjs')] },
  web: { preset: 'web', command: [process.execPath, path.join(ROOT, 'host-js/bin/petrel.mjs')] },
};

export const ALL_TARGETS = Object.keys(TARGETS);
