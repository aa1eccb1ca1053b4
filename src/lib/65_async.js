"use strict";
/* Async functions (27.7): the interpreter runs the body as a suspendable frame (like a
 * generator's); these entries create its promise, settle it, and turn each `await` into a
 * promise reaction that resumes the frame (27.7.5.3 Await). */

const lib = global["%lib"];
const Promise = lib.PromiseIntrinsic;

/* 27.7.5.1 AsyncFunctionStart: the capability whose promise the call returns. */
$SetEntry("AsyncEnter", function AsyncEnter() {
  return lib.NewPromiseCapability(Promise);
});

/* The body finished: resolve (value) or reject (exception) the function's promise. */
$SetEntry("AsyncSettle", function AsyncSettle(capability, value, rejected) {
  $Call(rejected ? capability.reject : capability.resolve, undefined, value);
});

/* 27.7.5.3 Await(value), steps 2-9: resume the suspended frame with the fulfilment value, or
 * throw the rejection reason into it. */
$SetEntry("AsyncAwait", function AsyncAwait(frame, value) {
  const promise = lib.PromiseResolve(Promise, value);
  lib.PerformPromiseThen(promise, (v) => $GeneratorResume(frame, v, 0), (e) => $GeneratorResume(frame, e, 1), undefined);
});
