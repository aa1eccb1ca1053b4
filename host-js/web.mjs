// Instantiates an Emscripten build of Petrel (the CLI or a C unit test) and runs its main.
// Emscripten 3.1.6's glue would fetch() the .wasm from a file path under node 20, so the
// bytes are read here and passed in as wasmBinary; the build is linked for web/worker
// environments, so the glue never reaches for node's require or __dirname.
import { readArtifact } from './artifact.mjs';
import { pathToFileURL } from 'node:url';

/** Exit code for a guest fault (a trap or an abort inside the wasm module). */
export const EXIT_INTERNAL_ERROR = 70;

/**
 * Runs `main` of an Emscripten-built module and resolves to its exit code.
 * @param {string} modulePath path of the .mjs glue; its .wasm sits beside it
 * @param {string[]} args arguments after argv[0]
 * @param {{ host: object, programName?: string }} options
 */
export async function runWebMain(modulePath, args, { host, programName = 'petrel' }) {
  const wasmPath = modulePath.replace(/\.mjs$/, '.wasm');
  readArtifact(modulePath, { probeOnly: true });
  const { default: createModule } = await import(pathToFileURL(modulePath).href);
  const stderr = (text) => host.write(2, new TextEncoder().encode(text + '\n'));
  const module = await createModule({
    wasmBinary: readArtifact(wasmPath),
    petrelHost: host,
    thisProgram: programName,
    print: stderr, // stray glue output (aborts); program output goes through petrelHost
    printErr: stderr,
  });
  try {
    return module.callMain(args);
  } catch (error) {
    stderr(`${programName}: internal error: ${error && error.message ? error.message : error}`);
    return EXIT_INTERNAL_ERROR;
  }
}
