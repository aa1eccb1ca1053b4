// Differential parse of real code: every .js/.mjs/.cjs file of a few large npm packages
// (devDependencies: typescript, @babel/standalone, lodash, acorn) through node's own parser
// and through Petrel's (build/native/petrel_parse), each file with the goal node would load
// it with. Petrel must accept exactly what node accepts.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from '../lib/targets.mjs';

const execFileAsync = promisify(execFile);
const PACKAGES = ['typescript', '@babel/standalone', 'lodash', 'acorn'];
const CHUNK = 300;

function sourcesUnder(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourcesUnder(full, found);
    else if (entry.isFile() && /\.(c|m)?js$/.test(entry.name)) found.push(full);
  }
  return found;
}

async function nodeVerdicts(files) {
  const { stdout } = await new Promise((resolve, reject) => {
    const child = execFile(process.execPath,
      ['--experimental-vm-modules', '--no-warnings', path.join(ROOT, 'tests/parser/node-accepts.mjs')],
      { maxBuffer: 256 * 1024 * 1024 }, (error, out, err) => (error ? reject(new Error(err || error.message)) : resolve({ stdout: out })));
    child.stdin.end(files.join('\n'));
  });
  return stdout.trim().split('\n').map((line) => JSON.parse(line));
}

async function petrelVerdicts(goal, files) {
  const driver = path.join(ROOT, 'build/native/petrel_parse');
  const verdicts = new Map();
  for (let i = 0; i < files.length; i += CHUNK) {
    const { stdout } = await execFileAsync(driver,
      ['--batch', goal === 'module' ? '--module' : '--commonjs', ...files.slice(i, i + CHUNK)],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000, killSignal: 'SIGKILL' });
    for (const line of stdout.split('\n')) {
      const m = /^(ok|error) ([^\t]+)(?:\t(.*))?$/.exec(line);
      if (m) verdicts.set(m[2], { ok: m[1] === 'ok', message: m[3] });
    }
  }
  return verdicts;
}

test('Petrel accepts exactly what node accepts on real npm packages', async () => {
  const files = PACKAGES.flatMap((name) => sourcesUnder(path.join(ROOT, 'node_modules', name))).sort();
  assert.ok(files.length > 1000, `expected the packages' sources, found ${files.length} files`);
  const node = await nodeVerdicts(files);
  const disagreements = [];
  for (const goal of ['module', 'commonjs']) {
    const group = node.filter((v) => v.goal === goal);
    const petrel = await petrelVerdicts(goal, group.map((v) => v.file));
    for (const v of group) {
      const p = petrel.get(v.file);
      if (!p) disagreements.push(`${v.file}: no verdict from petrel_parse`);
      else if (p.ok !== v.ok) {
        disagreements.push(`${path.relative(ROOT, v.file)} (${goal}): node ${v.ok ? 'accepts' : `rejects (${v.message})`}, Petrel ${p.ok ? 'accepts' : `rejects (${p.message})`}`);
      }
    }
  }
  assert.deepEqual(disagreements, [], `${disagreements.length} of ${files.length} files disagree`);
});
