// Node's own verdict on source files, for the real-code differential parse test. Run with
// `node --experimental-vm-modules` (vm.SourceTextModule). Reads file paths (one per line)
// on stdin; prints one JSON line per file: { file, goal, ok, message }.
//
// The goal is the one node would use to load the file: .mjs is a module, .cjs is CommonJS,
// .js follows the nearest package.json "type", and a CommonJS-typed .js whose compile fails
// with an ES-module-syntax error is compiled again as a module (node 20's detection).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const ESM_SYNTAX = new Set([
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
]);
const packageTypes = new Map();

/** "module" or "commonjs": the "type" of the nearest package.json above file. */
function packageType(file) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (packageTypes.has(dir)) return packageTypes.get(dir);
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      let type = 'commonjs';
      try {
        type = JSON.parse(fs.readFileSync(manifest, 'utf8')).type === 'module' ? 'module' : 'commonjs';
      } catch {}
      packageTypes.set(dir, type);
      return type;
    }
    if (dir === path.dirname(dir)) return 'commonjs';
  }
}

function compileModule(source, file) {
  new vm.SourceTextModule(source, { identifier: file });
}

function compileCommonJS(source, file) {
  vm.compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
}

function verdict(file) {
  const source = fs.readFileSync(file, 'utf8');
  const type = file.endsWith('.mjs') ? 'module' : file.endsWith('.cjs') ? 'commonjs' : packageType(file);
  try {
    if (type === 'module') compileModule(source, file);
    else compileCommonJS(source, file);
    return { file, goal: type, ok: true };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    if (type === 'commonjs' && !file.endsWith('.cjs') && ESM_SYNTAX.has(error.message)) {
      try {
        compileModule(source, file);
        return { file, goal: 'module', ok: true };
      } catch (moduleError) {
        return { file, goal: 'module', ok: false, message: moduleError.message };
      }
    }
    return { file, goal: type, ok: false, message: error.message };
  }
}

const files = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const file of files) process.stdout.write(JSON.stringify(verdict(file)) + '\n');
