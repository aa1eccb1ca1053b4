// The test262-parser-tests package through Petrel's parser (build/native/petrel_parse, the
// parse-only driver): every file in pass/ and pass-explicit/ must parse, every file in fail/
// and early/ must be rejected (`*.module.js` as modules, the rest as scripts). Files Petrel
// is known to misclassify are listed in tests/parser/known-failures.txt with the reason;
// any other misclassification, a listed file that now passes (remove it from the list), a
// crash or a hang fails the test. A share of the corpus also runs through the ASan+UBSan
// build (build/debug) to catch memory errors.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../lib/targets.mjs';

const PACKAGE = path.join(ROOT, 'node_modules/test262-parser-tests');
const FOLDERS = { 'pass': true, 'pass-explicit': true, 'fail': false, 'early': false };
const CHUNK = 400;           // files per driver run
const TIMEOUT_MS = 120_000;  // per driver run: a hang fails the test

function knownFailures() {
  const text = fs.readFileSync(path.join(ROOT, 'tests/parser/known-failures.txt'), 'utf8');
  return new Set(text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')));
}

function corpus() {
  const files = [];
  for (const [folder, shouldParse] of Object.entries(FOLDERS)) {
    for (const name of fs.readdirSync(path.join(PACKAGE, folder)).sort()) {
      if (name.endsWith('.js')) files.push({ id: `${folder}/${name}`, shouldParse });
    }
  }
  return files;
}

/** Runs the driver over files; resolves to { results: Map id -> 'ok'|'error', problems }. */
function runDriver(driver, files) {
  return new Promise((resolve) => {
    execFile(driver, ['--batch', ...files.map((f) => path.join(PACKAGE, f.id))],
      { timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const results = new Map();
        for (const line of stdout.split('\n')) {
          const m = /^(ok|error) (\S+)/.exec(line);
          if (m) results.set(path.relative(PACKAGE, m[2]), m[1]);
        }
        const problems = [];
        if (error) problems.push(`${path.basename(driver)} ${error.signal ? `killed by ${error.signal}` : `exited ${error.code}`}`);
        if (stderr.trim()) problems.push(stderr.trim().slice(0, 4000));
        resolve({ results, problems });
      });
  });
}

/** Runs every chunk; on a crash, reruns that chunk's files one by one to name the culprit. */
async function classify(driver, files) {
  const results = new Map();
  const problems = [];
  for (let i = 0; i < files.length; i += CHUNK) {
    const chunk = files.slice(i, i + CHUNK);
    const run = await runDriver(driver, chunk);
    if (run.problems.length === 0) {
      for (const [id, r] of run.results) results.set(id, r);
      continue;
    }
    for (const file of chunk) {
      const single = await runDriver(driver, [file]);
      if (single.problems.length) problems.push(`${file.id}: ${single.problems.join('; ')}`);
      for (const [id, r] of single.results) results.set(id, r);
    }
  }
  return { results, problems };
}

function driverFor(preset) {
  const driver = path.join(ROOT, 'build', preset, 'petrel_parse');
  return fs.existsSync(driver) ? driver : null;
}

test('test262-parser-tests: no crash, no hang, no misclassification beyond the known list', async (t) => {
  const driver = driverFor('native');
  assert.ok(driver, 'build/native/petrel_parse is missing: build the native preset first');
  const files = corpus();
  const known = knownFailures();
  const { results, problems } = await classify(driver, files);
  assert.deepEqual(problems, [], 'the parser crashed or hung');

  const counts = {};
  const unexpected = [];
  const fixed = [];
  for (const file of files) {
    const folder = file.id.split('/')[0];
    counts[folder] ??= { correct: 0, total: 0 };
    counts[folder].total++;
    const result = results.get(file.id);
    assert.ok(result, `no result for ${file.id}`);
    const correct = (result === 'ok') === file.shouldParse;
    if (correct) counts[folder].correct++;
    if (!correct && !known.has(file.id)) unexpected.push(file.id);
    if (correct && known.has(file.id)) fixed.push(file.id);
  }
  const summary = Object.entries(counts).map(([f, c]) => `${f} ${c.correct}/${c.total}`).join(', ');
  t.diagnostic(`classified correctly: ${summary}`);
  assert.deepEqual(unexpected, [], 'misclassified files that are not in tests/parser/known-failures.txt');
  assert.deepEqual(fixed, [], 'these now pass: remove them from tests/parser/known-failures.txt');
});

test('test262-parser-tests: a share of the corpus under ASan+UBSan (build/debug)', async (t) => {
  const driver = driverFor('debug');
  if (!driver) {
    t.skip('build/debug/petrel_parse is missing (debug preset not built)');
    return;
  }
  const files = corpus().filter((_, i) => i % 8 === 0);
  const { results, problems } = await classify(driver, files);
  assert.deepEqual(problems, [], 'sanitizer report, crash or hang');
  assert.equal(results.size, files.length);
});
