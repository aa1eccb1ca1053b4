#!/usr/bin/env node
// Micro-benchmarks (bench/micro/*.js): each small workload on Petrel (native, WASI and web
// builds) beside node --jitless, node (JIT, reference) and quickjs-emscripten, in one run.
// Wall time, best of N; process engines have a startup baseline (an empty script run the same
// way) subtracted, quickjs is timed around evalCode in-process. Each engine's output must equal
// node's. Prints a table per workload and a geometric-mean summary; asserts nothing.
//
//   node bench/micro.mjs [--only=name,...] [--engines=native,wasi,web,jitless,node,quickjs]
//                        [--runs=N] [--timeout=SECONDS]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../tests/lib/process.mjs';
import { ROOT, TARGETS } from '../tests/lib/targets.mjs';

const MICRO_DIR = path.join(ROOT, 'bench/micro');
const NODE = process.execPath;

/** The engines, in table order. A process engine has `command` (argv prefix, the script
 *  path is appended) and `needs` (files that must exist); quickjs runs in-process. */
const ENGINES = [
  { id: 'native', name: 'petrel native', command: TARGETS.native.command, needs: [TARGETS.native.command[0]] },
  { id: 'wasi', name: 'petrel wasi', command: TARGETS.wasi.command, needs: ['build/wasi/petrel.wasm'] },
  { id: 'web', name: 'petrel web', command: TARGETS.web.command, needs: ['build/web/petrel.mjs', 'build/web/petrel.wasm'] },
  { id: 'jitless', name: 'node --jitless', command: [NODE, '--jitless'], needs: [] },
  { id: 'node', name: 'node', command: [NODE], needs: [] },
  { id: 'quickjs', name: 'quickjs-emscripten', inProcess: true },
];

const USAGE = `usage: node bench/micro.mjs [--only=name,...] [--engines=${ENGINES.map((e) => e.id).join(',')}] [--runs=N] [--timeout=SECONDS]`;

function parseArgs(argv) {
  const options = { only: null, engines: ENGINES.map((e) => e.id), runs: 3, timeoutMs: 120_000 };
  for (const arg of argv) {
    const [, key, value] = /^--([a-z-]+)(?:=(.*))?$/.exec(arg) ?? [];
    if (key === 'only' && value) options.only = value.split(',').map((s) => s.trim().replace(/\.js$/, ''));
    else if (key === 'engines' && value) options.engines = value.split(',').map((s) => s.trim());
    else if (key === 'runs' && Number(value) >= 1) options.runs = Math.floor(Number(value));
    else if (key === 'timeout' && Number(value) > 0) options.timeoutMs = Number(value) * 1000;
    else if (key === 'help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`bench/micro.mjs: unknown or malformed argument ${arg}\n${USAGE}`);
  }
  const unknown = options.engines.filter((id) => !ENGINES.some((e) => e.id === id));
  if (unknown.length) throw new Error(`bench/micro.mjs: unknown engine(s) ${unknown.join(', ')}\n${USAGE}`);
  return options;
}

function workloads(only) {
  const all = fs.readdirSync(MICRO_DIR).filter((f) => f.endsWith('.js')).sort().map((f) => f.slice(0, -3));
  if (!only) return all;
  const missing = only.filter((name) => !all.includes(name));
  if (missing.length) throw new Error(`bench/micro.mjs: no workload ${missing.join(', ')} (have: ${all.join(', ')})`);
  return all.filter((name) => only.includes(name));
}

/** A workload's leading comment, as one line: its description. */
function describe(file) {
  const lines = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.slice(2).trim());
  }
  return lines.join(' ');
}

const firstLine = (text) => text.trim().split('\n')[0]?.trim() ?? '';

/** The line of a failed run's output that says what went wrong: an `...Error: ...` line if
 *  there is one (node prints the source location first), else the first line, skipping
 *  node's warnings. */
function errorLine(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !/^(Warning:|\(node:\d+\))/.test(l));
  return lines.find((l) => /^(Uncaught )?[A-Z]\w*(Error|Exception)\b/.test(l)) ?? lines[0] ?? '';
}

/** One run of a process engine: { ms, ok, output, error }. */
async function runProcess(engine, file, timeoutMs) {
  const start = process.hrtime.bigint();
  const result = await run([...engine.command, file], { timeoutMs });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.timedOut) return { ms, ok: false, error: `timed out after ${timeoutMs / 1000} s` };
  if (result.status !== 0) {
    const why = errorLine(result.stderr) || errorLine(result.stdout) || `exit ${result.status ?? result.signal}`;
    return { ms, ok: false, error: why.split(file).join(path.basename(file)) };
  }
  return { ms, ok: true, output: result.stdout.trim() };
}

/** quickjs-emscripten, loaded once; each run gets a fresh runtime + context with a
 *  console.log that captures its arguments. Times context creation (its startup) and evalCode
 *  separately. The source is wrapped as node wraps a CommonJS file (and as petrel compiles a
 *  .js file), so top-level declarations are function locals on every engine, not globals. */
async function loadQuickJS() {
  const { getQuickJS } = await import('quickjs-emscripten');
  const QuickJS = await getQuickJS();
  return (source, filename) => {
    const t0 = performance.now();
    const vm = QuickJS.newContext();
    const lines = [];
    const log = vm.newFunction('log', (...args) => {
      lines.push(args.map((h) => String(vm.dump(h))).join(' '));
    });
    const consoleObj = vm.newObject();
    vm.setProp(consoleObj, 'log', log);
    vm.setProp(vm.global, 'console', consoleObj);
    log.dispose();
    consoleObj.dispose();
    const t1 = performance.now();
    let error = null;
    try {
      const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})({}, undefined, {}, ${JSON.stringify(filename)}, '.');`;
      const result = vm.evalCode(wrapped, filename);
      if (result.error) {
        const e = vm.dump(result.error);
        result.error.dispose();
        error = typeof e === 'object' && e ? `${e.name ?? 'Error'}: ${e.message ?? JSON.stringify(e)}` : String(e);
      } else result.value.dispose();
    } catch (e) {
      error = String(e?.message ?? e);
    }
    const t2 = performance.now();
    try {
      vm.dispose();
    } catch {} // a leak check failing must not lose the measurement
    const startup = t1 - t0;
    const net = t2 - t1;
    if (error) return { ms: startup + net, startup, net, ok: false, error: firstLine(error) };
    return { ms: startup + net, startup, net, ok: true, output: lines.join('\n').trim() };
  };
}

const fmtMs = (ms) => (ms == null ? '' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const fmtRatio = (r) => (r == null || !Number.isFinite(r) ? '-' : `${r.toFixed(2)}x`);
const geomean = (values) => Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);

const COLUMNS = [
  ['engine', 20, 'left'],
  ['raw ms', 9],
  ['startup', 9],
  ['net ms', 9],
  ['/quickjs', 9],
  ['/jitless', 9],
];

function row(cells) {
  return '  ' + cells.map((c, i) => {
    const [, width, align] = COLUMNS[i] ?? [null, 0];
    const s = String(c);
    return align === 'left' ? s.padEnd(width) : s.padStart(width);
  }).join(' ').trimEnd();
}

export async function benchMicro(argv = []) {
  const options = parseArgs(argv);
  const names = workloads(options.only);
  const engines = ENGINES.filter((e) => options.engines.includes(e.id));
  const N = options.runs;

  // What each engine can do: not built / not installed, else a way to run once.
  const state = new Map(); // id -> { missing } | { runOnce, startup }
  const emptyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'petrel-micro-')), 'empty.js');
  fs.writeFileSync(emptyFile, '');
  for (const engine of engines) {
    if (engine.inProcess) {
      try {
        const qjs = await loadQuickJS();
        state.set(engine.id, { runOnce: (file) => qjs(fs.readFileSync(file, 'utf8'), path.basename(file)) });
      } catch (e) {
        state.set(engine.id, { missing: `not installed (${firstLine(String(e?.message ?? e))})` });
      }
      continue;
    }
    const absent = engine.needs.filter((f) => !fs.existsSync(path.resolve(ROOT, f)));
    if (absent.length) {
      state.set(engine.id, { missing: 'not built' });
      continue;
    }
    state.set(engine.id, { runOnce: (file) => runProcess(engine, file, options.timeoutMs) });
  }

  // Startup baselines: the empty script run the same way, best of N. A process engine that
  // cannot run scripts yet still starts and exits, so its time is kept as its startup.
  for (const engine of engines) {
    const s = state.get(engine.id);
    if (!s.runOnce) continue;
    let best = Infinity;
    for (let i = 0; i < N; i++) {
      const r = await s.runOnce(emptyFile);
      best = Math.min(best, engine.inProcess ? r.startup : r.ms);
    }
    s.startup = best;
  }
  fs.rmSync(path.dirname(emptyFile), { recursive: true, force: true });

  // The reference output is node's, from one untimed run before the others.
  const nodeEngine = ENGINES.find((e) => e.id === 'node');
  const baselines = engines.filter((e) => state.get(e.id).startup != null)
    .map((e) => `${e.name} ${fmtMs(state.get(e.id).startup)} ms`).join(', ');
  console.log(`micro: ${names.length} workloads in bench/micro, best of ${N}; startup (empty script): ${baselines || 'none'}`);
  console.log('  net = raw - startup; /quickjs and /jitless = net time / that engine\'s net time (below 1x is faster)');

  const results = new Map(); // id -> [{ name, net, vsQuickjs, vsJitless }] for correct runs
  for (const engine of engines) results.set(engine.id, []);

  for (const name of names) {
    const file = path.join(MICRO_DIR, `${name}.js`);
    const reference = await runProcess(nodeEngine, file, options.timeoutMs);
    const expected = reference.ok ? reference.output : null;
    const cells = new Map(); // id -> { raw, startup, net } | { note }
    for (const engine of engines) {
      const s = state.get(engine.id);
      if (s.missing) {
        cells.set(engine.id, { note: s.missing });
        continue;
      }
      let best = null;
      for (let i = 0; i < N; i++) {
        const r = await s.runOnce(file);
        if (!r.ok) {
          best = { note: `error: ${r.error}` };
          break;
        }
        if (expected != null && r.output !== expected) {
          best = { note: `wrong output: ${JSON.stringify(r.output.slice(0, 60))}` };
          break;
        }
        const raw = r.ms;
        const net = engine.inProcess ? r.net : Math.max(r.ms - s.startup, 0.01);
        if (!best || net < best.net) best = { raw, startup: engine.inProcess ? r.startup : s.startup, net };
      }
      cells.set(engine.id, best);
    }
    const peer = (id) => cells.get(id)?.net;
    console.log(`\n  ${name}: ${describe(file)}`);
    console.log(row(COLUMNS.map(([title]) => title)));
    for (const engine of engines) {
      const c = cells.get(engine.id);
      if (c.note) {
        console.log(`  ${engine.name.padEnd(20)} ${c.note}`);
        continue;
      }
      const vsQuickjs = peer('quickjs') ? c.net / peer('quickjs') : null;
      const vsJitless = peer('jitless') ? c.net / peer('jitless') : null;
      results.get(engine.id).push({ name, net: c.net, vsQuickjs, vsJitless });
      console.log(row([engine.name, fmtMs(c.raw), fmtMs(c.startup), fmtMs(c.net), fmtRatio(vsQuickjs), fmtRatio(vsJitless)]));
    }
    if (expected == null) console.log(`  (no reference output: node failed (${reference.error}), so outputs were not checked)`);
  }

  // Geometric means over the workloads each engine ran correctly (ratios only where the peer
  // ran that workload correctly too).
  console.log(`\n  summary: geometric mean over the workloads each engine ran correctly (of ${names.length})`);
  console.log(row(['engine', 'ran', '', 'net ms', '/quickjs', '/jitless']));
  for (const engine of engines) {
    const list = results.get(engine.id);
    if (!list.length) {
      console.log(`  ${engine.name.padEnd(20)} ${state.get(engine.id).missing ?? 'no workload ran correctly'}`);
      continue;
    }
    const q = list.filter((x) => x.vsQuickjs != null).map((x) => x.vsQuickjs);
    const j = list.filter((x) => x.vsJitless != null).map((x) => x.vsJitless);
    console.log(row([engine.name, `${list.length}/${names.length}`, '', fmtMs(geomean(list.map((x) => x.net))),
      q.length ? fmtRatio(geomean(q)) : '-', j.length ? fmtRatio(geomean(j)) : '-']));
  }
  // The aim (issue 5): Petrel's wasm interpreter no slower than QuickJS in wasm. Say when it is.
  for (const id of ['wasi', 'web']) {
    const q = (results.get(id) ?? []).filter((x) => x.vsQuickjs != null).map((x) => x.vsQuickjs);
    if (q.length && geomean(q) > 1) {
      console.log(`  note: Petrel's ${id} build is ${fmtRatio(geomean(q)).trim()} QuickJS-in-wasm's time: slower, ` +
        'not yet at the aim (docs/bench.md says why)');
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await benchMicro(process.argv.slice(2));
  } catch (e) {
    console.error(e?.message ?? e);
    process.exit(2);
  }
}
