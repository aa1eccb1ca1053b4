"use strict";
/* WeakRef (ECMA-262 §26.1) and FinalizationRegistry (§26.2), over the heap's weak
 * references (CELL_WEAK_REF: cleared by the collector when the target dies).
 *
 * KeepDuringJob (9.10): targets of new WeakRefs and of deref() are kept strongly in
 * `keptObjects` until ClearKeptObjects, which runs each time the job queue drains.
 * Cleanup (9.13 HostEnqueueFinalizationRegistryCleanupJob): when the queue drains and some
 * collection has cleared weak references since the last look ($WeakGeneration), every live
 * registry with a dead target gets a cleanup job, and the queue runs again. Registries are
 * listed through weak references, so the list keeps none alive; a registry holds its cells
 * ([target ref, held value, token ref or undefined]) and so their held values strongly, and
 * its targets and tokens weakly. cleanupSome is not in node 20 and is not provided. */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const CONFIGURABLE = lib.CONFIGURABLE;
const CLASS_WEAK_REF = lib.CLASS_WEAK_REF, CLASS_FINALIZATION_REGISTRY = lib.CLASS_FINALIZATION_REGISTRY;
const CanBeHeldWeakly = lib.CanBeHeldWeakly;
const symToStringTag = $WellKnownSymbol("toStringTag");
const SLOT_CLEANUP = 1, SLOT_CELLS = 2, SLOT_LISTED = 3;
const CELL_TARGET = 0, CELL_HELD = 1, CELL_TOKEN = 2;

function receiverText(value) {
  if (typeof value === "string") return value;
  return lib.describe(value);
}

/* --- KeepDuringJob / ClearKeptObjects ------------------------------------------------------ */

let keptObjects = [];
function AddToKeptObjects(value) {
  $ArrayPush(keptObjects, value);
}
function ClearKeptObjects() {
  if ($ArrayLength(keptObjects) !== 0) keptObjects = [];
}

/* --- WeakRef (26.1) ------------------------------------------------------------------------ */

/* 26.1.1.1 WeakRef ( target ) */
function WeakRef(target) {
  if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
  if (!CanBeHeldWeakly(target)) throw new TypeError("WeakRef: invalid target");
  const proto = lib.GetPrototypeFromConstructor(new.target, WeakRefPrototype);
  AddToKeptObjects(target);
  return $WeakRefCreate(proto, target);
}
const WeakRefPrototype = {};
lib.linkConstructor(WeakRef, WeakRefPrototype);
lib.defineGlobal("WeakRef", WeakRef);

lib.installMethods(WeakRefPrototype, {
  /* 26.1.3.2 WeakRef.prototype.deref ( ) */
  deref() {
    if ($ClassOf(this) !== CLASS_WEAK_REF) {
      throw new TypeError(`Method WeakRef.prototype.deref called on incompatible receiver ${receiverText(this)}`);
    }
    const target = $WeakRefDeref(this);
    if (target !== undefined) AddToKeptObjects(target);
    return target;
  },
});
$DefineProperty(WeakRefPrototype, symToStringTag, "WeakRef", CONFIGURABLE);

/* --- FinalizationRegistry (26.2) ----------------------------------------------------------- */

let registries = []; /* weak references to every registry that has cells */
let lastGeneration = $WeakGeneration();

function requireRegistry(value, method) {
  if ($ClassOf(value) !== CLASS_FINALIZATION_REGISTRY) {
    throw new TypeError(`Method FinalizationRegistry.prototype.${method} called on incompatible receiver ${receiverText(value)}`);
  }
}

/* 26.2.1.1 FinalizationRegistry ( cleanupCallback ) */
function FinalizationRegistry(cleanupCallback) {
  if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
  if (!$IsCallable(cleanupCallback)) throw new TypeError("FinalizationRegistry: cleanup must be callable");
  const proto = lib.GetPrototypeFromConstructor(new.target, FinalizationRegistryPrototype);
  const registry = $CollectionCreate(proto, CLASS_FINALIZATION_REGISTRY, 4);
  $CollectionSetSlot(registry, SLOT_CLEANUP, cleanupCallback);
  $CollectionSetSlot(registry, SLOT_CELLS, []);
  return registry;
}
const FinalizationRegistryPrototype = {};
lib.linkConstructor(FinalizationRegistry, FinalizationRegistryPrototype);
lib.defineGlobal("FinalizationRegistry", FinalizationRegistry);

function tokenText(token) {
  return typeof token === "symbol" ? $Call(lib.SymbolDescriptiveString, undefined, token) : lib.ToString(token);
}

lib.installMethods(FinalizationRegistryPrototype, {
  /* 26.2.3.2 FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] ) */
  register(target, heldValue, unregisterToken = undefined) {
    requireRegistry(this, "register");
    if (!CanBeHeldWeakly(target)) throw new TypeError("FinalizationRegistry.prototype.register: invalid target");
    if (lib.SameValue(target, heldValue)) {
      throw new TypeError("FinalizationRegistry.prototype.register: target and holdings must not be same");
    }
    let tokenRef;
    if (CanBeHeldWeakly(unregisterToken)) {
      tokenRef = $WeakRefCreate(null, unregisterToken);
    } else if (unregisterToken !== undefined) {
      throw new TypeError(`Invalid unregisterToken ('${tokenText(unregisterToken)}')`);
    }
    const cells = $CollectionSlot(this, SLOT_CELLS);
    if ($CollectionSlot(this, SLOT_LISTED) !== true) {
      // Listed on its first registration (so registries nobody registers with cost nothing).
      $CollectionSetSlot(this, SLOT_LISTED, true);
      $ArrayPush(registries, $WeakRefCreate(null, this));
    }
    $ArrayPush(cells, [$WeakRefCreate(null, target), heldValue, tokenRef]);
    return undefined;
  },
  /* 26.2.3.3 FinalizationRegistry.prototype.unregister ( unregisterToken ) */
  unregister(unregisterToken) {
    requireRegistry(this, "unregister");
    if (!CanBeHeldWeakly(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${tokenText(unregisterToken)}')`);
    const cells = $CollectionSlot(this, SLOT_CELLS);
    const kept = [];
    let removed = false;
    for (let i = 0; i < $ArrayLength(cells); i++) {
      const cell = cells[i];
      const tokenRef = cell[CELL_TOKEN];
      if (tokenRef !== undefined && $WeakRefDeref(tokenRef) === unregisterToken) {
        removed = true;
      } else {
        $ArrayPush(kept, cell);
      }
    }
    if (removed) $CollectionSetSlot(this, SLOT_CELLS, kept);
    return removed;
  },
});
$DefineProperty(FinalizationRegistryPrototype, symToStringTag, "FinalizationRegistry", CONFIGURABLE);

function hasEmptyCell(registry) {
  const cells = $CollectionSlot(registry, SLOT_CELLS);
  for (let i = 0; i < $ArrayLength(cells); i++) {
    if ($WeakRefDeref(cells[i][CELL_TARGET]) === undefined) return true;
  }
  return false;
}

/* 9.13 CleanupFinalizationRegistry ( finalizationRegistry ) */
function CleanupFinalizationRegistry(registry) {
  const callback = $CollectionSlot(registry, SLOT_CLEANUP);
  for (;;) {
    const cells = $CollectionSlot(registry, SLOT_CELLS);
    let found = -1;
    for (let i = 0; i < $ArrayLength(cells); i++) {
      if ($WeakRefDeref(cells[i][CELL_TARGET]) === undefined) {
        found = i;
        break;
      }
    }
    if (found < 0) return undefined;
    const cell = cells[found];
    const rest = [];
    for (let i = 0; i < $ArrayLength(cells); i++) if (i !== found) $ArrayPush(rest, cells[i]);
    $CollectionSetSlot(registry, SLOT_CELLS, rest);
    $Call(callback, undefined, cell[CELL_HELD]);
  }
}

/* Queues a cleanup job for each live registry with a dead target; true when it queued any. */
function scheduleCleanup() {
  const generation = $WeakGeneration();
  if (generation === lastGeneration) return false;
  lastGeneration = generation;
  let queued = false;
  const live = [];
  for (let i = 0; i < $ArrayLength(registries); i++) {
    const registry = $WeakRefDeref(registries[i]);
    if (registry === undefined) continue;
    $ArrayPush(live, registries[i]);
    if (hasEmptyCell(registry)) {
      lib.EnqueueJob(CleanupFinalizationRegistry, registry, undefined);
      queued = true;
    }
  }
  registries = live;
  return queued;
}

const runJobs = lib.RunJobs;
$SetEntry("RunJobs", function RunJobs() {
  for (;;) {
    runJobs();
    ClearKeptObjects();
    if (!scheduleCleanup()) return undefined;
  }
});
