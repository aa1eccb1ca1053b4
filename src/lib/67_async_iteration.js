"use strict";
/* Async iteration (27.1.3-27.1.6, 27.6): %AsyncIteratorPrototype%, the async-from-sync
 * iterator that for-await uses over ordinary iterables, and async generators. An async
 * generator's body is a suspendable frame (like a generator's) driven from here: next/return/
 * throw queue a request with a promise, and the frame runs while requests are pending
 * (27.6.3 AsyncGeneratorEnqueue, AsyncGeneratorResumeNext, AsyncGeneratorDrainQueue). */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const Promise = lib.PromiseIntrinsic;
const symAsyncIterator = $WellKnownSymbol("asyncIterator");
const symIterator = $WellKnownSymbol("iterator");

/* 27.1.3 %AsyncIteratorPrototype% */
const AsyncIteratorPrototype = {};
lib.installMethods(AsyncIteratorPrototype, {
  /* 27.1.3.1 %AsyncIteratorPrototype% [ @@asyncIterator ] ( ) */
  [symAsyncIterator]() { return this; },
});
lib.AsyncIteratorPrototype = AsyncIteratorPrototype;

/* --- 27.1.6 async-from-sync iterators ------------------------------------------------------- */

const kSync = $NewSymbol("SyncIteratorRecord");
const AsyncFromSyncIteratorPrototype = { __proto__: AsyncIteratorPrototype };

/* 27.1.6.4 AsyncFromSyncIteratorContinuation: the sync result's value, awaited. */
function continuation(result, syncIterator, closeOnRejection) {
  const done = !!result.done;
  const value = result.value;
  let valueWrapper;
  try {
    valueWrapper = lib.PromiseResolve(Promise, value);
  } catch (e) {
    if (!done && closeOnRejection) lib.IteratorClose(syncIterator, true);
    throw e;
  }
  const onRejected = done || !closeOnRejection ? undefined : (reason) => {
    lib.IteratorClose(syncIterator, true);
    throw reason;
  };
  const capability = lib.NewPromiseCapability(Promise);
  lib.PerformPromiseThen(valueWrapper, (v) => ({ value: v, done }), onRejected, capability);
  return capability.promise;
}

/* Runs step(…) and turns a throw into a rejected promise (IfAbruptRejectPromise). */
function rejecting(step) {
  try {
    return step();
  } catch (e) {
    const capability = lib.NewPromiseCapability(Promise);
    $Call(capability.reject, undefined, e);
    return capability.promise;
  }
}

lib.installMethods(AsyncFromSyncIteratorPrototype, {
  next(value) {
    const record = this[kSync];
    return rejecting(() => {
      const result = arguments.length > 0 ? $Call(record.next, record.iterator, value) : $Call(record.next, record.iterator);
      if (!$IsObject(result)) throw new TypeError(`Iterator result ${lib.describe(result)} is not an object`);
      return continuation(result, record.iterator, true);
    });
  },
  return(value) {
    const record = this[kSync];
    const hasValue = arguments.length > 0;
    return rejecting(() => {
      const method = lib.GetMethod(record.iterator, "return");
      if (method === undefined) return lib.PromiseResolve(Promise, { value, done: true });
      const result = hasValue ? $Call(method, record.iterator, value) : $Call(method, record.iterator);
      if (!$IsObject(result)) throw new TypeError(`Iterator result ${lib.describe(result)} is not an object`);
      return continuation(result, record.iterator, false);
    });
  },
  throw(value) {
    const record = this[kSync];
    return rejecting(() => {
      const method = lib.GetMethod(record.iterator, "throw");
      if (method === undefined) {
        lib.IteratorClose(record.iterator, false);
        throw new TypeError("The iterator does not provide a 'throw' method");
      }
      const result = $Call(method, record.iterator, value);
      if (!$IsObject(result)) throw new TypeError(`Iterator result ${lib.describe(result)} is not an object`);
      return continuation(result, record.iterator, true);
    });
  },
});

/* 7.4.3 GetIterator(obj, async): the object's @@asyncIterator, else its sync iterator wrapped. */
function GetAsyncIterator(value) {
  if (value !== undefined && value !== null) {
    const method = value[symAsyncIterator];
    if (method !== undefined && method !== null) {
      if (!$IsCallable(method)) throw new TypeError(`${lib.describe(value)} is not async iterable`);
      const iterator = $Call(method, value);
      if (!$IsObject(iterator)) throw new TypeError("Result of the Symbol.asyncIterator method is not an object");
      return iterator;
    }
  }
  const iterator = lib.GetIterator(value);
  const wrapper = { __proto__: AsyncFromSyncIteratorPrototype };
  $DefineProperty(wrapper, kSync, { __proto__: null, iterator, next: iterator.next }, 0);
  return wrapper;
}
$SetEntry("GetAsyncIterator", GetAsyncIterator);

/* --- 27.6 async generators ------------------------------------------------------------------ */

const kQueue = $NewSymbol("AsyncGeneratorState");

function stateOf(generator) {
  if ($GeneratorKind(generator) !== 2) return undefined;
  let state = $GetOwnProperty(generator, kQueue);
  if (state === undefined) {
    state = { __proto__: null, state: "suspendedStart", queue: [] };
    if (!$DefineProperty(generator, kQueue, state, 0)) return undefined;
    return state;
  }
  return state[0];
}

function resolveFront(state, value, done) {
  const request = state.queue.shift();
  $Call(request.capability.resolve, undefined, { value, done });
}

function rejectFront(state, reason) {
  const request = state.queue.shift();
  $Call(request.capability.reject, undefined, reason);
}

/* 27.6.3.9 AsyncGeneratorAwaitReturn and 27.6.3.10 AsyncGeneratorDrainQueue, with
 * AsyncGeneratorResumeNext's start: run the generator for the front request, or settle
 * requests a completed generator can answer by itself. */
function resumeNext(generator, state) {
  while (state.queue.length > 0) {
    if (state.state === "executing" || state.state === "awaiting-return") return;
    const request = state.queue[0];
    if (state.state === "suspendedStart" && request.mode !== 0) state.state = "completed";
    if (state.state === "completed") {
      if (request.mode === 2) {
        state.state = "awaiting-return";
        let promise;
        try {
          promise = lib.PromiseResolve(Promise, request.value);
        } catch (e) {
          state.state = "completed";
          rejectFront(state, e);
          continue;
        }
        lib.PerformPromiseThen(promise, (v) => {
          state.state = "completed";
          resolveFront(state, v, true);
          resumeNext(generator, state);
        }, (e) => {
          state.state = "completed";
          rejectFront(state, e);
          resumeNext(generator, state);
        }, undefined);
        return;
      }
      if (request.mode === 1) rejectFront(state, request.value);
      else resolveFront(state, undefined, true);
      continue;
    }
    state.state = "executing";
    $GeneratorResume(generator, request.value, request.mode);
    return;
  }
}

/* 27.6.3.2 AsyncGeneratorEnqueue (after the brand check of 27.6.3.3 AsyncGeneratorValidate) */
function enqueue(generator, mode, value, method) {
  const capability = lib.NewPromiseCapability(Promise);
  const state = stateOf(generator);
  if (state === undefined) {
    const shown = $IsObject(generator) ? $Call(lib.objectToString, generator) : lib.describe(generator);
    $Call(capability.reject, undefined,
      new TypeError(`Method [AsyncGenerator].prototype.${method} called on incompatible receiver ${shown}`));
    return capability.promise;
  }
  $ArrayPush(state.queue, { __proto__: null, mode, value, capability });
  resumeNext(generator, state);
  return capability.promise;
}

/* A module body with top-level await runs as an async generator (src/compiler/
 * compile_module.c): 16.2.1.6.5 ExecuteModule(capability) starts it with one request whose
 * capability settles `capability` with undefined, as AsyncBlockStart would. */
lib.StartAsyncModuleBody = function StartAsyncModuleBody(generator, capability) {
  const state = stateOf(generator);
  const settle = { __proto__: null,
    resolve: () => { $Call(capability.resolve, undefined, undefined); },
    reject: (e) => { $Call(capability.reject, undefined, e); } };
  $ArrayPush(state.queue, { __proto__: null, mode: 0, value: undefined, capability: settle });
  resumeNext(generator, state);
};

/* 27.6.1 %AsyncGeneratorPrototype% */
const AsyncGeneratorPrototype = { __proto__: AsyncIteratorPrototype };
lib.installMethods(AsyncGeneratorPrototype, {
  next(value) { return enqueue(this, 0, value, "next"); },
  return(value) { return enqueue(this, 2, value, "return"); },
  throw(exception) { return enqueue(this, 1, exception, "throw"); },
});
$DefineProperty(AsyncGeneratorPrototype, $WellKnownSymbol("toStringTag"), "AsyncGenerator", 4);
$SetRoot("ASYNC_GENERATOR_PROTOTYPE", AsyncGeneratorPrototype);
lib.AsyncGeneratorPrototype = AsyncGeneratorPrototype;

/* 27.6.3.8 AsyncGeneratorYield, after the operand was awaited: the front request gets
 * {value, done: false}. If another request is already queued, the body continues at once
 * with it (its {mode, value} is returned); otherwise the body suspends (undefined). */
$SetEntry("AsyncGenYield", function AsyncGenYield(generator, value) {
  const state = stateOf(generator);
  resolveFront(state, value, false);
  if (state.queue.length > 0) {
    const next = state.queue[0];
    return { __proto__: null, mode: next.mode, value: next.value };
  }
  state.state = "suspendedYield";
  return undefined;
});

/* The body completed (27.6.3.5 AsyncGeneratorCompleteStep, then drain the queue). */
$SetEntry("AsyncGenComplete", function AsyncGenComplete(generator, value, threw) {
  const state = stateOf(generator);
  state.state = "completed";
  if (threw) rejectFront(state, value);
  else resolveFront(state, value, true);
  resumeNext(generator, state);
});
