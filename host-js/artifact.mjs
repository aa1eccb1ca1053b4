// Reads a build artifact, turning "not built yet" into an error that says what to run.
import fs from 'node:fs';

/** An artifact of the C build is missing: the message names it and the build command. */
export class MissingBuildError extends Error {
  constructor(path) {
    super(`${path} is not built; run \`npm run build\` (or \`npm test\`) first`);
    this.name = 'MissingBuildError';
    this.path = path;
  }
}

/** Returns the artifact's bytes (nothing when probeOnly), or throws MissingBuildError. */
export function readArtifact(path, { probeOnly = false } = {}) {
  if (!fs.existsSync(path)) throw new MissingBuildError(path);
  return probeOnly ? undefined : fs.readFileSync(path);
}

/** Runs a command's body and sets the exit code; a missing build is one line, not a trace. */
export async function exitWith(run) {
  try {
    process.exitCode = await run();
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    process.stderr.write(`petrel: ${error.message}\n`);
    process.exitCode = 1;
  }
}
