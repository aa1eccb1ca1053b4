// The host object the web build's imports call (wasm/web/library_petrel_host.js), backed by
// node's file system and the process's standard streams. Writes are synchronous so output
// keeps its order with stderr and survives process exit.
import fs from 'node:fs';

/** Writes every byte to a file descriptor, waiting out EAGAIN on non-blocking pipes. */
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }
}

/** Creates a host that reads the real file system and writes to this process's stdio. */
export function createNodeHost() {
  return {
    readFile(path) {
      return fs.readFileSync(path);
    },
    write(fd, bytes) {
      writeAll(fd, bytes);
    },
    cwd() {
      return process.cwd();
    },
  };
}
