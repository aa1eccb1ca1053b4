// The test runner itself: a deliberately failing test makes it exit non-zero with the
// failure counted in the summary line, so `npm test` and .ci/run fail with it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from '../lib/targets.mjs';

const execFileAsync = promisify(execFile);

test('a failing JS test fails the run and is counted', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'petrel-failing-'));
  try {
    fs.writeFileSync(path.join(dir, 'wrong.js'), 'console.log(1);\n');
    fs.writeFileSync(path.join(dir, 'wrong.out'), '2\n'); // deliberately not what it prints
    await assert.rejects(
      execFileAsync(process.execPath,
        ['tests/run.mjs', '--layers=js', '--targets=native', `--js-dir=${dir}`], { cwd: ROOT }),
      (error) => {
        assert.equal(error.code, 1);
        assert.match(error.stdout, /^FAIL js\/native wrong\.js$/m);
        // the first file of a directory also runs under --gc-stress: it fails twice
        assert.match(error.stdout, /^FAIL js\/native --gc-stress wrong\.js$/m);
        assert.match(error.stdout, /\n0 passed, 2 failed\n$/);
        return true;
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an unknown runner option is an error', async () => {
  await assert.rejects(
    execFileAsync(process.execPath, ['tests/run.mjs', '--bogus'], { cwd: ROOT }),
    (error) => error.code === 1 && /unknown option --bogus/.test(error.stderr));
});
