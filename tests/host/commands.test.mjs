// The documented ways to run petrel all print the version from package.json.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from '../lib/targets.mjs';

const execFileAsync = promisify(execFile);
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('npm start -- --version prints the version (web build)', async () => {
  const { stdout } = await execFileAsync('npm', ['start', '--silent', '--', '--version'], { cwd: ROOT });
  assert.equal(stdout, `v${version}\n`);
});

test('node host-js/bin/petrel.mjs --version prints the version', async () => {
  const { stdout } = await execFileAsync(process.execPath, ['host-js/bin/petrel.mjs', '--version'], { cwd: ROOT });
  assert.equal(stdout, `v${version}\n`);
});

test('the WASI build prints the version under node:wasi, without warnings', async () => {
  const { stdout, stderr } = await execFileAsync(
    process.execPath, ['host-js/bin/run-wasi.mjs', 'build/wasi/petrel.wasm', '--version'], { cwd: ROOT });
  assert.equal(stdout, `v${version}\n`);
  assert.equal(stderr, '');
});

test('the native build prints the version', async () => {
  const { stdout } = await execFileAsync(path.join(ROOT, 'build/native/petrel'), ['--version']);
  assert.equal(stdout, `v${version}\n`);
});

test('CMake took its version from package.json', () => {
  const cache = fs.readFileSync(path.join(ROOT, 'build/native/CMakeCache.txt'), 'utf8');
  assert.match(cache, new RegExp(`CMAKE_PROJECT_VERSION:STATIC=${version.replace(/\./g, '\\.')}\\n`));
});

test('a missing build artifact is a one-line error, not a stack trace', async () => {
  const missing = path.join(ROOT, 'build/web/no-such-module.mjs');
  await assert.rejects(
    execFileAsync(process.execPath, ['host-js/bin/run-web.mjs', missing], { cwd: ROOT }),
    (error) => {
      assert.equal(error.code, 1);
      assert.equal(error.stderr, `petrel: ${missing} is not built; run \`npm run build\` (or \`npm test\`) first\n`);
      return true;
    });
});

test('the plain WASI artifact imports nothing but WASI', () => {
  const module = new WebAssembly.Module(fs.readFileSync(path.join(ROOT, 'build/wasi/petrel.wasm')));
  const foreign = WebAssembly.Module.imports(module).filter((i) => i.module !== 'wasi_snapshot_preview1');
  assert.deepEqual(foreign, []);
});

test('the WASI runner survives memory growth under V8 GC pressure (host-js/v8-workaround.mjs)', async () => {
  // Growing wasm memory during V8's incremental marking crashes node 20 (see the workaround);
  // parsing a 14 MB file three times grows the WASI build's memory many times over.
  const big = path.join(ROOT, 'node_modules/binaryen/index.js');
  const { stdout } = await execFileAsync(process.execPath, [
    'host-js/bin/run-wasi.mjs', 'build/wasi/parse_bench.wasm', '--runs=3', '--module', big,
  ], { cwd: ROOT, maxBuffer: 1 << 20 });
  assert.equal(JSON.parse(stdout).bytes, fs.statSync(big).size);
});

test('the WASI runner survives the heap test that crashed node with only concurrent marking off', async () => {
  const { stdout } = await execFileAsync(process.execPath, [
    'host-js/bin/run-wasi.mjs', 'build/wasi/test_heap_random.wasm', '--gc-stress', '--seed=1795450936746358468',
  ], { cwd: ROOT, maxBuffer: 1 << 20 });
  assert.match(stdout, /# 1 passed, 0 failed\n$/);
});
