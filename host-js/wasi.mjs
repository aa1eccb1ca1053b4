// Runs a WASI command (build/wasi/petrel.wasm or a C unit test built for WASI) under
// node:wasi. "/" is preopened and PWD carries the working directory, which the command
// enters at start-up (src/base/sys_posix.c), so relative paths resolve as on the host.
import { readArtifact } from './artifact.mjs';

/** Drops node's one-time "WASI is an experimental feature" warning, and only that one. */
function silenceWasiWarning() {
  if (process.emitWarning.petrelFiltered) return;
  const emitWarning = process.emitWarning;
  const filtered = function (warning, ...rest) {
    const text = typeof warning === 'string' ? warning : warning && warning.message;
    if (/WASI is an experimental feature/.test(text || '')) return;
    return emitWarning.call(process, warning, ...rest);
  };
  filtered.petrelFiltered = true;
  process.emitWarning = filtered;
}

/**
 * Runs the command's _start and resolves to its exit code.
 * @param {string} wasmPath
 * @param {string[]} args arguments after argv[0]
 * @param {{ programName?: string, env?: Record<string,string> }} [options]
 */
export async function runWasiCommand(wasmPath, args, { programName = 'petrel', env = process.env } = {}) {
  silenceWasiWarning();
  const { WASI } = await import('node:wasi');
  const wasi = new WASI({
    version: 'preview1',
    args: [programName, ...args],
    env: { ...env, PWD: process.cwd() },
    preopens: { '/': '/' },
    returnOnExit: true,
  });
  const module = await WebAssembly.compile(readArtifact(wasmPath));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  return wasi.start(instance);
}
