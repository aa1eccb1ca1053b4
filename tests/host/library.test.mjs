// The npm library API over the web build, with a host of the test's own: the engine's
// file reads and writes go through the host object and nowhere else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCommand, version } from '../../host-js/index.mjs';

/** An in-memory host: files from a map, output captured per stream. */
function memoryHost(files) {
  const output = { 1: '', 2: '' };
  return {
    output,
    readFile(path) {
      if (!(path in files)) {
        const error = new Error(`ENOENT: ${path}`);
        error.errno = -2;
        throw error;
      }
      return new TextEncoder().encode(files[path]);
    },
    write(fd, bytes) {
      output[fd] += new TextDecoder().decode(bytes);
    },
  };
}

test('runCommand writes through the host and returns the exit code', async () => {
  const host = memoryHost({});
  assert.equal(await runCommand(['--version'], { host }), 0);
  assert.equal(host.output[1], `v${version}\n`);
  assert.equal(host.output[2], '');
});

test('file errors reported by the host reach the user by name', async () => {
  const host = memoryHost({});
  assert.equal(await runCommand(['/virtual/missing.js'], { host }), 1);
  assert.equal(host.output[2], "petrel: cannot read '/virtual/missing.js': no such file or directory (ENOENT)\n");
});

test('a host without errno gives EIO, not a crash', async () => {
  const host = memoryHost({});
  host.readFile = () => { throw new Error('disk on fire'); };
  assert.equal(await runCommand(['/virtual/a.js'], { host }), 1);
  assert.equal(host.output[2], "petrel: cannot read '/virtual/a.js': i/o error (EIO)\n");
});

test('a file the host serves is read and run', async () => {
  const host = memoryHost({ '/virtual/a.js': 'print(1 + 1)' });
  assert.equal(await runCommand(['/virtual/a.js'], { host }), 0);
  assert.equal(host.output[1], '2\n');
});

test('bad options exit 9 like node', async () => {
  const host = memoryHost({});
  assert.equal(await runCommand(['--bogus'], { host }), 9);
  assert.equal(host.output[2], 'petrel: bad option: --bogus\n');
});
