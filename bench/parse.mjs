// Parse throughput: Petrel's parser (native, WASI and web builds) beside acorn under node,
// on the largest JavaScript file in node_modules that acorn parses. Prints MB/s and ratios;
// asserts nothing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { run } from '../tests/lib/process.mjs';
import { ROOT } from '../tests/lib/targets.mjs';

const RUNS = 10;

/** Every .js file under dir, with its size. */
function jsFiles(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) jsFiles(full, found);
    else if (entry.isFile() && entry.name.endsWith('.js')) found.push({ file: full, size: fs.statSync(full).size });
  }
  return found;
}

function loadAcorn() {
  const require = createRequire(import.meta.url);
  try {
    return require('acorn');
  } catch {
    return require('/usr/share/nodejs/acorn/dist/acorn.js'); // Debian's node-acorn
  }
}

/** The largest file acorn parses as a script, or failing that as a module. */
function pickCorpusFile(acorn) {
  const files = jsFiles(path.join(ROOT, 'node_modules')).sort((a, b) => b.size - a.size);
  for (const { file, size } of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const sourceType of ['script', 'module']) {
      try {
        acorn.parse(text, { ecmaVersion: 'latest', sourceType, allowReturnOutsideFunction: true, allowHashBang: true });
        return { file, size, text, sourceType };
      } catch {}
    }
  }
  throw new Error('no JavaScript file in node_modules parses');
}

function timeAcorn(acorn, corpus) {
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = process.hrtime.bigint();
    acorn.parse(corpus.text, { ecmaVersion: 'latest', sourceType: corpus.sourceType, allowReturnOutsideFunction: true, allowHashBang: true });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const measured = times.slice(2).sort((a, b) => a - b); // two warm-up runs for node's JIT
  return { best_ms: measured[0], median_ms: measured[Math.floor(RUNS / 2)] };
}

async function timePetrel(command, corpus) {
  const args = [...command, `--runs=${RUNS}`, ...(corpus.sourceType === 'module' ? ['--module'] : ['--commonjs']), corpus.file];
  const result = await run(args, { timeoutMs: 600_000 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

export async function benchParse() {
  const acorn = loadAcorn();
  const corpus = pickCorpusFile(acorn);
  const mb = corpus.size / (1024 * 1024);
  console.log(`parse: ${path.relative(ROOT, corpus.file)} (${mb.toFixed(2)} MB, ${corpus.sourceType}), best of ${RUNS}`);
  const rows = [['acorn (node, JIT)', timeAcorn(acorn, corpus)]];
  const node = process.execPath;
  const variants = [
    ['petrel native', [path.join(ROOT, 'build/native/parse_bench')]],
    ['petrel wasi', [node, path.join(ROOT, 'host-js/bin/run-wasi.mjs'), path.join(ROOT, 'build/wasi/parse_bench.wasm')]],
    ['petrel web', [node, path.join(ROOT, 'host-js/bin/run-web.mjs'), path.join(ROOT, 'build/web/parse_bench.mjs')]],
  ];
  for (const [name, command] of variants) rows.push([name, await timePetrel(command, corpus)]);
  const acornBest = rows[0][1].best_ms;
  for (const [name, t] of rows) {
    const rate = mb / (t.best_ms / 1000);
    console.log(`  ${name.padEnd(20)} ${t.best_ms.toFixed(1).padStart(8)} ms  ${rate.toFixed(1).padStart(7)} MB/s  ${(acornBest / t.best_ms).toFixed(2)}x acorn`);
  }
}
