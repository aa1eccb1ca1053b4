#!/usr/bin/env node
// Petrel's test runner (what `npm test` runs after bootstrapping): builds the targets, then
// runs every layer on each — C unit tests (ctest), CLI cases, JS tests — and the host tests
// (node --test), and ends with one line: "N passed, N failed". Exits 1 on any failure.
//
//   node tests/run.mjs [--targets=native,debug,wasi,web] [--layers=build,unit,cli,js,host]
//                      [--no-build] [--build-only] [--js-dir=DIR] [--jobs=N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASES, makeFixtures } from './cli/cases.mjs';
import { expectationFor, findJsTests, runJsTest } from './lib/js-tests.mjs';
import { mapPool, run } from './lib/process.mjs';
import { ALL_TARGETS, ROOT, TARGETS } from './lib/targets.mjs';

const ALL_LAYERS = ['build', 'unit', 'cli', 'js', 'host'];

function parseArgs(argv) {
  const options = {
    targets: ALL_TARGETS,
    layers: ALL_LAYERS,
    jsDir: path.join(ROOT, 'tests/js'),
    jobs: Math.max(2, os.availableParallelism?.() ?? os.cpus().length),
  };
  for (const arg of argv) {
    const [name, value] = arg.split(/=(.*)/s);
    if (name === '--targets') options.targets = value.split(',');
    else if (name === '--layers') options.layers = value.split(',');
    else if (name === '--no-build') options.layers = options.layers.filter((l) => l !== 'build');
    else if (name === '--build-only') options.layers = ['build'];
    else if (name === '--js-dir') options.jsDir = path.resolve(value);
    else if (name === '--jobs') options.jobs = Number(value);
    else throw new Error(`run.mjs: unknown option ${arg}`);
  }
  for (const target of options.targets) {
    if (!TARGETS[target]) throw new Error(`run.mjs: unknown target ${target} (have ${ALL_TARGETS})`);
  }
  for (const layer of options.layers) {
    if (!ALL_LAYERS.includes(layer)) throw new Error(`run.mjs: unknown layer ${layer} (have ${ALL_LAYERS})`);
  }
  return options;
}

/** Tallies results and prints failures as they come. */
class Tally {
  passed = 0;
  failed = 0;
  failures = [];
  pass(count = 1) {
    this.passed += count;
  }
  fail(name, detail, count = 1) {
    this.failed += count;
    this.failures.push(name);
    console.log(`FAIL ${name}${detail ? `\n${clip(detail).replace(/^/gm, '  ')}` : ''}`);
  }
  record(name, problem) {
    if (problem) this.fail(name, problem);
    else this.pass();
  }
}

/** Keeps failure output readable: long lines (minified glue in a trace) and long logs cut. */
function clip(text) {
  const lines = text.trimEnd().split('\n').map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line));
  return lines.length > 80 ? [...lines.slice(0, 40), `… ${lines.length - 80} lines …`, ...lines.slice(-40)].join('\n') : lines.join('\n');
}

const elapsed = (start) => `${((Date.now() - start) / 1000).toFixed(1)}s`;

async function buildTarget(target, tally) {
  const { preset } = TARGETS[target];
  const start = Date.now();
  const cache = path.join(ROOT, 'build', preset, 'CMakeCache.txt');
  if (!fs.existsSync(cache)) {
    const configure = await run(['cmake', '--preset', preset], { cwd: ROOT, timeoutMs: 600_000 });
    if (configure.status !== 0) {
      tally.fail(`build/${target} (configure)`, configure.stdout + configure.stderr);
      return false;
    }
  }
  const build = await run(['cmake', '--build', '--preset', preset], { cwd: ROOT, timeoutMs: 1_800_000 });
  if (build.status !== 0) {
    tally.fail(`build/${target}`, (build.stdout + build.stderr).split('\n').slice(-60).join('\n'));
    return false;
  }
  tally.pass();
  console.log(`built ${target} in ${elapsed(start)}`);
  return true;
}

async function unitTests(target, tally, jobs) {
  const { preset } = TARGETS[target];
  const start = Date.now();
  const result = await run(['ctest', '--preset', preset, '-j', String(jobs)], { cwd: ROOT, timeoutMs: 1_800_000 });
  const summary = /(\d+)% tests passed, (\d+) tests? failed out of (\d+)/.exec(result.stdout);
  if (!summary) {
    tally.fail(`unit/${target}`, `ctest printed no summary\n${result.stdout}${result.stderr}`);
    return;
  }
  const failed = Number(summary[2]);
  const total = Number(summary[3]);
  if (total === 0) tally.fail(`unit/${target}`, 'ctest found no tests');
  tally.pass(total - failed);
  if (failed > 0) tally.fail(`unit/${target}`, result.stdout, failed);
  console.log(`unit/${target}: ${total - failed}/${total} in ${elapsed(start)}`);
}

function matches(actual, expected, fixtures) {
  const wanted = typeof expected === 'function' ? expected(fixtures) : expected;
  return wanted instanceof RegExp ? wanted.test(actual) : actual === wanted;
}

async function cliCases(targets, tally, jobs) {
  const fixtures = makeFixtures();
  const start = Date.now();
  const work = targets.flatMap((target) => CASES.map((testCase) => ({ target, testCase })));
  const results = await mapPool(work, jobs, async ({ target, testCase }) => {
    const result = await run([...TARGETS[target].command, ...testCase.args(fixtures)], { cwd: fixtures.dir });
    const problems = [];
    if (result.timedOut) problems.push('timed out');
    if (result.status !== testCase.status) problems.push(`exit status ${result.status}, expected ${testCase.status}`);
    if (!matches(result.stdout, testCase.stdout, fixtures)) problems.push(`stdout: ${JSON.stringify(result.stdout)}`);
    if (!matches(result.stderr, testCase.stderr, fixtures)) problems.push(`stderr: ${JSON.stringify(result.stderr)}`);
    return { name: `cli/${target} ${testCase.name}`, problem: problems.join('\n') };
  });
  for (const { name, problem } of results) tally.record(name, problem);
  fs.rmSync(fixtures.dir, { recursive: true, force: true });
  console.log(`cli: ${work.length} cases on ${targets.join(', ')} in ${elapsed(start)}`);
}

async function jsTests(targets, tally, jobs, jsDir) {
  const start = Date.now();
  const files = findJsTests(jsDir);
  const expectations = new Map();
  await mapPool(files, jobs, async (file) => expectations.set(file, await expectationFor(file)));
  const work = targets.flatMap((target) => files.map((file) => ({ target, file, flags: [] })));
  // DESIGN.md invariant 6: a third of the suite also runs under --gc-stress, natively (the
  // poisoned evacuated space makes a missed root or barrier fail loudly; under ASan the
  // collection per safepoint is too slow for CI's time budget).
  // A test whose header says `no-gc-stress` (deep recursion: a collection per call makes it
  // quadratic) keeps its plain runs only.
  const stressed = files.filter((file, i) => i % 3 === 0 && !/^\/\/ petrel:.*\bno-gc-stress\b/.test(
    fs.readFileSync(file, 'utf8').split('\n', 1)[0]));
  for (const target of targets.filter((t) => t === 'native')) {
    for (const file of stressed) work.push({ target, file, flags: ['--gc-stress'] });
  }
  const results = await mapPool(work, jobs, async ({ target, file, flags }) => ({
    name: `js/${target}${flags.length ? ` ${flags.join(' ')}` : ''} ${path.relative(jsDir, file)}`,
    problem: await runJsTest(file, [...TARGETS[target].command, ...flags], expectations.get(file)),
  }));
  for (const { name, problem } of results) tally.record(name, problem);
  console.log(`js: ${files.length} tests on ${targets.join(', ')} (${stressed.length} also with --gc-stress) in ${elapsed(start)}`);
}

async function hostTests(tally) {
  const start = Date.now();
  const result = await run(
    [process.execPath, '--test', '--test-reporter=tap', path.join(ROOT, 'tests/host')],
    { cwd: ROOT, timeoutMs: 1_800_000 });
  const passed = /^# pass (\d+)$/m.exec(result.stdout);
  const failed = /^# fail (\d+)$/m.exec(result.stdout);
  if (!passed || !failed) {
    tally.fail('host', `node --test printed no summary\n${result.stdout}${result.stderr}`);
    return;
  }
  tally.pass(Number(passed[1]));
  if (Number(failed[1]) > 0) tally.fail('host', result.stdout, Number(failed[1]));
  console.log(`host: ${passed[1]} passed, ${failed[1]} failed in ${elapsed(start)}`);
}

/**
 * Serializes runs that share build/: two runs building at once (two engineers, or helpers,
 * in one checkout) interleave Emscripten links and leave a .mjs beside another link's .wasm.
 * The lock holds this process's pid; a lock whose process is gone is taken over. Runs
 * started by a run (the runner's own host test) inherit the lock through the environment.
 */
async function lockBuildTree() {
  if (process.env.PETREL_RUN_LOCK === 'held') return;
  const lockPath = path.join(ROOT, 'build', '.run.lock');
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {}
      };
      process.env.PETREL_RUN_LOCK = 'held';
      process.on('exit', release);
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { release(); process.exit(130); });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(lockPath, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = holder > 0;
    } catch (error) {
      alive = error.code === 'EPERM';
    }
    if (!alive) {
      fs.rmSync(lockPath, { force: true });
      continue;
    }
    if (!announced) console.log(`waiting for another test run (pid ${holder}) to finish with build/`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  await lockBuildTree();
  const tally = new Tally();
  const has = (layer) => options.layers.includes(layer);
  let targets = options.targets;
  if (has('build')) {
    const built = [];
    for (const target of targets) if (await buildTarget(target, tally)) built.push(target);
    targets = built;
  }
  if (has('unit')) for (const target of targets) await unitTests(target, tally, options.jobs);
  if (has('cli')) await cliCases(targets, tally, options.jobs);
  if (has('js')) await jsTests(targets, tally, options.jobs, options.jsDir);
  if (has('host')) await hostTests(tally);
  if (tally.failures.length) console.log(`\nfailed:\n  ${tally.failures.join('\n  ')}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exitCode = tally.failed === 0 ? 0 : 1;
}

await main();
