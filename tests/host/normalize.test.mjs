// Conformance of src/unicode/normalize against the NormalizationTest.txt Debian's unicode-data
// ships (Unicode 15.0.0 in bookworm): bzcat decompresses it, the native driver
// build/native/normalize_driver checks every invariant of every line for NFC, NFD, NFKC and
// NFKD, and that every code point not in part 1 normalizes to itself. Then a differential
// test against node's String#normalize, restricted to code points assigned in the
// UnicodeData.txt the tables were built from: node's ICU carries a newer Unicode, and only
// for characters assigned in both does the Normalization Stability Policy make them agree.
// NORMALIZE_SEED=n reproduces a run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRIVER = process.env.NORMALIZE_DRIVER ?? path.join(ROOT, 'build/native/normalize_driver');
const UNICODE = '/usr/share/unicode';
const TEST_FILE = path.join(UNICODE, 'NormalizationTest.txt.bz2');
const SEED = Number(process.env.NORMALIZE_SEED ?? 20261123);

function requireDriver() {
  assert.ok(fs.existsSync(DRIVER),
    `${DRIVER} is missing: build it with cmake --preset native && cmake --build --preset native`);
}

test('NormalizationTest.txt: every line, every form, every invariant', () => {
  requireDriver();
  assert.ok(fs.existsSync(TEST_FILE), `${TEST_FILE} is missing (Debian package unicode-data)`);
  const text = spawnSync('bzcat', [TEST_FILE], { maxBuffer: 1 << 26 });
  assert.ok(!text.error && text.status === 0,
    'bzcat failed or is missing: scripts/bootstrap.sh must install the bzip2 package ' +
    `(${text.error?.message ?? text.stderr})`);
  const run = spawnSync(DRIVER, [], { input: text.stdout, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const summary = /lines=(\d+) identities=(\d+) checks=(\d+) failures=(\d+)/.exec(run.stdout);
  assert.ok(summary, run.stdout);
  assert.ok(Number(summary[1]) > 15000, `only ${summary[1]} test lines`);
  assert.equal(Number(summary[4]), 0, run.stdout);
});

// mulberry32: small and seedable.
function makeRandom(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

// Code points assigned in UnicodeData.txt (ranges such as CJK and Hangul included), and the
// "interesting" ones: a combining class or a decomposition, or a part of one.
function assignedCodePoints() {
  const all = [], interesting = new Set();
  let rangeStart = null;
  for (const line of fs.readFileSync(path.join(UNICODE, 'UnicodeData.txt'), 'utf8').split('\n')) {
    const f = line.split(';');
    if (f.length < 6) continue;
    const cp = parseInt(f[0], 16);
    if (f[2] === 'Cs' || f[2] === 'Co') continue;
    if (f[1].endsWith(', First>')) { rangeStart = cp; continue; }
    if (f[1].endsWith(', Last>')) {
      for (let c = rangeStart; c <= cp; c += c >= 0xAC00 && c <= 0xD7A3 ? 1 : 97) all.push(c);
      continue;
    }
    all.push(cp);
    if (+f[3] || f[5]) {
      interesting.add(cp);
      for (const h of f[5].replace(/<[^>]*>/, '').trim().split(/\s+/).filter(Boolean)) {
        interesting.add(parseInt(h, 16));
      }
    }
  }
  for (let c = 0x1100; c <= 0x11FF; c++) interesting.add(c);
  return { all, interesting: [...interesting] };
}

test("node's String#normalize agrees on strings of Unicode-15.0-assigned code points", () => {
  requireDriver();
  const { all, interesting } = assignedCodePoints();
  const random = makeRandom(SEED);
  const cases = [];
  for (let i = 0; i < 20000; i++) {
    const length = 1 + random(8);
    let s = '';
    for (let k = 0; k < length; k++) {
      const pool = random(4) === 0 ? all : interesting;
      s += String.fromCodePoint(pool[random(pool.length)]);
    }
    cases.push(s);
  }
  const hex = (s) => Array.from({ length: s.length }, (_, i) =>
    s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')).join(' ');
  const input = cases.map(hex).join('\n') + '\n';
  const run = spawnSync(DRIVER, ['--forms'], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  const failures = [];
  cases.forEach((s, i) => {
    const expected = ['NFC', 'NFD', 'NFKC', 'NFKD'].map((f) => hex(s.normalize(f))).join(';');
    if (lines[i] !== expected) failures.push(`${hex(s)}: petrel ${lines[i]}, node ${expected}`);
  });
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${cases.length} differ (seed ${SEED})`);
});
