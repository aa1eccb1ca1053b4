"use strict";
/* ECMAScript modules (16.2.1): the host's loading (file paths and file: URLs, node's error
 * messages), and the Cyclic Module Record algorithms — Link, Evaluate with top-level await,
 * ResolveExport, GetExportedNames, namespaces — over the records the compiler describes
 * (src/compiler/compile_module.c) and the environment intrinsics of
 * src/builtins/intrinsics_module.c.
 *
 * A module's body is a generator function: calling it creates the module's environment and
 * its function declarations (the first half of 16.2.1.6.4 InitializeEnvironment; done for
 * every module of a graph before any import is bound, so cycles can bind to environments
 * that exist), and resuming it once runs the body (ExecuteModule). With top-level await it
 * is an async generator, started with a capability of our own.
 *
 * Not yet: CommonJS and JSON modules, packages and `node:` built-ins (the Node layer's
 * loader, issue 8); every file imported is read as an ES module. */

const lib = global["%lib"];
const Promise = lib.PromiseIntrinsic;
const TypeError = lib.TypeError, SyntaxError = lib.SyntaxError, Error = lib.Error;
const symToStringTag = $WellKnownSymbol("toStringTag");

/* --- paths and URLs -------------------------------------------------------------------- */

function startsWith(s, prefix) {
  return $StringLength(s) >= $StringLength(prefix) && $StringSubstring(s, 0, $StringLength(prefix)) === prefix;
}

function lastIndexOfSlash(s) {
  for (let i = $StringLength(s) - 1; i >= 0; i--) if ($StringCharCodeAt(s, i) === 47) return i;
  return -1;
}

function dirname(path) {
  const i = lastIndexOfSlash(path);
  return i <= 0 ? "/" : $StringSubstring(path, 0, i);
}

/* An absolute path with `.`, `..` and repeated slashes resolved. */
function normalize(path) {
  const parts = [];
  let start = 0;
  const length = $StringLength(path);
  for (let i = 0; i <= length; i++) {
    if (i === length || $StringCharCodeAt(path, i) === 47) {
      const part = $StringSubstring(path, start, i);
      start = i + 1;
      if (part === "" || part === ".") continue;
      if (part === "..") {
        if (parts.length > 0) parts.length = parts.length - 1;
        continue;
      }
      $ArrayPush(parts, part);
    }
  }
  let result = "";
  for (let i = 0; i < parts.length; i++) result = result + "/" + parts[i];
  return result === "" ? "/" : result;
}

const HEX = "0123456789ABCDEF";

/* url.pathToFileURL's percent-encoding of a path (UTF-8 for non-ASCII). */
function pathToFileURL(path) {
  let out = "file://";
  const length = $StringLength(path);
  for (let i = 0; i < length; i++) {
    const c = $StringCharCodeAt(path, i);
    const safe = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
      c === 47 || c === 45 || c === 46 || c === 95 || c === 126 || c === 33 || c === 36 || c === 38 ||
      c === 39 || c === 40 || c === 41 || c === 42 || c === 43 || c === 44 || c === 59 || c === 61 ||
      c === 58 || c === 64;
    if (safe) {
      out = out + $StringSubstring(path, i, i + 1);
      continue;
    }
    let code = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length) {
      const d = $StringCharCodeAt(path, i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        code = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        i++;
      }
    }
    const bytes = [];
    if (code < 0x80) $ArrayPush(bytes, code);
    else if (code < 0x800) { $ArrayPush(bytes, 0xC0 | (code >> 6)); $ArrayPush(bytes, 0x80 | (code & 63)); }
    else if (code < 0x10000) {
      $ArrayPush(bytes, 0xE0 | (code >> 12)); $ArrayPush(bytes, 0x80 | ((code >> 6) & 63)); $ArrayPush(bytes, 0x80 | (code & 63));
    } else {
      $ArrayPush(bytes, 0xF0 | (code >> 18)); $ArrayPush(bytes, 0x80 | ((code >> 12) & 63));
      $ArrayPush(bytes, 0x80 | ((code >> 6) & 63)); $ArrayPush(bytes, 0x80 | (code & 63));
    }
    for (let j = 0; j < bytes.length; j++) {
      out = out + "%" + $StringSubstring(HEX, bytes[j] >> 4, (bytes[j] >> 4) + 1) +
        $StringSubstring(HEX, bytes[j] & 15, (bytes[j] & 15) + 1);
    }
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/* A file: URL's path, percent-decoded (UTF-8); undefined when it is not one. */
function fileURLToPath(url) {
  if (!startsWith(url, "file://")) return undefined;
  let path = $StringSubstring(url, 7, $StringLength(url));
  if (!startsWith(path, "/")) {
    if (!startsWith(path, "localhost/")) return undefined;
    path = $StringSubstring(path, 9, $StringLength(path));
  }
  let end = $StringIndexOf(path, "?", 0);
  const hash = $StringIndexOf(path, "#", 0);
  if (hash >= 0 && (end < 0 || hash < end)) end = hash;
  if (end >= 0) path = $StringSubstring(path, 0, end);
  let out = "";
  const length = $StringLength(path);
  for (let i = 0; i < length; i++) {
    const c = $StringCharCodeAt(path, i);
    if (c !== 37) {
      out = out + $StringSubstring(path, i, i + 1);
      continue;
    }
    /* a run of %XX bytes, decoded as UTF-8 */
    let code = 0, need = 0, j = i;
    const units = [];
    while (j + 2 < length && $StringCharCodeAt(path, j) === 37) {
      const hi = hexValue($StringCharCodeAt(path, j + 1)), lo = hexValue($StringCharCodeAt(path, j + 2));
      if (hi < 0 || lo < 0) break;
      const byte = hi * 16 + lo;
      if (need === 0) {
        if (byte < 0x80) $ArrayPush(units, byte);
        else if (byte >= 0xC0 && byte < 0xE0) { code = byte & 31; need = 1; }
        else if (byte >= 0xE0 && byte < 0xF0) { code = byte & 15; need = 2; }
        else if (byte >= 0xF0 && byte < 0xF8) { code = byte & 7; need = 3; }
        else $ArrayPush(units, 0xFFFD);
      } else {
        code = (code << 6) | (byte & 63);
        if (--need === 0) {
          if (code >= 0x10000) {
            $ArrayPush(units, 0xD800 + ((code - 0x10000) >> 10));
            $ArrayPush(units, 0xDC00 + ((code - 0x10000) & 1023));
          } else {
            $ArrayPush(units, code);
          }
        }
      }
      j += 3;
    }
    if (j === i) {
      out = out + "%";
      continue;
    }
    for (let k = 0; k < units.length; k++) out = out + $StringFromCharCode(units[k]);
    i = j - 1;
  }
  return out;
}

function referrerPath(referrer) {
  if (typeof referrer !== "string") return undefined;
  const path = fileURLToPath(referrer);
  if (path !== undefined) return path;
  return startsWith(referrer, "/") ? referrer : undefined;
}

function notFound(message, url) {
  const error = new Error(message);
  $DefineProperty(error, "code", "ERR_MODULE_NOT_FOUND", lib.WRITABLE | lib.CONFIGURABLE | lib.ENUMERABLE);
  if (url !== undefined) $DefineProperty(error, "url", url, lib.WRITABLE | lib.CONFIGURABLE | lib.ENUMERABLE);
  return error;
}

/* node's ESM resolution, for what Petrel can load: relative and absolute paths and file:
 * URLs. The result is an absolute path. */
function resolve(specifier, referrer) {
  const base = referrerPath(referrer);
  const from = base === undefined ? "" : " imported from " + base;
  if (startsWith(specifier, "file:")) {
    const path = fileURLToPath(specifier);
    if (path === undefined) throw new TypeError("Invalid URL: " + specifier);
    return normalize(path);
  }
  if (startsWith(specifier, "/")) return normalize(specifier);
  if (startsWith(specifier, "./") || startsWith(specifier, "../") || specifier === "." || specifier === "..") {
    const directory = base === undefined ? ($ModuleCwd() ?? "/") : dirname(base);
    return normalize(directory + "/" + specifier);
  }
  const error = notFound("Cannot find package '" + specifier + "'" + from);
  throw error;
}

/* --- module records -------------------------------------------------------------------- */

const NEW = 0, UNLINKED = 1, LINKING = 2, LINKED = 3, EVALUATING = 4, EVALUATING_ASYNC = 5, EVALUATED = 6;

/* The module map: one record per absolute path (16.2.1.8 HostLoadImportedModule's
 * idempotence). */
const moduleMap = { __proto__: null };

function newRecord(path, url, body, staticRecord) {
  return {
    __proto__: null,
    path, url, body,
    requests: staticRecord[0],
    imports: staticRecord[1],
    localExports: staticRecord[2],
    indirectExports: staticRecord[3],
    starExports: staticRecord[4],
    hasTLA: staticRecord[5],
    metaSlot: staticRecord[6],
    loaded: [],           /* per request: the record it resolved to */
    status: NEW,
    generator: undefined, environment: undefined,
    namespace: undefined, namespaceWaiters: undefined,
    hasError: false, error: undefined,
    dfsIndex: 0, dfsAncestorIndex: 0, cycleRoot: undefined,
    asyncEvaluation: false, asyncOrder: 0, topLevelCapability: undefined,
    asyncParentModules: [], pendingAsyncDependencies: 0,
  };
}

/* Validates a request's attributes: node knows `type` ("json" only, which Petrel cannot load yet). */
function checkAttributes(attributes, specifier) {
  if (attributes === null) return;
  for (let i = 0; i < attributes.length; i += 2) {
    const key = attributes[i], value = attributes[i + 1];
    /* 16.2.1.? AllImportAttributesSupported: a SyntaxError (node says TypeError) */
    if (key !== "type") {
      throw new SyntaxError("Import attribute \"" + key + "\" with value \"" + value + "\" is not supported");
    }
    throw new TypeError("Module \"" + specifier + "\" has an import attribute \"type: " + value +
      "\" that Petrel cannot load yet (JSON modules arrive with the Node layer)");
  }
}

/* HostLoadImportedModule, synchronously: the record for a resolved path, compiled on first use. */
function loadPath(path, referrer) {
  let record = moduleMap[path];
  if (record !== undefined) return record;
  const source = $ModuleReadFile(path);
  const url = pathToFileURL(path);
  if (source === undefined) {
    const base = referrerPath(referrer);
    throw notFound("Cannot find module '" + path + "'" + (base === undefined ? "" : " imported from " + base), url);
  }
  const compiled = $ModuleCompile(source, url);
  record = newRecord(path, url, compiled[0], compiled[1]);
  moduleMap[path] = record;
  return record;
}

/* 16.2.1.5.1 LoadRequestedModules, synchronously: every module the graph needs is loaded
 * and compiled, or the first failure is thrown. */
function loadGraph(root) {
  const pending = [root];
  const seen = [root];
  while (pending.length > 0) {
    const record = pending[pending.length - 1];
    pending.length = pending.length - 1;
    if (record.status !== NEW) continue;
    for (let i = 0; i < record.requests.length; i++) {
      if (record.loaded[i] !== undefined) continue;
      const specifier = record.requests[i][0];
      checkAttributes(record.requests[i][1], specifier);
      const required = loadPath(resolve(specifier, record.url), record.url);
      record.loaded[i] = required;
      if (!includes(seen, required)) {
        $ArrayPush(seen, required);
        $ArrayPush(pending, required);
      }
    }
  }
  for (let i = 0; i < seen.length; i++) if (seen[i].status === NEW) seen[i].status = UNLINKED;
  return seen;
}

function includes(list, item) {
  for (let i = 0; i < list.length; i++) if (list[i] === item) return true;
  return false;
}

/* --- exports ----------------------------------------------------------------------------- */

const AMBIGUOUS = { __proto__: null };

/* 16.2.1.6.2 GetExportedNames */
function getExportedNames(module, exportStarSet) {
  const names = [];
  if (includes(exportStarSet, module)) return names;
  $ArrayPush(exportStarSet, module);
  for (let i = 0; i < module.localExports.length; i += 2) $ArrayPush(names, module.localExports[i]);
  for (let i = 0; i < module.indirectExports.length; i += 3) $ArrayPush(names, module.indirectExports[i]);
  for (let i = 0; i < module.starExports.length; i++) {
    const requested = module.loaded[module.starExports[i]];
    const starNames = getExportedNames(requested, exportStarSet);
    for (let j = 0; j < starNames.length; j++) {
      const n = starNames[j];
      if (n !== "default" && !includes(names, n)) $ArrayPush(names, n);
    }
  }
  return names;
}

/* 16.2.1.6.3 ResolveExport: {module, slot}, {module, namespace: true}, null or AMBIGUOUS. */
function resolveExport(module, exportName, resolveSet) {
  for (let i = 0; i < resolveSet.length; i++) {
    if (resolveSet[i].module === module && resolveSet[i].exportName === exportName) return null; /* a cycle */
  }
  $ArrayPush(resolveSet, { __proto__: null, module, exportName });
  for (let i = 0; i < module.localExports.length; i += 2) {
    if (module.localExports[i] === exportName) {
      return { __proto__: null, module, slot: module.localExports[i + 1], namespace: false };
    }
  }
  for (let i = 0; i < module.indirectExports.length; i += 3) {
    if (module.indirectExports[i] === exportName) {
      const imported = module.loaded[module.indirectExports[i + 1]];
      const importName = module.indirectExports[i + 2];
      if (importName === null) return { __proto__: null, module: imported, slot: 0, namespace: true };
      return resolveExport(imported, importName, resolveSet);
    }
  }
  if (exportName === "default") return null;
  let starResolution = null;
  for (let i = 0; i < module.starExports.length; i++) {
    const imported = module.loaded[module.starExports[i]];
    const resolution = resolveExport(imported, exportName, resolveSet);
    if (resolution === AMBIGUOUS) return AMBIGUOUS;
    if (resolution === null) continue;
    if (starResolution === null) {
      starResolution = resolution;
    } else if (resolution.module !== starResolution.module || resolution.namespace !== starResolution.namespace ||
               resolution.slot !== starResolution.slot) {
      return AMBIGUOUS;
    }
  }
  return starResolution;
}

/* 16.2.1.10 GetModuleNamespace */
function getNamespace(module) {
  if (module.namespace !== undefined) return module.namespace;
  /* while it is made, namespaces that include it (itself, through `export * as`) refer to
   * holders filled once it exists */
  module.namespaceWaiters = [];
  const exported = getExportedNames(module, []);
  const names = [], resolutions = [];
  for (let i = 0; i < exported.length; i++) {
    const resolution = resolveExport(module, exported[i], []);
    if (resolution !== null && resolution !== AMBIGUOUS) {
      $ArrayPush(names, exported[i]);
      $ArrayPush(resolutions, resolution);
    }
  }
  /* sorted by code units (insertion sort keeps the pairs together) */
  for (let i = 1; i < names.length; i++) {
    const name = names[i], resolution = resolutions[i];
    let j = i - 1;
    while (j >= 0 && names[j] > name) {
      names[j + 1] = names[j];
      resolutions[j + 1] = resolutions[j];
      j--;
    }
    names[j + 1] = name;
    resolutions[j + 1] = resolution;
  }
  const environments = [], slots = [];
  for (let i = 0; i < resolutions.length; i++) {
    const r = resolutions[i];
    if (r.namespace && r.module.namespace === undefined && r.module.namespaceWaiters !== undefined) {
      const holder = $ModuleHolder();
      $ArrayPush(r.module.namespaceWaiters, holder);
      $ArrayPush(environments, holder);
      $ArrayPush(slots, 1);
    } else if (r.namespace) {
      $ArrayPush(environments, null);
      $ArrayPush(slots, getNamespace(r.module));
    } else {
      createEnvironment(r.module);
      $ArrayPush(environments, r.module.environment);
      $ArrayPush(slots, r.slot);
    }
  }
  module.namespace = $ModuleNamespace(names, environments, slots, symToStringTag);
  const waiters = module.namespaceWaiters;
  module.namespaceWaiters = undefined;
  for (let i = 0; i < waiters.length; i++) $ModuleInitBinding(waiters[i], 1, module.namespace);
  return module.namespace;
}

/* --- linking ----------------------------------------------------------------------------- */

function ambiguityError(module, name, requestIndex) {
  const specifier = module.requests[requestIndex][0];
  return new SyntaxError("The requested module '" + specifier + "' contains conflicting star exports for name '" + name + "'");
}

function missingError(module, name, requestIndex) {
  const specifier = module.requests[requestIndex][0];
  return new SyntaxError("The requested module '" + specifier + "' does not provide an export named '" + name + "'");
}

/* The body's environment and function declarations (16.2.1.6.4 steps 5-6 and 24-25). */
function createEnvironment(module) {
  if (module.generator !== undefined) return;
  module.generator = $Call(module.body, undefined);
  module.environment = $ModuleEnvironment(module.generator);
  if (module.metaSlot >= 0) {
    const meta = { __proto__: null };
    const path = module.path, url = module.url;
    meta.dirname = dirname(path);
    meta.filename = path;
    meta.resolve = function resolve(specifier) {
      return pathToFileURL(resolveSpecifier(lib.ToString(specifier), url));
    };
    meta.url = url;
    $ModuleInitBinding(module.environment, module.metaSlot, meta);
  }
}

function resolveSpecifier(specifier, url) { return resolve(specifier, url); }

/* 16.2.1.6.4 InitializeEnvironment: the checks of the indirect exports and the imports' bindings. */
function initializeEnvironment(module) {
  for (let i = 0; i < module.indirectExports.length; i += 3) {
    const name = module.indirectExports[i];
    const resolution = resolveExport(module, name, []);
    if (resolution === null) throw missingError(module, module.indirectExports[i + 2] ?? name, module.indirectExports[i + 1]);
    if (resolution === AMBIGUOUS) throw ambiguityError(module, module.indirectExports[i + 2] ?? name, module.indirectExports[i + 1]);
  }
  createEnvironment(module);
  for (let i = 0; i < module.imports.length; i += 3) {
    const request = module.imports[i], importName = module.imports[i + 1], slot = module.imports[i + 2];
    const imported = module.loaded[request];
    if (importName === null) {
      $ModuleInitBinding(module.environment, slot, getNamespace(imported));
      continue;
    }
    const resolution = resolveExport(imported, importName, []);
    if (resolution === null) throw missingError(module, importName, request);
    if (resolution === AMBIGUOUS) throw ambiguityError(module, importName, request);
    if (resolution.namespace) {
      $ModuleLinkBinding(module.environment, slot, null, getNamespace(resolution.module));
    } else {
      createEnvironment(resolution.module);
      $ModuleLinkBinding(module.environment, slot, resolution.module.environment, resolution.slot);
    }
  }
}

/* 16.2.1.5.2 Link */
function link(module) {
  const stack = [];
  try {
    innerLink(module, stack, 0);
  } catch (e) {
    for (let i = 0; i < stack.length; i++) stack[i].status = UNLINKED;
    throw e;
  }
}

/* 16.2.1.5.2.1 InnerModuleLinking */
function innerLink(module, stack, index) {
  if (module.status === LINKING || module.status === LINKED || module.status === EVALUATING_ASYNC ||
      module.status === EVALUATED || module.status === EVALUATING) {
    return index;
  }
  module.status = LINKING;
  module.dfsIndex = index;
  module.dfsAncestorIndex = index;
  index++;
  $ArrayPush(stack, module);
  for (let i = 0; i < module.requests.length; i++) {
    const required = module.loaded[i];
    index = innerLink(required, stack, index);
    if (required.status === LINKING && required.dfsAncestorIndex < module.dfsAncestorIndex) {
      module.dfsAncestorIndex = required.dfsAncestorIndex;
    }
  }
  initializeEnvironment(module);
  if (module.dfsAncestorIndex === module.dfsIndex) {
    let done = false;
    while (!done) {
      const m = stack[stack.length - 1];
      stack.length = stack.length - 1;
      m.status = LINKED;
      done = m === module;
    }
  }
  return index;
}

/* --- evaluation -------------------------------------------------------------------------- */

let asyncEvaluationCount = 0;

/* 16.2.1.5.3 Evaluate → a promise settled when the module and its dependencies have run. */
function evaluate(module) {
  /* (a module whose evaluation threw has no cycle root: its own capability holds the error) */
  if ((module.status === EVALUATING_ASYNC || module.status === EVALUATED) && module.cycleRoot !== undefined) {
    module = module.cycleRoot;
  }
  if (module.topLevelCapability !== undefined) return module.topLevelCapability.promise;
  const stack = [];
  const capability = lib.NewPromiseCapability(Promise);
  module.topLevelCapability = capability;
  try {
    innerEvaluate(module, stack, 0);
  } catch (e) {
    for (let i = 0; i < stack.length; i++) {
      stack[i].status = EVALUATED;
      stack[i].hasError = true;
      stack[i].error = e;
    }
    $Call(capability.reject, undefined, e);
    return capability.promise;
  }
  if (!module.asyncEvaluation) $Call(capability.resolve, undefined, undefined);
  return capability.promise;
}

/* 16.2.1.5.3.1 InnerModuleEvaluation */
function innerEvaluate(module, stack, index) {
  if (module.status === EVALUATING_ASYNC || module.status === EVALUATED) {
    if (module.hasError) throw module.error;
    return index;
  }
  if (module.status === EVALUATING) return index;
  module.status = EVALUATING;
  module.dfsIndex = index;
  module.dfsAncestorIndex = index;
  module.pendingAsyncDependencies = 0;
  index++;
  $ArrayPush(stack, module);
  for (let i = 0; i < module.requests.length; i++) {
    let required = module.loaded[i];
    index = innerEvaluate(required, stack, index);
    if (required.status === EVALUATING) {
      if (required.dfsAncestorIndex < module.dfsAncestorIndex) module.dfsAncestorIndex = required.dfsAncestorIndex;
    } else {
      required = required.cycleRoot;
      if (required.hasError) throw required.error;
    }
    if (required.asyncEvaluation) {
      module.pendingAsyncDependencies++;
      $ArrayPush(required.asyncParentModules, module);
    }
  }
  if (module.pendingAsyncDependencies > 0 || module.hasTLA) {
    module.asyncEvaluation = true;
    module.asyncOrder = ++asyncEvaluationCount;
    if (module.pendingAsyncDependencies === 0) executeAsync(module);
  } else {
    $GeneratorResume(module.generator, undefined, 0);
  }
  if (module.dfsAncestorIndex === module.dfsIndex) {
    let done = false;
    while (!done) {
      const m = stack[stack.length - 1];
      stack.length = stack.length - 1;
      m.status = m.asyncEvaluation ? EVALUATING_ASYNC : EVALUATED;
      m.cycleRoot = module;
      done = m === module;
    }
  }
  return index;
}

/* 16.2.1.5.3.2 ExecuteAsyncModule */
function executeAsync(module) {
  const capability = lib.NewPromiseCapability(Promise);
  lib.PerformPromiseThen(capability.promise, () => { asyncFulfilled(module); },
    (error) => { asyncRejected(module, error); }, undefined);
  lib.StartAsyncModuleBody(module.generator, capability);
}

/* 16.2.1.5.3.3 GatherAvailableAncestors */
function gatherAncestors(module, execList) {
  for (let i = 0; i < module.asyncParentModules.length; i++) {
    const m = module.asyncParentModules[i];
    if (includes(execList, m) || m.cycleRoot.hasError) continue;
    m.pendingAsyncDependencies--;
    if (m.pendingAsyncDependencies === 0) {
      $ArrayPush(execList, m);
      if (!m.hasTLA) gatherAncestors(m, execList);
    }
  }
}

/* 16.2.1.5.3.4 AsyncModuleExecutionFulfilled */
function asyncFulfilled(module) {
  if (module.status === EVALUATED) return; /* it failed already */
  module.asyncEvaluation = false;
  module.status = EVALUATED;
  if (module.topLevelCapability !== undefined) $Call(module.topLevelCapability.resolve, undefined, undefined);
  const execList = [];
  gatherAncestors(module, execList);
  /* in the order their [[AsyncEvaluation]] became true */
  for (let i = 1; i < execList.length; i++) {
    const m = execList[i];
    let j = i - 1;
    while (j >= 0 && execList[j].asyncOrder > m.asyncOrder) {
      execList[j + 1] = execList[j];
      j--;
    }
    execList[j + 1] = m;
  }
  for (let i = 0; i < execList.length; i++) {
    const m = execList[i];
    if (m.status === EVALUATED) continue;
    if (m.hasTLA) {
      executeAsync(m);
      continue;
    }
    try {
      $GeneratorResume(m.generator, undefined, 0);
    } catch (e) {
      asyncRejected(m, e);
      continue;
    }
    m.asyncEvaluation = false;
    m.status = EVALUATED;
    if (m.topLevelCapability !== undefined) $Call(m.topLevelCapability.resolve, undefined, undefined);
  }
}

/* 16.2.1.5.3.5 AsyncModuleExecutionRejected */
function asyncRejected(module, error) {
  if (module.status === EVALUATED) return;
  module.hasError = true;
  module.error = error;
  module.status = EVALUATED;
  module.asyncEvaluation = false;
  /* (steps 9-10: its own capability first, then the ancestors: leaf-to-root order) */
  if (module.topLevelCapability !== undefined) $Call(module.topLevelCapability.reject, undefined, error);
  for (let i = 0; i < module.asyncParentModules.length; i++) asyncRejected(module.asyncParentModules[i], error);
}

/* --- entry points ------------------------------------------------------------------------ */

/* Load, link and evaluate a graph: the promise of evaluate(), or a rejection. */
function runGraph(module) {
  loadGraph(module);
  link(module);
  return evaluate(module);
}

/* The main module (the CLI): loading and linking errors throw; the evaluation's outcome is
 * recorded in the returned state for the CLI to read once the jobs have run (rejected: an
 * uncaught error; never settled: node's exit code 13 for an unsettled top-level await). */
$SetEntry("RunMainModule", function RunMainModule(path) {
  const state = { __proto__: null, settled: false, rejected: false, reason: undefined };
  const module = loadPath(normalize(path), undefined);
  lib.PerformPromiseThen(runGraph(module), () => { state.settled = true; }, (e) => {
    state.settled = true;
    state.rejected = true;
    state.reason = e;
  }, undefined);
  return state;
});

/* 13.3.10.1.1 EvaluateImportCall and 16.2.1.9 ContinueDynamicImport. */
$SetEntry("DynamicImport", function DynamicImport(specifier, options, referrer) {
  const capability = lib.NewPromiseCapability(Promise);
  let attributes = null;
  try {
    specifier = lib.ToString(specifier);
    if (options !== undefined) {
      if (!$IsObject(options)) throw new TypeError("The second argument to import() must be an object");
      const withValue = options.with;
      if (withValue !== undefined) {
        if (!$IsObject(withValue)) throw new TypeError("The 'with' option must be an object");
        const keys = $OwnEnumerableStringKeys(withValue);
        attributes = [];
        for (let i = 0; i < keys.length; i++) {
          const value = withValue[keys[i]];
          if (typeof value !== "string") throw new TypeError("Import attribute value must be a string");
          $ArrayPush(attributes, keys[i]);
          $ArrayPush(attributes, value);
        }
      }
    }
  } catch (e) {
    $Call(capability.reject, undefined, e);
    return capability.promise;
  }
  /* the host's loading completes in a later job (FinishLoadingImportedModule) */
  const loading = lib.NewPromiseCapability(Promise);
  let module;
  try {
    checkAttributes(attributes, specifier);
    module = loadPath(resolve(specifier, referrer), referrer);
    loadGraph(module);
    $Call(loading.resolve, undefined, undefined);
  } catch (e) {
    $Call(loading.reject, undefined, e);
  }
  lib.PerformPromiseThen(loading.promise, () => {
    let evaluation;
    try {
      link(module);
      evaluation = evaluate(module);
    } catch (e) {
      $Call(capability.reject, undefined, e);
      return;
    }
    lib.PerformPromiseThen(evaluation, () => {
      $Call(capability.resolve, undefined, getNamespace(module));
    }, (e) => { $Call(capability.reject, undefined, e); }, undefined);
  }, (e) => { $Call(capability.reject, undefined, e); }, undefined);
  return capability.promise;
});
