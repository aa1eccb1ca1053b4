// Command-line behaviour of `petrel`, checked on every target. Each case gives the
// arguments (a function receives the fixture paths) and the exact expected status and
// output; stdout/stderr are strings compared exactly or RegExps.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Creates the files the cases use, in a fresh temporary directory. */
export function makeFixtures() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'petrel-cli-'));
  fs.writeFileSync(path.join(dir, 'hello.js'), 'console.log("hello");\n');
  fs.writeFileSync(path.join(dir, 'locked.js'), 'console.log("locked");\n');
  fs.chmodSync(path.join(dir, 'locked.js'), 0o000);
  fs.writeFileSync(path.join(dir, 'bad.js'), 'let x = 1;\n\tfoo(1 2);\n');
  fs.writeFileSync(path.join(dir, 'module.mjs'), 'import fs from "node:fs";\nexport default await 1;\n');
  fs.writeFileSync(path.join(dir, 'esm-main.mjs'),
    'import { x, inc } from "./esm-dep.mjs";\nimport * as ns from "./esm-dep.mjs";\ninc();\n' +
    'console.log(x, ns.x, await Promise.resolve("tla"), import.meta.url.endsWith("/esm-main.mjs"));\n');
  fs.writeFileSync(path.join(dir, 'esm-dep.mjs'), 'export let x = 1;\nexport function inc() { x++; }\n');
  fs.writeFileSync(path.join(dir, 'esm-missing.mjs'), 'import "./esm-nowhere.mjs";\n');
  fs.writeFileSync(path.join(dir, 'esm-unsettled.mjs'), 'await new Promise(() => {});\n');
  fs.writeFileSync(path.join(dir, 'detected.js'), 'import fs from "node:fs";\nexport const x = import.meta.url;\n');
  fs.writeFileSync(path.join(dir, 'esm-error.js'), 'import fs from "node:fs";\nfoo bar\n');
  fs.writeFileSync(path.join(dir, 'commonjs.cjs'), 'import fs from "node:fs";\n');
  fs.writeFileSync(path.join(dir, 'wrapper.js'), 'if (!module) return;\nexports.x = new.target;\n');
  fs.writeFileSync(path.join(dir, 'ic.js'), [
    'function getX(o) { return o.x; }',
    'const objects = [{ x: 1 }, { x: 2, a: 0 }, { x: 3, b: 0 }, { x: 4, c: 0 }, { x: 5, d: 0 }];',
    'let sum = 0;',
    'for (let i = 0; i < objects.length; i++) sum += getX(objects[i]);',
    'function Point(x) { this.x = x; }',
    'new Point(1); new Point(2);',
    'console.log(sum);',
    ''].join('\n'));
  fs.writeFileSync(path.join(dir, 'throws.js'), 'function fail() {\n  throw new TypeError("boom");\n}\nfail();\n');
  return {
    dir,
    hello: path.join(dir, 'hello.js'),
    locked: path.join(dir, 'locked.js'),
    missing: path.join(dir, 'missing.js'),
    bad: path.join(dir, 'bad.js'),
    throws: path.join(dir, 'throws.js'),
    ic: path.join(dir, 'ic.js'),
    // root reads a mode-000 file anyway; /proc/self/mem fails to read (EIO) even for root
    lockedReadable: process.getuid?.() === 0,
  };
}

export const CASES = [
  { name: '--version', args: () => ['--version'], status: 0, stdout: `v${pkg.version}\n`, stderr: '' },
  { name: '-v', args: () => ['-v'], status: 0, stdout: `v${pkg.version}\n`, stderr: '' },
  {
    name: '--help lists every option',
    args: () => ['--help'],
    status: 0,
    stdout: /^Usage: petrel \[options\] \[ script\.js \] \[arguments\]\n\nOptions:\n(?=[\s\S]*  -h, --help )(?=[\s\S]*  -v, --version )(?=[\s\S]*  -e, --eval CODE )(?=[\s\S]*  -p, --print EXPR )/,
    stderr: '',
  },
  { name: 'unknown long flag', args: () => ['--no-such-flag'], status: 9, stdout: '', stderr: 'petrel: bad option: --no-such-flag\n' },
  { name: 'unknown short flag', args: () => ['-Z', 'x.js'], status: 9, stdout: '', stderr: 'petrel: bad option: -Z\n' },
  { name: 'flag value missing', args: () => ['-e'], status: 9, stdout: '', stderr: 'petrel: -e requires an argument\n' },
  {
    name: 'missing script file',
    args: (f) => [f.missing],
    status: 1,
    stdout: '',
    stderr: (f) => `petrel: cannot read '${f.missing}': no such file or directory (ENOENT)\n`,
  },
  {
    name: 'directory as script',
    args: (f) => [f.dir],
    status: 1,
    stdout: '',
    stderr: (f) => `petrel: cannot read '${f.dir}': illegal operation on a directory (EISDIR)\n`,
  },
  {
    name: 'path through a file',
    args: (f) => [`${f.hello}/x.js`],
    status: 1,
    stdout: '',
    stderr: (f) => `petrel: cannot read '${f.hello}/x.js': not a directory (ENOTDIR)\n`,
  },
  {
    name: 'unreadable script file',
    args: (f) => [f.lockedReadable ? '/proc/self/mem' : f.locked],
    status: 1,
    stdout: '',
    stderr: (f) =>
      f.lockedReadable
        ? "petrel: cannot read '/proc/self/mem': i/o error (EIO)\n"
        : `petrel: cannot read '${f.locked}': permission denied (EACCES)\n`,
  },
  { name: 'a script runs', args: (f) => [f.hello, 'arg'], status: 0, stdout: 'hello\n', stderr: '' },
  { name: '-e runs code as a script', args: () => ['-e', 'var x = 1; console.log(globalThis.x + 1)'], status: 0, stdout: '2\n', stderr: '' },
  {
    name: 'an uncaught error: the throw site, a caret, the stack, exit 1',
    args: (f) => [f.throws],
    status: 1,
    stdout: '',
    stderr: (f) =>
      `${f.throws}:2\n  throw new TypeError("boom");\n  ^\n\nTypeError: boom\n    at fail (${f.throws}:2:9)\n` +
      `    at Object.<anonymous> (${f.throws}:4:1)\n\nPetrel v${pkg.version}\n`,
  },
  {
    name: 'an uncaught non-error value is shown inspected',
    args: () => ['-e', 'throw {a: 1}'],
    status: 1,
    stdout: '',
    stderr: `[eval]:1\nthrow {a: 1}\n^\n\nUncaught { a: 1 }\n\nPetrel v${pkg.version}\n`,
  },
  {
    name: 'an ES module runs with its imports, live bindings, top-level await and import.meta',
    args: () => ['esm-main.mjs'],
    status: 0,
    stdout: '2 2 tla true\n',
    stderr: '',
  },
  {
    name: 'an ES module importing a missing file: node\'s message, exit 1',
    args: () => ['esm-missing.mjs'],
    status: 1,
    stdout: '',
    stderr: (f) => new RegExp(`Error: Cannot find module '.*/esm-nowhere\\.mjs' imported from .*/esm-missing\\.mjs`),
  },
  {
    name: 'a top-level await that never settles exits 13, as in node',
    args: () => ['esm-unsettled.mjs'],
    status: 13,
    stdout: '',
    stderr: '',
  },
  {
    name: 'syntax error in a script: file:line:col, source line, caret',
    args: (f) => [f.bad],
    status: 1,
    stdout: '',
    stderr: (f) => `${f.bad}:2:6\n\tfoo(1 2);\n\t    ^\n\nSyntaxError: missing ) after argument list\n`,
  },
  {
    name: 'syntax error in -e code',
    args: () => ['-e', 'return 1'],
    status: 1,
    stdout: '',
    stderr: '[eval]:1:1\nreturn 1\n^^^^^^\n\nSyntaxError: Illegal return statement\n',
  },
  {
    name: '--trace-ic: each state change of a site, V8-style',
    args: (f) => ['--trace-ic', f.ic],
    status: 0,
    stdout: '15\n',
    stderr: (f) => new RegExp('^' + [
      `\\[LoadIC in getX at ${f.ic}:1:27\\] 'x' state: UNINITIALIZED → MONOMORPHIC \\(shape #\\d+\\)`,
      `\\[LoadIC in getX at ${f.ic}:1:27\\] 'x' state: MONOMORPHIC → POLYMORPHIC \\(shape #\\d+\\)`,
      `\\[LoadIC in getX at ${f.ic}:1:27\\] 'x' state: POLYMORPHIC → MEGAMORPHIC \\(shape #\\d+\\)`,
      `\\[StoreIC in Point at ${f.ic}:5:21\\] 'x' state: UNINITIALIZED → MONOMORPHIC \\(shape #\\d+\\)`,
      `\\[LoadIC in \\(anonymous\\) at ${f.ic}:7:1\\] 'log' state: UNINITIALIZED → MONOMORPHIC \\(shape #\\d+\\)`,
    ].join('\n') + '\n$'),
  },
  { name: '--check: valid script', args: (f) => ['--check', f.hello], status: 0, stdout: '', stderr: '' },
  {
    name: '--print-bytecode: the compiled listing, then the run',
    args: (f) => ['--print-bytecode', f.hello],
    status: 0,
    stdout: /^\[generated bytecode for function: ""\]\nParameter count 6\n[\s\S]*LdaGlobal +\[0\], fb0\n[\s\S]*GetNamed +r\d+, \[1\], fb\d+\n[\s\S]*Call +r\d+, r\d+, #1, fb\d+\n[\s\S]*Constant pool \(size = 3\)\n  0: "console"\n  1: "log"\n  2: "hello"\n[\s\S]*\nhello\n$/,
    stderr: '',
  },
  {
    name: '--print-bytecode: a name inside with checks the object first',
    args: () => ['--print-bytecode', '-e', 'with ({ x: 1 }) x'],
    status: 0,
    stdout: /CallLib[^\n]*\n[^\n]*JumpIfFalse[^\n]*\n[^\n]*GetNamed/,
    stderr: '',
  },
  { name: '-c: syntax error', args: (f) => ['-c', f.bad], status: 1, stdout: '', stderr: /^.*bad\.js:2:6\n[\s\S]*SyntaxError: missing \) after argument list\n$/ },
  { name: '--check: .mjs is a module', args: () => ['--check', 'module.mjs'], status: 0, stdout: '', stderr: '' },
  { name: '--check: .js with ESM syntax is detected as a module', args: () => ['--check', 'detected.js'], status: 0, stdout: '', stderr: '' },
  {
    name: '--check: a detected module reports its own errors',
    args: () => ['--check', 'esm-error.js'],
    status: 1,
    stdout: '',
    stderr: "esm-error.js:2:5\nfoo bar\n    ^^^\n\nSyntaxError: Unexpected identifier 'bar'\n",
  },
  {
    name: '--check: .cjs is never a module',
    args: () => ['--check', 'commonjs.cjs'],
    status: 1,
    stdout: '',
    stderr: 'commonjs.cjs:1:1\nimport fs from "node:fs";\n^^^^^^\n\nSyntaxError: Cannot use import statement outside a module\n',
  },
  { name: '--check: CommonJS files are function bodies', args: () => ['--check', 'wrapper.js'], status: 0, stdout: '', stderr: '' },
  { name: '-p prints the completion value', args: () => ['--print=1 + 1; [2, "x"]'], status: 0, stdout: "[ 2, 'x' ]\n", stderr: '' },
  { name: '-p prints a string as it is', args: () => ['-p', '"a" + 1'], status: 0, stdout: 'a1\n', stderr: '' },
];
