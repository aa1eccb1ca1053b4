// Petrel's npm entry point. The embedding API (runtimes with limits, evaluation, host
// functions) grows here as the engine lands; today it runs the `petrel` command line on
// either wasm build.
import fs from 'node:fs';
import { createNodeHost } from './node-host.mjs';
import { WASI_COMMAND, WEB_MODULE } from './paths.mjs';
import { runWasiCommand } from './wasi.mjs';
import { runWebMain } from './web.mjs';

export { createNodeHost } from './node-host.mjs';

/** The package version, which is also what `petrel --version` prints. */
export const version = JSON.parse(
  fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/**
 * Runs the `petrel` command line on the web build and resolves to its exit code.
 * @param {string[]} args the arguments after `petrel`
 * @param {{ host?: object }} [options] defaults to the real file system and stdio
 */
export function runCommand(args, { host = createNodeHost() } = {}) {
  return runWebMain(WEB_MODULE, args, { host });
}

/**
 * Runs the `petrel` command line on the WASI build under node:wasi.
 * @param {string[]} args the arguments after `petrel`
 */
export function runWasi(args) {
  return runWasiCommand(WASI_COMMAND, args);
}
