// JS tests: every .js/.mjs file under a directory is run by petrel on each target and its
// stdout compared with the expectation: NAME.out beside it when present, otherwise what
// node itself prints for the same file (the differential test the design prefers). A first
// line `// petrel: status=N` sets the expected exit code (default 0).
import fs from 'node:fs';
import path from 'node:path';
import { run } from './process.mjs';

/** Lists test files under dir, sorted, skipping fixtures folders (helpers of other tests). */
export function findJsTests(dir) {
  if (!fs.existsSync(dir)) return [];
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures') found.push(...findJsTests(full));
    } else if (/\.m?js$/.test(entry.name)) {
      found.push(full);
    }
  }
  return found.sort();
}

/** Reads the test's expectation: { stdout, status }, from NAME.out or from node. */
export async function expectationFor(file) {
  const header = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
  const statusMatch = /^\/\/ petrel:.*\bstatus=(\d+)/.exec(header);
  const status = statusMatch ? Number(statusMatch[1]) : 0;
  const outFile = file.replace(/\.m?js$/, '.out');
  if (fs.existsSync(outFile)) return { stdout: fs.readFileSync(outFile, 'utf8'), status };
  const node = await run([process.execPath, file], { cwd: path.dirname(file) });
  return { stdout: node.stdout, status: node.status };
}

/** Runs one test on one target; resolves to null on success or a failure description. */
export async function runJsTest(file, command, expected) {
  const result = await run([...command, file], { cwd: path.dirname(file) });
  if (result.timedOut) return 'timed out';
  const problems = [];
  if (result.status !== expected.status) problems.push(`exit status ${result.status}, expected ${expected.status}`);
  if (result.stdout !== expected.stdout) {
    problems.push(`stdout differs\n--- expected\n${expected.stdout}--- actual\n${result.stdout}---`);
  }
  if (problems.length && result.stderr) problems.push(`stderr:\n${result.stderr}`);
  return problems.length ? problems.join('\n') : null;
}
