// Runs one test262 script with node as a classic script (not a CommonJS module, where `this`
// and top-level `var` would not be the global object's): `--target=node` uses it to check
// the runner itself. Uncaught errors print as node prints them (file:line, source, caret).
'use strict';
const fs = require('node:fs');
const vm = require('node:vm');

const file = process.argv[2];
// $262.evalScript as a real global script (indirect eval would scope `let` to the eval); the
// shim takes this hook and deletes it, so the global object stays as the test expects.
Object.defineProperty(globalThis, '__petrel_evalScript', {
  configurable: true,
  value: (source) => vm.runInThisContext(source, { importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER }),
});
vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
