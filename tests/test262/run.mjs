#!/usr/bin/env node
// Petrel's test262 runner. Usage and options: docs/testing.md, or `--help`.
//
//   TEST262_DIR=/path/to/test262 node tests/test262/run.mjs [options] [path filters...]
//
// Each test is prepared (harness + includes + the test, per its frontmatter), written into a
// staging tree that mirrors the test262 checkout (build/test262/work-<pid>/, removed at the
// end), and run in a process of its own on the chosen target, at most --jobs at a time.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, TARGETS } from '../lib/targets.mjs';
import { makeRandom } from '../lib/random.mjs';
import { parseFrontmatter } from './frontmatter.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const USAGE = `Usage: node tests/test262/run.mjs [options] [path filters...]

  Path filters are relative to the test262 checkout, "test/" optional:
  test/language/expressions, built-ins/Array/prototype/map, language/types/number/S8.5_A1.js
  Without filters: everything under test/ except test/staging.

Options:
  --test262-dir=DIR     the test262 checkout (default: $TEST262_DIR)
  --target=NAME         native (default), ${Object.keys(TARGETS).filter((t) => t !== 'native').join(', ')}, or node
  --engine-args="..."   extra arguments for the engine, before the file
  --jobs=N              tests run at once (default: the number of cores)
  --timeout=SECONDS     per test (default 10); a timeout is a failure
  --sample=N            a deterministic random sample of N test files
  --seed=S              the sample's seed (default 1)
  --json=FILE           results (default build/test262/results.json)
  --known=FILE          the known-passing list (default tests/test262/known-passing.txt)
  --update-known        rewrite the known-passing list for the tests in this run's scope
  --skip-features=FILE  (default tests/test262/skip-features.txt)
  --verbose             print every failure with its reason as it happens
`;

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = {
    test262Dir: process.env.TEST262_DIR || '',
    target: 'native',
    engineArgs: [],
    jobs: os.availableParallelism?.() ?? os.cpus().length,
    timeout: 10,
    sample: 0,
    seed: 1,
    json: path.join(ROOT, 'build/test262/results.json'),
    known: path.join(HERE, 'known-passing.txt'),
    updateKnown: false,
    skipFeatures: path.join(HERE, 'skip-features.txt'),
    verbose: false,
    filters: [],
  };
  for (const arg of argv) {
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) { options.filters.push(arg); continue; }
    const [, name, value] = match;
    const need = () => {
      if (value === undefined || value === '') fail(`option --${name} needs a value (--${name}=...)`);
      return value;
    };
    const int = () => {
      const n = Number(need());
      if (!Number.isInteger(n) || n < 0) fail(`option --${name} needs a whole number`);
      return n;
    };
    switch (name) {
      case 'help': process.stdout.write(USAGE); process.exit(0); break;
      case 'test262-dir': options.test262Dir = need(); break;
      case 'target': options.target = need(); break;
      case 'engine-args': options.engineArgs = (value ?? '').split(/\s+/).filter(Boolean); break;
      case 'jobs': options.jobs = Math.max(1, int()); break;
      case 'timeout': options.timeout = Number(need()); break;
      case 'sample': options.sample = int(); break;
      case 'seed': options.seed = int(); break;
      case 'json': options.json = path.resolve(need()); break;
      case 'known': options.known = path.resolve(need()); break;
      case 'update-known': options.updateKnown = true; break;
      case 'skip-features': options.skipFeatures = path.resolve(need()); break;
      case 'verbose': options.verbose = true; break;
      default: fail(`unknown option --${name} (see --help)`);
    }
  }
  if (!(options.timeout > 0)) fail('--timeout needs a positive number of seconds');
  if (options.target !== 'node' && !TARGETS[options.target]) {
    fail(`unknown target ${options.target}: one of ${[...Object.keys(TARGETS), 'node'].join(', ')}`);
  }
  if (!options.test262Dir) {
    fail('no test262 checkout: set TEST262_DIR or pass --test262-dir=DIR\n' +
      '(a checkout of https://github.com/tc39/test262; see docs/testing.md)');
  }
  options.test262Dir = path.resolve(options.test262Dir);
  if (!fs.existsSync(path.join(options.test262Dir, 'harness/assert.js')) ||
    !fs.existsSync(path.join(options.test262Dir, 'test'))) {
    fail(`${options.test262Dir} is not a test262 checkout (no harness/assert.js or test/)`);
  }
  return options;
}

function fail(message) {
  process.stderr.write(`test262: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Skip list: one entry a line, `#` starts a comment. A bare word is a feature (frontmatter
// `features:`); `flag:NAME` skips tests with that flag; `include:FILE` tests including FILE.

export function readSkipList(file) {
  const skip = { features: new Set(), flags: new Set(), includes: new Set() };
  if (!fs.existsSync(file)) return skip;
  for (const rawLine of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = rawLine.replace(/#.*/, '').trim();
    if (!line) continue;
    const m = /^(flag|include):(.+)$/.exec(line);
    if (m) (m[1] === 'flag' ? skip.flags : skip.includes).add(m[2].trim());
    else skip.features.add(line);
  }
  return skip;
}

function skipReason(meta, skip) {
  for (const f of meta.features) if (skip.features.has(f)) return `feature ${f}`;
  for (const f of meta.flags) if (skip.flags.has(f)) return `flag ${f}`;
  for (const f of meta.includes) if (skip.includes.has(f)) return `include ${f}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Finding the tests

/** Resolves a filter to an absolute path inside the checkout, "test/" optional. */
function resolveFilter(dir, filter) {
  const clean = filter.replace(/^\.\//, '').replace(/\/+$/, '');
  for (const candidate of [clean, path.join('test', clean)]) {
    const full = path.resolve(dir, candidate);
    if (full.startsWith(path.join(dir, 'test')) && fs.existsSync(full)) return full;
  }
  if (path.isAbsolute(filter) && fs.existsSync(filter)) return path.resolve(filter);
  return null;
}

function isTestFile(name) {
  return name.endsWith('.js') && !name.includes('_FIXTURE') && !name.includes('.__petrel');
}

function walk(dir, out) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (isTestFile(entry.name)) out.push(full);
  }
}

function findTests(options) {
  const dir = options.test262Dir;
  const roots = [];
  if (options.filters.length === 0) {
    for (const entry of fs.readdirSync(path.join(dir, 'test'), { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'staging') roots.push(path.join(dir, 'test', entry.name));
    }
  } else {
    for (const filter of options.filters) {
      const full = resolveFilter(dir, filter);
      if (!full) fail(`no such test or directory in ${dir}: ${filter}`);
      roots.push(full);
    }
  }
  const files = new Set();
  for (const root of roots) {
    if (fs.statSync(root).isDirectory()) {
      const found = [];
      walk(root, found);
      for (const f of found) files.add(f);
    } else {
      files.add(root);
    }
  }
  const list = [...files].map((f) => path.relative(dir, f).split(path.sep).join('/')).sort();
  if (options.sample > 0 && options.sample < list.length) {
    const random = makeRandom(options.seed);
    for (let i = 0; i < options.sample; i++) { // partial Fisher-Yates: the first N are the sample
      const j = i + Math.floor(random.next() * (list.length - i));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list.slice(0, options.sample).sort();
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// Preparing a test

const SHIM = fs.readFileSync(path.join(HERE, 'host-shim.js'), 'utf8');

class Harness {
  constructor(dir) { this.dir = dir; this.cache = new Map(); }
  file(name) {
    let text = this.cache.get(name);
    if (text === undefined) {
      text = fs.readFileSync(path.join(this.dir, 'harness', name), 'utf8');
      this.cache.set(name, text);
    }
    return text;
  }
  /** The code before the test: shim, assert.js, sta.js, doneprintHandle.js if async, includes. */
  prelude(meta) {
    const names = ['assert.js', 'sta.js'];
    if (meta.flags.includes('async')) names.push('doneprintHandle.js');
    for (const name of meta.includes) if (!names.includes(name)) names.push(name);
    return SHIM + '\n' + names.map((name) => this.file(name)).join('\n') + '\n';
  }
}

/** The modes a test runs in: strict and/or sloppy, or module, or raw (sloppy, as is). */
export function modesFor(meta) {
  const flags = new Set(meta.flags);
  if (flags.has('module')) return ['module'];
  if (flags.has('raw')) return ['raw'];
  if (flags.has('onlyStrict')) return ['strict'];
  if (flags.has('noStrict')) return ['sloppy'];
  return ['strict', 'sloppy'];
}

/**
 * The staging tree: test files are written at their test262 path under `root`, so relative
 * module specifiers ('./x_FIXTURE.js', and tests importing themselves) keep working. A
 * directory whose tests import things is copied in once (files only: every import in test262
 * is `./name`), and its import targets are noted so a module test that is itself imported
 * gets the name it is imported by (see writeModule).
 */
class Staging {
  constructor(sourceDir, root) {
    this.sourceDir = sourceDir;
    this.root = root;
    this.dirs = new Map(); // relative dir -> Set of names imported within it
  }
  dirFor(relFile) {
    const relDir = path.dirname(relFile);
    const full = path.join(this.root, relDir);
    fs.mkdirSync(full, { recursive: true });
    return full;
  }
  copyDir(relFile) {
    const relDir = path.dirname(relFile);
    let imported = this.dirs.get(relDir);
    if (imported) return imported;
    imported = new Set();
    const from = path.join(this.sourceDir, relDir);
    const to = this.dirFor(relFile);
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const text = fs.readFileSync(path.join(from, entry.name));
      fs.writeFileSync(path.join(to, entry.name), text);
      if (/\.(m?js)$/.test(entry.name)) {
        for (const m of text.toString('utf8').matchAll(/['"]\.\/([^'"\s]+)['"]/g)) imported.add(m[1]);
      }
    }
    this.dirs.set(relDir, imported);
    return imported;
  }
}

let counter = 0;

/** Writes the runnable file(s) for one run; returns { file, cleanup: [paths] }. */
function writeRun(staging, relFile, mode, code, source) {
  const base = path.basename(relFile, '.js');
  const n = counter++;
  if (mode === 'module') {
    const imported = staging.copyDir(relFile);
    const dir = staging.dirFor(relFile);
    if (imported.has(`${base}.js`)) {
      // Imported by itself or a fixture: it must be the module at ./<base>.js, so it replaces
      // the copy there and a one-line .mjs entry imports it.
      fs.writeFileSync(path.join(dir, `${base}.js`), code);
      const entry = path.join(dir, `${base}.__petrel_${process.pid}_${n}.mjs`);
      fs.writeFileSync(entry, `import './${base}.js';\n`);
      return { file: entry, cleanup: [entry] };
    }
    const file = path.join(dir, `${base}.__petrel_${process.pid}_${n}.mjs`);
    fs.writeFileSync(file, code);
    return { file, cleanup: [file] };
  }
  if (/\bimport\s*\(|\bimport\.meta\b/.test(source)) staging.copyDir(relFile); // dynamic import
  const file = path.join(staging.dirFor(relFile), `${base}.__petrel_${process.pid}_${n}.${mode}.js`);
  fs.writeFileSync(file, code);
  return { file, cleanup: [file] };
}

// ---------------------------------------------------------------------------------------------
// Running one file and judging the outcome

function commandFor(options, file, mode) {
  if (options.target === 'node') {
    // test262 does not count an unhandled rejection as a failure; node would exit 1 on one
    const node = [process.execPath, '--expose-gc', '--no-warnings', '--unhandled-rejections=none',
      ...options.engineArgs];
    return mode === 'module' ? [...node, file] : [...node, path.join(HERE, 'node-host.cjs'), file];
  }
  // Petrel, like node, runs a .js file as CommonJS; test262 scripts are classic scripts.
  const goal = mode === 'module' ? [] : ['--script'];
  // as for node: an unhandled rejection is not a test failure in test262
  return [...TARGETS[options.target].command, ...goal, '--unhandled-rejections=none', ...options.engineArgs, file];
}

const running = new Set(); // pids of live process groups, killed if the runner is interrupted

/** Spawns argv in its own process group; on timeout the whole group is killed. */
function runProcess(argv, { cwd, timeoutMs }) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(argv[0], argv.slice(1), { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      resolve({ status: null, signal: null, stdout: '', stderr: String(error), timedOut: false });
      return;
    }
    running.add(child.pid);
    const stdout = [];
    const stderr = [];
    let size = 0;
    let timedOut = false;
    const killGroup = () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { /* gone */ } }
    };
    const timer = setTimeout(() => { timedOut = true; killGroup(); }, timeoutMs);
    const keep = (list) => (chunk) => {
      size += chunk.length;
      if (size < 4 << 20) list.push(chunk); // a runaway printer is cut at 4 MiB
    };
    child.stdout.on('data', keep(stdout));
    child.stderr.on('data', keep(stderr));
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child.pid);
      resolve({ status: null, signal: null, stdout: '', stderr: String(error), timedOut });
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      running.delete(child.pid);
      if (timedOut) killGroup(); // grandchildren that outlived the leader
      resolve({
        status, signal, timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/**
 * The type of the uncaught exception in an engine's stderr, or null.
 *
 * Petrel reports an uncaught exception the way node does:
 *
 *     /path/file.js:12              <- header: file:line (a SyntaxError from Petrel: file:line:col)
 *     the source line
 *         ^^^                       <- caret line
 *                                   <- blank line (node omits it for some module errors)
 *     TypeError: message            <- an Error: its name; a non-Error value: node's inspection,
 *         at ...                       e.g. `Test262Error { message: '...' }` or `Uncaught 42`
 *
 * The type is the leading identifier of the first non-empty line after the caret line, with
 * a leading `Uncaught ` removed. The caret line is preferred right after a header and source
 * line; failing that, any all-caret line; failing that, the first line that starts with an
 * identifier ending in Error or Exception (e.g. `Error [ERR_X]: ...`, `SyntaxError: ...`).
 */
export function errorType(stderr) {
  const lines = stderr.split(/\r?\n/);
  const isCaret = (line) => /^\s*\^+\s*$/.test(line);
  const isHeader = (line) => /:\d+(?::\d+)?\s*$/.test(line);
  let caret = lines.findIndex((line, k) => isCaret(line) && k >= 2 && isHeader(lines[k - 2]));
  if (caret < 0) caret = lines.findIndex(isCaret);
  if (caret >= 0) {
    for (let k = caret + 1; k < lines.length; k++) {
      if (!lines[k].trim()) continue;
      const m = /^\s*(?:Uncaught\s+)?([A-Za-z_$][\w$]*)/.exec(lines[k]);
      if (m) return m[1];
      break;
    }
  }
  for (const line of lines) {
    const m = /^\s*(?:Uncaught\s+)?([A-Za-z_$][\w$]*(?:Error|Exception))\b/.exec(line);
    if (m) return m[1];
  }
  return null;
}

/** A one-line reason from stderr: the line naming the error, else its first non-empty line. */
function shortStderr(stderr) {
  const lines = stderr.split(/\r?\n/).filter((l) => l.trim());
  const type = errorType(stderr);
  let at = type ? lines.findIndex((l) => l.trimStart().replace(/^Uncaught\s+/, '').startsWith(type)) : -1;
  if (at < 0) at = 0;
  let text = (lines[at] ?? '').trim();
  // node's inspection of a thrown non-Error object spans lines: `Test262Error {` ... `}`
  if (text.endsWith('{')) {
    for (let k = at + 1; k < lines.length && k < at + 8; k++) {
      text += ' ' + lines[k].trim();
      if (/^\}/.test(lines[k].trim())) break;
    }
  }
  return text.slice(0, 200);
}

/** Judges one run: returns null for a pass, else a short reason. */
export function judge(meta, result) {
  if (result.timedOut) return 'timed out';
  const exited = result.signal ? `killed by ${result.signal}` : `exit status ${result.status}`;
  if (meta.negative) {
    const { phase, type } = meta.negative;
    if (result.status === 0 && !result.signal) return `expected ${type} (${phase}), but it ran to completion`;
    if (result.signal) return `expected ${type} (${phase}), ${exited}`;
    const got = errorType(result.stderr);
    if (got !== type) return `expected ${type} (${phase}), got ${got ?? 'no error type'}: ${shortStderr(result.stderr)}`;
    return null;
  }
  if (meta.flags.includes('async')) {
    const failure = /^Test262:AsyncTestFailure:?(.*)$/m.exec(result.stdout);
    if (failure) return `async failure: ${failure[1].trim().slice(0, 200)}`;
    if (result.status !== 0 || result.signal) return `${exited}: ${shortStderr(result.stderr)}`;
    if (!/^Test262:AsyncTestComplete\s*$/m.test(result.stdout)) return 'async test did not print Test262:AsyncTestComplete';
    return null;
  }
  if (result.status !== 0 || result.signal) return `${exited}: ${shortStderr(result.stderr)}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Known-passing list: `test/path/name.js MODE` a line (MODE: strict, sloppy, module, raw).

function readKnown(file) {
  const entries = new Set();
  const header = [];
  if (!fs.existsSync(file)) return { entries, header };
  let inHeader = true;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (inHeader && line.startsWith('#')) { header.push(line); continue; }
    inHeader = false;
    const trimmed = line.replace(/#.*/, '').trim();
    if (trimmed) entries.add(trimmed.split(/\s+/).slice(0, 2).join(' '));
  }
  return { entries, header };
}

function writeKnown(file, header, entries) {
  const lines = [...entries].sort();
  fs.writeFileSync(file, (header.length ? header.join('\n') + '\n' : '') + lines.map((l) => l + '\n').join(''));
}

// ---------------------------------------------------------------------------------------------
// Reporting

function groupOf(id) {
  const parts = id.split('/'); // test/<a>/<b>/...
  return parts.length > 3 ? `${parts[1]}/${parts[2]}` : parts[1];
}

function pct(passed, ran) {
  return ran ? `${((100 * passed) / ran).toFixed(1)}%` : '-';
}

function printTable(results) {
  const groups = new Map();
  for (const r of results) {
    const key = groupOf(r.id);
    const g = groups.get(key) ?? { passed: 0, ran: 0, skipped: 0 };
    if (r.outcome === 'skip') g.skipped++;
    else { g.ran++; if (r.outcome === 'pass') g.passed++; }
    groups.set(key, g);
  }
  const keys = [...groups.keys()].sort();
  const width = Math.max(10, ...keys.map((k) => k.length));
  let passed = 0, ran = 0, skipped = 0;
  for (const key of keys) {
    const g = groups.get(key);
    passed += g.passed; ran += g.ran; skipped += g.skipped;
    const counts = `${g.passed}/${g.ran}`.padStart(13);
    console.log(`${key.padEnd(width)} ${counts} ${pct(g.passed, g.ran).padStart(6)}` +
      (g.skipped ? `  (${g.skipped} skipped)` : ''));
  }
  console.log(`${'total'.padEnd(width)} ${`${passed}/${ran}`.padStart(13)} ${pct(passed, ran).padStart(6)}`);
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.target !== 'node') {
    const exe = TARGETS[options.target].command.at(-1);
    if (!fs.existsSync(exe)) fail(`${exe} does not exist: build the ${options.target} target first`);
  }
  const skip = readSkipList(options.skipFeatures);
  const files = findTests(options);
  const harness = new Harness(options.test262Dir);
  const stagingRoot = path.join(ROOT, 'build/test262', `work-${process.pid}`);
  const staging = new Staging(options.test262Dir, stagingRoot);
  fs.mkdirSync(stagingRoot, { recursive: true });
  // node decides a .js file's kind from the nearest package.json: imported fixtures are modules
  fs.writeFileSync(path.join(stagingRoot, 'package.json'), '{ "type": "module" }\n');
  const removeStaging = () => fs.rmSync(stagingRoot, { recursive: true, force: true });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      for (const pid of running) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
      removeStaging();
      process.exit(130);
    });
  }

  console.log(`test262: ${files.length} test files from ${options.test262Dir}, target ${options.target}, ` +
    `${options.jobs} jobs`);
  const results = [];
  const started = Date.now();
  let done = 0, passed = 0, failed = 0, skipped = 0, nextProgress = 1000;
  const record = (r) => {
    results.push(r);
    if (r.outcome === 'pass') passed++;
    else if (r.outcome === 'fail') failed++;
    else skipped++;
    if (r.outcome === 'fail' && options.verbose) console.log(`FAIL ${r.id} (${r.mode}): ${r.reason}`);
    done++;
    if (done >= nextProgress) {
      nextProgress += 1000;
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`... ${done} runs (${files.length} files): ${passed} passed, ${failed} failed, ` +
        `${skipped} skipped, ${secs}s`);
    }
  };

  // The work list is built lazily: a worker takes the next file, reads it, then runs its modes.
  const queue = [];
  let nextFile = 0;
  function take() {
    while (queue.length === 0 && nextFile < files.length) {
      const id = files[nextFile++];
      const source = fs.readFileSync(path.join(options.test262Dir, id), 'utf8');
      let meta;
      try {
        meta = parseFrontmatter(source);
      } catch (error) {
        record({ id, mode: '-', outcome: 'fail', reason: `frontmatter: ${error.message}` });
        continue;
      }
      const modes = modesFor(meta);
      const why = skipReason(meta, skip);
      for (const mode of modes) {
        if (why) record({ id, mode, outcome: 'skip', reason: why });
        else queue.push({ id, mode, meta, source });
      }
    }
    return queue.shift();
  }

  async function runOne({ id, mode, meta, source }) {
    const raw = mode === 'raw' || meta.flags.includes('raw');
    const code = raw ? source : (mode === 'strict' ? '"use strict";\n' : '') + harness.prelude(meta) + source;
    let written;
    try {
      written = writeRun(staging, id, mode, code, source);
    } catch (error) {
      return { id, mode, outcome: 'fail', reason: `runner: ${error.message}` };
    }
    const result = await runProcess(commandFor(options, written.file, mode),
      { cwd: path.dirname(written.file), timeoutMs: options.timeout * 1000 });
    for (const f of written.cleanup) fs.rmSync(f, { force: true });
    const reason = judge(meta, result);
    return reason ? { id, mode, outcome: 'fail', reason } : { id, mode, outcome: 'pass' };
  }

  async function worker() {
    for (let job = take(); job; job = take()) record(await runOne(job));
  }
  try {
    await Promise.all(Array.from({ length: options.jobs }, worker));
  } finally {
    removeStaging();
  }

  results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.mode < b.mode ? -1 : 1));

  // Regressions against the known-passing list, and its update.
  const known = readKnown(options.known);
  const scope = new Set(files);
  const key = (r) => `${r.id} ${r.mode}`;
  const regressions = results.filter((r) => r.outcome === 'fail' && known.entries.has(key(r)));
  if (options.updateKnown) {
    const kept = [...known.entries].filter((entry) => !scope.has(entry.split(' ')[0]));
    const next = new Set([...kept, ...results.filter((r) => r.outcome === 'pass').map(key)]);
    writeKnown(options.known, known.header, next);
    console.log(`updated ${path.relative(process.cwd(), options.known) || options.known}: ` +
      `${next.size} entries (${known.entries.size} before)`);
  }

  let commit = null;
  try {
    commit = execFileSync('git', ['-C', options.test262Dir, 'rev-parse', 'HEAD'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch { /* not a git checkout */ }
  fs.mkdirSync(path.dirname(options.json), { recursive: true });
  fs.writeFileSync(options.json, JSON.stringify({
    target: options.target,
    test262Dir: options.test262Dir,
    test262Commit: commit,
    date: new Date().toISOString(),
    filters: options.filters,
    sample: options.sample ? { size: options.sample, seed: options.seed } : null,
    summary: { passed, failed, skipped, regressions: regressions.length },
    results,
  }, null, 1) + '\n');

  printTable(results);
  if (regressions.length) {
    console.log(`\n${regressions.length} regression(s): known-passing tests that failed:`);
    for (const r of regressions) console.log(`REGRESSION ${r.id} (${r.mode}): ${r.reason}`);
  }
  console.log(`results: ${path.relative(process.cwd(), options.json) || options.json}`);
  console.log(`${skipped} skipped`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = regressions.length && !options.updateKnown ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
