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
