// Where the build puts each target's artifacts, relative to this package.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_MODULE = path.join(ROOT, 'build/web/petrel.mjs');
export const WASI_COMMAND = path.join(ROOT, 'build/wasi/petrel.wasm');
export const NATIVE_COMMAND = path.join(ROOT, 'build/native/petrel');
