"use strict";
/* Promise (ECMA-262 §27.2), AggregateError (20.5.7) and the job queue (9.5 Jobs): the
 * constructor, Promise.prototype.then/catch/finally, the statics, queueMicrotask and the
 * entries the runtime calls after a script:
 *   RunJobs()              runs queued jobs (and the jobs they queue) until the queue is
 *                          empty; a job that throws propagates out at once, the rest stay
 *                          queued (node treats it as an uncaught exception).
 *   UnhandledRejections()  → [[promise, reason], …]: promises rejected with no handler that
 *                          still have none (HostPromiseRejectionTracker); clears the list.
 * Shared on `lib` for async functions: EnqueueJob(fn, a, b) (runs fn(a, b) with undefined
 * this), PromiseResolve, NewPromiseCapability, PerformPromiseThen (a resultCapability of
 * undefined makes an internal reaction), PromiseIntrinsic (%Promise%), IsPromise,
 * PromiseState (for inspect), SpeciesConstructor, AggregateError.
 *
 * Limitation: a promise keeps its internal slots in a record under a library-private symbol
 * key (non-enumerable), because no intrinsic gives library objects internal slots. */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const WRITABLE = lib.WRITABLE, ENUMERABLE = lib.ENUMERABLE, CONFIGURABLE = lib.CONFIGURABLE;
const symSpecies = $WellKnownSymbol("species");
const symToStringTag = $WellKnownSymbol("toStringTag");

/* --- the job queue (9.5 HostEnqueuePromiseJob) -------------------------------------------- */

/* A FIFO of (fn, a, b) triples; `head` is the index of the next job. */
let jobs = [];
let head = 0;

/* Queues fn(a, b), called with undefined this. */
function EnqueueJob(fn, a, b) {
  $ArrayPush(jobs, fn);
  $ArrayPush(jobs, a);
  $ArrayPush(jobs, b);
}
lib.EnqueueJob = EnqueueJob;

/* Runs jobs until none is left. The job is taken off the queue before it runs, so when it
 * throws the exception propagates with the remaining jobs still queued. */
function RunJobs() {
  for (;;) {
    if (head >= $ArrayLength(jobs)) {
      jobs = [];
      head = 0;
      return undefined;
    }
    const fn = jobs[head], a = jobs[head + 1], b = jobs[head + 2];
    jobs[head] = undefined;
    jobs[head + 1] = undefined;
    jobs[head + 2] = undefined;
    head += 3;
    if (head >= 3072 && head * 2 >= $ArrayLength(jobs)) {
      // Drop the consumed prefix so a long run does not keep a growing array.
      const rest = [];
      for (let i = head; i < $ArrayLength(jobs); i++) $ArrayPush(rest, jobs[i]);
      jobs = rest;
      head = 0;
    }
    $Call(fn, undefined, a, b);
  }
}
$SetEntry("RunJobs", RunJobs);
lib.RunJobs = RunJobs; /* 62_weakref.js wraps it: kept objects and FinalizationRegistry cleanup */

/* --- promise records ---------------------------------------------------------------------- */

/* A promise's internal slots: [[PromiseState]], [[PromiseResult]], the reactions and
 * [[PromiseIsHandled]]. [[PromiseFulfillReactions]] and [[PromiseRejectReactions]] are one
 * list: each then appends one reaction to both, so one record per then serves both
 * ([capability, onFulfilled, onRejected, derived], handlers undefined when "empty"; see
 * PerformPromiseThen for `derived`). */
const kPromise = $NewSymbol("PromiseState");
const PENDING = 0, FULFILLED = 1, REJECTED = 2;
const STATE = 0, RESULT = 1, REACTIONS = 2, IS_HANDLED = 3;

/* A pending promise with %Promise.prototype% (OrdinaryCreateFromConstructor(%Promise%)
 * plus the slot initialisation of 27.2.3.1 steps 4-7). */
function NewPromiseObject() {
  const promise = {};
  $SetPrototypeOf(promise, PromisePrototype);
  $DefineProperty(promise, kPromise, [PENDING, undefined, [], false], 0);
  return promise;
}

function promiseRecord(value) {
  if (!$IsObject(value)) return undefined;
  const own = $GetOwnProperty(value, kPromise);
  return own === undefined ? undefined : own[0];
}

/* 27.2.1.6 IsPromise */
function IsPromise(x) {
  return promiseRecord(x) !== undefined;
}
lib.IsPromise = IsPromise;

/* For inspect: ["pending"|"fulfilled"|"rejected", result], or undefined for a non-promise. */
lib.PromiseState = function PromiseState(x) {
  const record = promiseRecord(x);
  if (record === undefined) return undefined;
  const state = record[STATE];
  return [state === PENDING ? "pending" : state === FULFILLED ? "fulfilled" : "rejected", record[RESULT]];
};

/* A value as V8 names it in these messages: primitives by their string, objects as #<Name>. */
function receiverText(value) {
  if (typeof value === "string") return value;
  return lib.describe(value);
}

/* --- HostPromiseRejectionTracker (27.2.1.9) ------------------------------------------------ */

/* Promises rejected while unhandled, in rejection order. A handler added later clears the
 * promise's [[PromiseIsHandled]]-false state; such entries are skipped when reported and
 * swept out once they are the bulk of the list. */
let rejected = [];
let handledCount = 0;

function HostPromiseRejectionTracker(promise, operation) {
  if (operation === "reject") {
    $ArrayPush(rejected, promise);
    return;
  }
  // "handle": the promise's record now says handled; sweep when most entries are dead.
  handledCount++;
  if (handledCount >= 64 && handledCount * 2 >= $ArrayLength(rejected)) {
    const live = [];
    for (let i = 0; i < $ArrayLength(rejected); i++) {
      if (!promiseRecord(rejected[i])[IS_HANDLED]) $ArrayPush(live, rejected[i]);
    }
    rejected = live;
    handledCount = 0;
  }
}

function UnhandledRejections() {
  const result = [];
  for (let i = 0; i < $ArrayLength(rejected); i++) {
    const promise = rejected[i];
    const record = promiseRecord(promise);
    if (!record[IS_HANDLED]) $ArrayPush(result, [promise, record[RESULT]]);
  }
  rejected = [];
  handledCount = 0;
  return result;
}
$SetEntry("UnhandledRejections", UnhandledRejections);

/* --- abstract operations (27.2.1, 27.2.2) -------------------------------------------------- */

/* Built-in function objects made by these algorithms (resolve/reject functions, executors,
 * element functions, finally's helpers) are arrow functions: anonymous, with no prototype
 * property and no [[Construct]], as CreateBuiltinFunction makes them. */

/* 27.2.1.3 CreateResolvingFunctions → [resolve, reject] */
function CreateResolvingFunctions(promise) {
  // 1. Let alreadyResolved be the Record { [[Value]]: false }.
  const alreadyResolved = { __proto__: null, value: false };
  return [makeResolveFunction(promise, alreadyResolved), makeRejectFunction(promise, alreadyResolved)];
}

/* 27.2.1.3.2 Promise Resolve Functions */
function makeResolveFunction(promise, alreadyResolved) {
  return (resolution) => {
    // 5-6. If alreadyResolved.[[Value]] is true, return undefined; set it to true.
    if (alreadyResolved.value) return undefined;
    alreadyResolved.value = true;
    ResolvePromise(promise, resolution);
    return undefined;
  };
}

/* Steps 7-16 of a promise resolve function, for a pending promise. */
function ResolvePromise(promise, resolution) {
  // 7. If SameValue(resolution, promise) is true, reject with a TypeError.
  if (resolution === promise) {
    RejectPromise(promise, new TypeError("Chaining cycle detected for promise #<Promise>"));
    return;
  }
  // 8. If resolution is not an Object, fulfill with it.
  if (!$IsObject(resolution)) {
    FulfillPromise(promise, resolution);
    return;
  }
  // 9. Let then be Completion(Get(resolution, "then")).
  let then;
  try {
    then = resolution.then;
  } catch (e) {
    // 10. If then is an abrupt completion, reject with its value.
    RejectPromise(promise, e);
    return;
  }
  // 12. If IsCallable(thenAction) is false, fulfill with resolution.
  if (!$IsCallable(then)) {
    FulfillPromise(promise, resolution);
    return;
  }
  // 13-15. HostEnqueuePromiseJob(NewPromiseResolveThenableJob(promise, resolution, then)).
  EnqueueJob(PromiseResolveThenableJob, promise, [resolution, then]);
}

/* 27.2.1.3.1 Promise Reject Functions */
function makeRejectFunction(promise, alreadyResolved) {
  return (reason) => {
    if (alreadyResolved.value) return undefined;
    alreadyResolved.value = true;
    RejectPromise(promise, reason);
    return undefined;
  };
}

/* 27.2.1.4 FulfillPromise */
function FulfillPromise(promise, value) {
  const record = promiseRecord(promise);
  const reactions = record[REACTIONS];
  record[RESULT] = value;
  record[REACTIONS] = undefined;
  record[STATE] = FULFILLED;
  TriggerPromiseReactions(reactions, value, PromiseFulfillReactionJob);
}

/* 27.2.1.7 RejectPromise */
function RejectPromise(promise, reason) {
  const record = promiseRecord(promise);
  const reactions = record[REACTIONS];
  record[RESULT] = reason;
  record[REACTIONS] = undefined;
  record[STATE] = REJECTED;
  // 7. If promise.[[PromiseIsHandled]] is false, HostPromiseRejectionTracker(promise, "reject").
  if (!record[IS_HANDLED]) HostPromiseRejectionTracker(promise, "reject");
  TriggerPromiseReactions(reactions, reason, PromiseRejectReactionJob);
}

/* 27.2.1.8 TriggerPromiseReactions; `job` picks the fulfill or reject half of each reaction. */
function TriggerPromiseReactions(reactions, argument, job) {
  for (let i = 0; i < $ArrayLength(reactions); i++) EnqueueJob(job, reactions[i], argument);
}

/* 27.2.1.5 NewPromiseCapability ( C ) → { promise, resolve, reject } */
function NewPromiseCapability(C) {
  if (C === Promise) {
    // %Promise% calls the executor once with fresh resolving functions and keeps nothing
    // else of it, so the executor need not exist.
    const promise = NewPromiseObject();
    const resolving = CreateResolvingFunctions(promise);
    return { __proto__: null, promise, resolve: resolving[0], reject: resolving[1] };
  }
  // 1. If IsConstructor(C) is false, throw a TypeError exception.
  if (!$IsConstructor(C)) throw new TypeError(`${lib.describe(C)} is not a constructor`);
  // 3. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
  const capability = { __proto__: null, promise: undefined, resolve: undefined, reject: undefined };
  // 4-5. executorClosure, executor (length 2).
  const executor = makeCapabilityExecutor(capability);
  // 6. Let promise be ? Construct(C, « executor »).
  const promise = $Construct(C, [executor], C);
  // 7-8. If IsCallable(resolve / reject) is false, throw a TypeError exception.
  if (!$IsCallable(capability.resolve) || !$IsCallable(capability.reject)) {
    throw new TypeError("Promise resolve or reject function is not callable");
  }
  capability.promise = promise;
  return capability;
}
lib.NewPromiseCapability = NewPromiseCapability;

/* 27.2.1.5 step 4: GetCapabilitiesExecutor Functions */
function makeCapabilityExecutor(capability) {
  return (resolve, reject) => {
    // a-b. If resolvingFunctions.[[Resolve]] or [[Reject]] is not undefined, throw a TypeError.
    if (capability.resolve !== undefined || capability.reject !== undefined) {
      throw new TypeError("Promise executor has already been invoked with non-undefined arguments");
    }
    capability.resolve = resolve;
    capability.reject = reject;
    return undefined;
  };
}

/* 27.2.2.1 NewPromiseReactionJob ( reaction, argument ), for the fulfill and the reject
 * half of a reaction. */
function PromiseFulfillReactionJob(reaction, argument) {
  return PromiseReactionJob(reaction, argument, false);
}
function PromiseRejectReactionJob(reaction, argument) {
  return PromiseReactionJob(reaction, argument, true);
}
function PromiseReactionJob(reaction, argument, isReject) {
  const handler = isReject ? reaction[2] : reaction[1];
  let value, abrupt = false;
  if (handler === undefined) {
    // c-d. Fulfill: NormalCompletion(argument); Reject: ThrowCompletion(argument).
    value = argument;
    abrupt = isReject;
  } else {
    // e. Let handlerResult be Completion(HostCallJobCallback(handler, undefined, « argument »)).
    try {
      value = $Call(handler, undefined, argument);
    } catch (e) {
      value = e;
      abrupt = true;
    }
  }
  const derived = reaction[3];
  if (derived !== undefined) {
    // then's capability from %Promise%: its resolving functions, which only this job
    // calls (once), act directly on the derived promise.
    if (abrupt) RejectPromise(derived, value);
    else ResolvePromise(derived, value);
    return undefined;
  }
  const capability = reaction[0];
  // f. If promiseCapability is undefined, return empty.
  if (capability === undefined) return undefined;
  // g-h. Call the capability's reject or resolve function.
  if (abrupt) return $Call(capability.reject, undefined, value);
  return $Call(capability.resolve, undefined, value);
}

/* 27.2.2.2 NewPromiseResolveThenableJob ( promiseToResolve, thenable, then ) */
function PromiseResolveThenableJob(promiseToResolve, thenableAndThen) {
  // a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
  const resolving = CreateResolvingFunctions(promiseToResolve);
  // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolve, reject »)).
  try {
    $Call(thenableAndThen[1], thenableAndThen[0], resolving[0], resolving[1]);
  } catch (e) {
    // c. If thenCallResult is an abrupt completion, return ? Call(reject, undefined, « error »).
    return $Call(resolving[1], undefined, e);
  }
  return undefined;
}

/* 27.2.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] ) */
function PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability) {
  return performThen(promise, onFulfilled, onRejected, resultCapability, undefined);
}
lib.PerformPromiseThen = PerformPromiseThen;

/* PerformPromiseThen where `derived`, when not undefined, is a pending promise made by
 * NewPromiseObject that stands for NewPromiseCapability(%Promise%): its resolving functions
 * are never exposed, so the reaction job settles it directly. */
function performThen(promise, onFulfilled, onRejected, resultCapability, derived) {
  const record = promiseRecord(promise);
  // 3-8. Handlers that are not callable become empty; one record for both reactions.
  const reaction = [
    resultCapability,
    $IsCallable(onFulfilled) ? onFulfilled : undefined,
    $IsCallable(onRejected) ? onRejected : undefined,
    derived,
  ];
  const state = record[STATE];
  if (state === PENDING) {
    // 9. Append the reactions.
    $ArrayPush(record[REACTIONS], reaction);
  } else if (state === FULFILLED) {
    // 10. Queue a fulfill reaction job with the value.
    EnqueueJob(PromiseFulfillReactionJob, reaction, record[RESULT]);
  } else {
    // 11. If promise.[[PromiseIsHandled]] is false, HostPromiseRejectionTracker(promise, "handle").
    if (!record[IS_HANDLED]) {
      record[IS_HANDLED] = true;
      HostPromiseRejectionTracker(promise, "handle");
    }
    EnqueueJob(PromiseRejectReactionJob, reaction, record[RESULT]);
  }
  // 12. Set promise.[[PromiseIsHandled]] to true.
  record[IS_HANDLED] = true;
  // 13-14.
  if (derived !== undefined) return derived;
  return resultCapability === undefined ? undefined : resultCapability.promise;
}

const SpeciesConstructor = lib.SpeciesConstructor;

/* 27.2.4.7.1 PromiseResolve ( C, x ) */
function PromiseResolve(C, x) {
  // 1. If IsPromise(x) is true and x.constructor is C, return x.
  if (IsPromise(x)) {
    const xConstructor = x.constructor;
    if (xConstructor === C) return x;
  }
  const capability = NewPromiseCapability(C);
  $Call(capability.resolve, undefined, x);
  return capability.promise;
}
lib.PromiseResolve = PromiseResolve;

/* --- the constructor (27.2.3) ------------------------------------------------------------- */

/* 27.2.3.1 Promise ( executor ) */
function Promise(executor) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new.target === undefined) throw new TypeError("Promise constructor cannot be invoked without 'new'");
  // 2. If IsCallable(executor) is false, throw a TypeError exception.
  if (!$IsCallable(executor)) throw new TypeError(`Promise resolver ${receiverText(executor)} is not a function`);
  // 3-7. OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%") with the slots.
  const promise = this;
  $DefineProperty(promise, kPromise, [PENDING, undefined, [], false], 0);
  // 8. Let resolvingFunctions be CreateResolvingFunctions(promise).
  const resolving = CreateResolvingFunctions(promise);
  // 9-10. Call the executor; an abrupt completion rejects.
  try {
    $Call(executor, undefined, resolving[0], resolving[1]);
  } catch (e) {
    $Call(resolving[1], undefined, e);
  }
  return promise;
}
const PromisePrototype = Promise.prototype;
$DefineProperty(Promise, "prototype", PromisePrototype, 0);
lib.PromiseIntrinsic = Promise;
lib.PromisePrototype = PromisePrototype;

/* 27.2.4.7.1 step / GetPromiseResolve ( promiseConstructor ) (27.2.4.1.1) */
function GetPromiseResolve(promiseConstructor) {
  const promiseResolve = promiseConstructor.resolve;
  if (!$IsCallable(promiseResolve)) throw new TypeError("resolve is not a function");
  return promiseResolve;
}

/* An iterator record for the combinators: { iterator, next, done }. */
function getIteratorRecord(iterable) {
  const iterator = lib.GetIterator(iterable);
  return { __proto__: null, iterator, next: iterator.next, done: false };
}

/* 7.4.9 IteratorStepValue: the next value, or `doneMarker`; abrupt completions set done. */
const doneMarker = { __proto__: null };
function IteratorStepValue(record) {
  let result;
  try {
    result = $Call(record.next, record.iterator);
    if (!$IsObject(result)) throw new TypeError(`Iterator result ${lib.describe(result)} is not an object`);
    if (result.done) {
      record.done = true;
      return doneMarker;
    }
    return result.value;
  } catch (e) {
    record.done = true;
    throw e;
  }
}

/* The shared shape of Promise.all/allSettled/any/race (27.2.4.1 steps 1-7): `perform` runs
 * the Perform… operation; an abrupt completion closes the iterator (when not done) and
 * rejects the capability (IfAbruptRejectPromise). */
function promiseCombinator(C, iterable, perform, name) {
  if (!$IsObject(C)) throw new TypeError(`${name} called on non-object`);
  // 2. Let promiseCapability be ? NewPromiseCapability(C).
  const capability = NewPromiseCapability(C);
  let promiseResolve, iteratorRecord;
  try {
    // 3. Let promiseResolve be Completion(GetPromiseResolve(C)).
    promiseResolve = GetPromiseResolve(C);
    // 5. Let iteratorRecord be Completion(GetIterator(iterable, sync)).
    iteratorRecord = getIteratorRecord(iterable);
  } catch (e) {
    // 4, 6. IfAbruptRejectPromise.
    $Call(capability.reject, undefined, e);
    return capability.promise;
  }
  try {
    // 7. Let result be Completion(Perform…(iteratorRecord, C, promiseCapability, promiseResolve)).
    return perform(iteratorRecord, C, capability, promiseResolve);
  } catch (e) {
    // 8. If result is an abrupt completion: close the iterator unless done, then reject.
    if (!iteratorRecord.done) lib.IteratorClose(iteratorRecord.iterator, true);
    $Call(capability.reject, undefined, e);
    return capability.promise;
  }
}

/* CreateArrayFromList over a list kept as an array. */
function arrayFromList(list) {
  const array = [];
  for (let i = 0; i < $ArrayLength(list); i++) $ArrayPush(array, list[i]);
  return array;
}

/* 27.2.4.1.2 PerformPromiseAll */
function PerformPromiseAll(iteratorRecord, constructor, resultCapability, promiseResolve) {
  // 1-3. values, remainingElementsCount { [[Value]]: 1 }, index.
  const values = [];
  const remaining = { __proto__: null, value: 1 };
  let index = 0;
  for (;;) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    const next = IteratorStepValue(iteratorRecord);
    // b. If next is done: resolve with the values once the count reaches 0.
    if (next === doneMarker) {
      remaining.value -= 1;
      if (remaining.value === 0) $Call(resultCapability.resolve, undefined, arrayFromList(values));
      return resultCapability.promise;
    }
    // c. Append undefined to values.
    $ArrayPush(values, undefined);
    // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
    const nextPromise = $Call(promiseResolve, constructor, next);
    // e-k. onFulfilled: a Promise.all Resolve Element Function.
    const onFulfilled = makeAllResolveElement(index, values, resultCapability, remaining, 0);
    // l. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
    remaining.value += 1;
    // m. Perform ? Invoke(nextPromise, "then", « onFulfilled, resultCapability.[[Reject]] »).
    $Call(nextPromise.then, nextPromise, onFulfilled, resultCapability.reject);
    index += 1;
  }
}

/* 27.2.4.1.3 Promise.all Resolve Element Functions (kind 0), 27.2.4.2.2-3 Promise.allSettled
 * Resolve/Reject Element Functions (kinds 1, 2; they share `alreadyCalled`), 27.2.4.3.2
 * Promise.any Reject Element Functions (kind 3). */
function makeAllResolveElement(index, values, capability, remaining, kind, alreadyCalled) {
  if (alreadyCalled === undefined) alreadyCalled = { __proto__: null, value: false };
  return (x) => {
    // 1-4. If alreadyCalled.[[Value]] is true, return undefined; set it to true.
    if (alreadyCalled.value) return undefined;
    alreadyCalled.value = true;
    let element = x;
    if (kind === 1 || kind === 2) {
      // allSettled: { status, value } or { status, reason } on %Object.prototype%.
      element = {};
      if (kind === 1) {
        lib.CreateDataPropertyOrThrow(element, "status", "fulfilled");
        lib.CreateDataPropertyOrThrow(element, "value", x);
      } else {
        lib.CreateDataPropertyOrThrow(element, "status", "rejected");
        lib.CreateDataPropertyOrThrow(element, "reason", x);
      }
    }
    // Set values[index] (errors[index] for any).
    values[index] = element;
    remaining.value -= 1;
    if (remaining.value === 0) {
      if (kind === 3) {
        // Promise.any: reject with an AggregateError whose errors are the list.
        return $Call(capability.reject, undefined, newAggregateError(values));
      }
      return $Call(capability.resolve, undefined, arrayFromList(values));
    }
    return undefined;
  };
}

/* A newly created %AggregateError% for Promise.any, with errors CreateArrayFromList(errors)
 * (27.2.4.3.1 step 4.b.ii, 27.2.4.3.2 step 9). */
function newAggregateError(errors) {
  const error = $Construct(lib.Error, ["All promises were rejected"], lib.AggregateError);
  $DefineProperty(error, "errors", arrayFromList(errors), WRITABLE | CONFIGURABLE);
  return error;
}

/* 27.2.4.2.1 PerformPromiseAllSettled */
function PerformPromiseAllSettled(iteratorRecord, constructor, resultCapability, promiseResolve) {
  const values = [];
  const remaining = { __proto__: null, value: 1 };
  let index = 0;
  for (;;) {
    const next = IteratorStepValue(iteratorRecord);
    if (next === doneMarker) {
      remaining.value -= 1;
      if (remaining.value === 0) $Call(resultCapability.resolve, undefined, arrayFromList(values));
      return resultCapability.promise;
    }
    $ArrayPush(values, undefined);
    const nextPromise = $Call(promiseResolve, constructor, next);
    // e-r. onFulfilled and onRejected share one alreadyCalled record.
    const alreadyCalled = { __proto__: null, value: false };
    const onFulfilled = makeAllResolveElement(index, values, resultCapability, remaining, 1, alreadyCalled);
    const onRejected = makeAllResolveElement(index, values, resultCapability, remaining, 2, alreadyCalled);
    remaining.value += 1;
    // t. Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
    $Call(nextPromise.then, nextPromise, onFulfilled, onRejected);
    index += 1;
  }
}

/* 27.2.4.3.1 PerformPromiseAny */
function PerformPromiseAny(iteratorRecord, constructor, resultCapability, promiseResolve) {
  const errors = [];
  const remaining = { __proto__: null, value: 1 };
  let index = 0;
  for (;;) {
    const next = IteratorStepValue(iteratorRecord);
    if (next === doneMarker) {
      remaining.value -= 1;
      if (remaining.value === 0) {
        // Throw an AggregateError with errors set to CreateArrayFromList(errors).
        throw newAggregateError(errors);
      }
      return resultCapability.promise;
    }
    $ArrayPush(errors, undefined);
    const nextPromise = $Call(promiseResolve, constructor, next);
    const onRejected = makeAllResolveElement(index, errors, resultCapability, remaining, 3);
    remaining.value += 1;
    // m. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]], onRejected »).
    $Call(nextPromise.then, nextPromise, resultCapability.resolve, onRejected);
    index += 1;
  }
}

/* 27.2.4.5.1 PerformPromiseRace */
function PerformPromiseRace(iteratorRecord, constructor, resultCapability, promiseResolve) {
  for (;;) {
    const next = IteratorStepValue(iteratorRecord);
    if (next === doneMarker) return resultCapability.promise;
    const nextPromise = $Call(promiseResolve, constructor, next);
    $Call(nextPromise.then, nextPromise, resultCapability.resolve, resultCapability.reject);
  }
}

/* --- statics (27.2.4) --------------------------------------------------------------------- */

lib.installMethods(Promise, {
  /* 27.2.4.1 Promise.all ( iterable ) */
  all(iterable) {
    return promiseCombinator(this, iterable, PerformPromiseAll, "Promise.all");
  },
  /* 27.2.4.2 Promise.allSettled ( iterable ) */
  allSettled(iterable) {
    return promiseCombinator(this, iterable, PerformPromiseAllSettled, "Promise.allSettled");
  },
  /* 27.2.4.3 Promise.any ( iterable ) */
  any(iterable) {
    return promiseCombinator(this, iterable, PerformPromiseAny, "Promise.any");
  },
  /* 27.2.4.5 Promise.race ( iterable ) */
  race(iterable) {
    return promiseCombinator(this, iterable, PerformPromiseRace, "Promise.race");
  },
  /* 27.2.4.6 Promise.reject ( r ) */
  reject(r) {
    const C = this;
    if (!$IsObject(C)) throw new TypeError("PromiseReject called on non-object");
    const capability = NewPromiseCapability(C);
    $Call(capability.reject, undefined, r);
    return capability.promise;
  },
  /* 27.2.4.7 Promise.resolve ( x ) */
  resolve(x) {
    const C = this;
    if (!$IsObject(C)) throw new TypeError("PromiseResolve called on non-object");
    return PromiseResolve(C, x);
  },
  /* 27.2.4.8 Promise.try ( callback, ...args ) */
  try(callback) {
    const C = this;
    // 2. If C is not an Object, throw a TypeError exception.
    if (!$IsObject(C)) throw new TypeError("Promise.try called on non-object");
    // 3. Let promiseCapability be ? NewPromiseCapability(C).
    const capability = NewPromiseCapability(C);
    const args = [];
    for (let i = 1; i < arguments.length; i++) $ArrayPush(args, arguments[i]);
    // 4. Let status be Completion(Call(callback, undefined, args)).
    let value;
    try {
      value = $CallSpread(callback, undefined, args);
    } catch (e) {
      // 5. If status is an abrupt completion, Call(promiseCapability.[[Reject]], undefined, « status.[[Value]] »).
      $Call(capability.reject, undefined, e);
      return capability.promise;
    }
    // 6. Else, Call(promiseCapability.[[Resolve]], undefined, « status.[[Value]] »).
    $Call(capability.resolve, undefined, value);
    return capability.promise;
  },
  /* 27.2.4.9 Promise.withResolvers ( ) */
  withResolvers() {
    const capability = NewPromiseCapability(this);
    const obj = {};
    lib.CreateDataPropertyOrThrow(obj, "promise", capability.promise);
    lib.CreateDataPropertyOrThrow(obj, "resolve", capability.resolve);
    lib.CreateDataPropertyOrThrow(obj, "reject", capability.reject);
    return obj;
  },
  /* 27.2.4.9 get Promise [ @@species ] */
  get [symSpecies]() {
    return this;
  },
});

/* --- Promise.prototype (27.2.5) ----------------------------------------------------------- */

/* 27.2.5.3.1 Then Finally Functions */
function makeThenFinally(C, onFinally) {
  return (value) => {
    const result = $Call(onFinally, undefined);
    const p = PromiseResolve(C, result);
    const returnValue = makeValueThunk(value);
    return $Call(p.then, p, returnValue);
  };
}
/* 27.2.5.3.2 Catch Finally Functions */
function makeCatchFinally(C, onFinally) {
  return (reason) => {
    const result = $Call(onFinally, undefined);
    const p = PromiseResolve(C, result);
    const thrower = makeThrower(reason);
    return $Call(p.then, p, thrower);
  };
}
function makeValueThunk(value) {
  return () => {
    return value;
  };
}
function makeThrower(reason) {
  return () => {
    throw reason;
  };
}

lib.installMethods(PromisePrototype, {
  /* 27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected ) */
  then(onFulfilled, onRejected) {
    const promise = this;
    // 2. If IsPromise(promise) is false, throw a TypeError exception.
    if (!IsPromise(promise)) {
      throw new TypeError(`Method Promise.prototype.then called on incompatible receiver ${receiverText(promise)}`);
    }
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    const C = SpeciesConstructor(promise, Promise);
    // 4. Let resultCapability be ? NewPromiseCapability(C).
    // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
    if (C === Promise) return performThen(promise, onFulfilled, onRejected, undefined, NewPromiseObject());
    const resultCapability = NewPromiseCapability(C);
    return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability);
  },
  /* 27.2.5.1 Promise.prototype.catch ( onRejected ) */
  catch(onRejected) {
    // 2. Return ? Invoke(promise, "then", « undefined, onRejected »).
    const promise = this;
    const then = promise === undefined || promise === null ? undefined : promise.then;
    if (!$IsCallable(then)) throw new TypeError(`${lib.describe(then)} is not a function`);
    return $Call(then, promise, undefined, onRejected);
  },
  /* 27.2.5.3 Promise.prototype.finally ( onFinally ) */
  finally(onFinally) {
    const promise = this;
    // 2. If promise is not an Object, throw a TypeError exception.
    if (!$IsObject(promise)) throw new TypeError("Promise.prototype.finally called on non-object");
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    const C = SpeciesConstructor(promise, Promise);
    let thenFinally, catchFinally;
    if (!$IsCallable(onFinally)) {
      // 5. thenFinally and catchFinally are onFinally.
      thenFinally = onFinally;
      catchFinally = onFinally;
    } else {
      // 6. Closures that run onFinally and pass the original value/reason through.
      thenFinally = makeThenFinally(C, onFinally);
      catchFinally = makeCatchFinally(C, onFinally);
    }
    // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
    const then = promise.then;
    if (!$IsCallable(then)) throw new TypeError(`${lib.describe(then)} is not a function`);
    return $Call(then, promise, thenFinally, catchFinally);
  },
});
$DefineProperty(PromisePrototype, "constructor", Promise, WRITABLE | CONFIGURABLE);
/* 27.2.5.5 Promise.prototype [ @@toStringTag ] */
$DefineProperty(PromisePrototype, symToStringTag, "Promise", CONFIGURABLE);
lib.defineGlobal("Promise", Promise);

/* --- AggregateError (20.5.7) -------------------------------------------------------------- */

/* 20.5.7.1.1 AggregateError ( errors, message [ , options ] ). Error's constructor does
 * steps 1-4 (the object from NewTarget, message, cause, V8's stack); then the errors. */
function AggregateError(errors, message) {
  const options = arguments.length > 2 ? arguments[2] : undefined;
  // 1-4. OrdinaryCreateFromConstructor(newTarget, "%AggregateError.prototype%"), message, cause.
  const O = $Construct(lib.Error, [message, options], new.target === undefined ? AggregateError : new.target);
  // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
  const errorsList = iterableToList(errors);
  // 6. Perform ! DefinePropertyOrThrow(O, "errors", { [[Configurable]]: true, [[Enumerable]]: false,
  //    [[Writable]]: true, [[Value]]: CreateArrayFromList(errorsList) }).
  $DefineProperty(O, "errors", errorsList, WRITABLE | CONFIGURABLE);
  return O;
}
function iterableToList(iterable) {
  const list = [];
  const iterator = lib.GetIterator(iterable);
  const next = iterator.next;
  for (;;) {
    const result = lib.IteratorStep(iterator, next);
    if (result === false) return list;
    $ArrayPush(list, result.value);
  }
}
if (global.AggregateError === undefined) {
  const AggregateErrorPrototype = AggregateError.prototype;
  $DefineProperty(AggregateError, "prototype", AggregateErrorPrototype, 0);
  $SetPrototypeOf(AggregateError, lib.Error);
  $SetPrototypeOf(AggregateErrorPrototype, lib.Error.prototype);
  $DefineProperty(AggregateErrorPrototype, "name", "AggregateError", WRITABLE | CONFIGURABLE);
  $DefineProperty(AggregateErrorPrototype, "message", "", WRITABLE | CONFIGURABLE);
  $SetRoot("AGGREGATE_ERROR_PROTOTYPE", AggregateErrorPrototype);
  lib.defineGlobal("AggregateError", AggregateError);
  lib.AggregateError = AggregateError;
}

/* --- queueMicrotask (node; HTML 8.7) ------------------------------------------------------- */

/* node's ERR_INVALID_ARG_TYPE description of a received value (determineSpecificType). */
function receivedText(value) {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  const type = typeof value;
  if (type === "bigint") return `type bigint (${$ToStringPrimitive(value)}n)`;
  if (type === "number") {
    if (value === 0) return 1 / value === -Infinity ? "type number (-0)" : "type number (0)";
    return `type number (${$ToStringPrimitive(value)})`;
  }
  if (type === "boolean") return value ? "type boolean (true)" : "type boolean (false)";
  if (type === "symbol") return `type symbol (${$Call(lib.SymbolDescriptiveString, undefined, value)})`;
  if (type === "function") return `function ${$FunctionName(value)}`;
  if (type === "object") {
    const C = value.constructor;
    if (C && "name" in C) return `an instance of ${C.name}`;
    return lib.inspect(value, { depth: -1 });
  }
  let s = value;
  if ($StringLength(s) > 28) s = `${$StringSubstring(s, 0, 25)}...`;
  if ($StringIndexOf(s, "'", 0) === -1) return `type string ('${s}')`;
  return `type string (${$QuoteJSONString(s)})`;
}

function queueMicrotaskJob(callback) {
  $Call(callback, undefined);
}

lib.installMethods(global, {
  queueMicrotask(callback) {
    if (!$IsCallable(callback)) {
      const error = new TypeError(`The "callback" argument must be of type function. Received ${receivedText(callback)}`);
      const stack = error.stack;
      if (typeof stack === "string" && $StringIndexOf(stack, "TypeError:", 0) === 0) {
        error.stack = `TypeError [ERR_INVALID_ARG_TYPE]:${$StringSubstring(stack, 10, $StringLength(stack))}`;
      }
      error.code = "ERR_INVALID_ARG_TYPE";
      throw error;
    }
    EnqueueJob(queueMicrotaskJob, callback, undefined);
    return undefined;
  },
});
/* node installs queueMicrotask as an enumerable global. */
$DefineProperty(global, "queueMicrotask", $GetOwnProperty(global, "queueMicrotask")[0], WRITABLE | ENUMERABLE | CONFIGURABLE);

