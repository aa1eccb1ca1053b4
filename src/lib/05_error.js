"use strict";
/* Error and the NativeError constructors (ECMA-262 §20.5), V8's own-property layout
 * ("stack", then "message", then "cause", all non-enumerable), Error.prototype.toString and
 * the ErrorToString entry. The VM's own errors share these prototypes through the
 * *_ERROR_PROTOTYPE roots.
 *
 * Limitation: objects made here are ordinary objects (there is no intrinsic that creates a
 * CLASS_ERROR object), so Object.prototype.toString reports them as "[object Object]"
 * unless the VM created them. */

const lib = global["%lib"];
const ToString = lib.ToString;
const WRITABLE = lib.WRITABLE, CONFIGURABLE = lib.CONFIGURABLE;

/* 20.5.3.4 Error.prototype.toString */
function errorToString(O) {
  if (!$IsObject(O)) throw new lib.TypeError("Error.prototype.toString requires that 'this' be an Object");
  let name = O.name;
  name = name === undefined ? "Error" : ToString(name);
  let msg = O.message;
  msg = msg === undefined ? "" : ToString(msg);
  if (name === "") return msg;
  if (msg === "") return name;
  return `${name}: ${msg}`;
}

/* V8's stack text: the error's toString line (with `msg` standing in for a message not
 * installed yet), then the frames $CaptureStack reports. */
function stackFor(O, msg) {
  let header;
  try {
    let name = O.name;
    name = name === undefined ? "Error" : ToString(name);
    if (msg === undefined) msg = O.message === undefined ? "" : ToString(O.message);
    header = name === "" ? msg : msg === "" ? name : `${name}: ${msg}`;
  } catch (e) {
    header = "Error";
  }
  const frames = $CaptureStack(O);
  if (frames === "" || $StringCharCodeAt(frames, 0) === 10) return header + frames;
  return `${header}\n${frames}`;
}

/* 20.5.1.1 Error ( message [ , options ] ) steps 3-5, shared by every NativeError
 * (20.5.6.1.1): message and cause are read first, then stack, message and cause become
 * non-enumerable own properties in V8's order. */
function initializeError(O, message, options) {
  const hasMessage = message !== undefined;
  const msg = hasMessage ? ToString(message) : undefined;
  // 20.5.8.1 InstallErrorCause
  const hasCause = $IsObject(options) && "cause" in options;
  const cause = hasCause ? options.cause : undefined;
  $DefineProperty(O, "stack", stackFor(O, msg), WRITABLE | CONFIGURABLE);
  if (hasMessage) $DefineProperty(O, "message", msg, WRITABLE | CONFIGURABLE);
  if (hasCause) $DefineProperty(O, "cause", cause, WRITABLE | CONFIGURABLE);
  return O;
}

/* The `this` a constructor call starts from: the object [[Construct]] made from newTarget,
 * or (called as a function) a fresh object with the constructor's own prototype. */
function errorReceiver(thisValue, newTarget, C) {
  if (newTarget !== undefined) return thisValue;
  return lib.ObjectCreate(C.prototype);
}

function Error(message) {
  const options = arguments.length > 1 ? arguments[1] : undefined;
  return initializeError(errorReceiver(this, new.target, Error), message, options);
}
function EvalError(message) {
  const options = arguments.length > 1 ? arguments[1] : undefined;
  return initializeError(errorReceiver(this, new.target, EvalError), message, options);
}
function RangeError(message) {
  const options = arguments.length > 1 ? arguments[1] : undefined;
  return initializeError(errorReceiver(this, new.target, RangeError), message, options);
}
function ReferenceError(message) {
  const options = arguments.length > 1 ? arguments[1] : undefined;
  return initializeError(errorReceiver(this, new.target, ReferenceError), message, options);
}
function SyntaxError(message) {
  const options = arguments.length > 1 ? arguments[1] : undefined;
  return initializeError(errorReceiver(this, new.target, SyntaxError), message, options);
}
function TypeError(message) {
  const options = arguments.length > 1 ? arguments[1] : undefined;
  return initializeError(errorReceiver(this, new.target, TypeError), message, options);
}
function URIError(message) {
  const options = arguments.length > 1 ? arguments[1] : undefined;
  return initializeError(errorReceiver(this, new.target, URIError), message, options);
}

const ErrorPrototype = Error.prototype;
$DefineProperty(Error, "prototype", ErrorPrototype, 0);
lib.installMethods(ErrorPrototype, {
  toString() {
    return errorToString(this);
  },
});
$DefineProperty(ErrorPrototype, "name", "Error", WRITABLE | CONFIGURABLE);
$DefineProperty(ErrorPrototype, "message", "", WRITABLE | CONFIGURABLE);

lib.installMethods(Error, {
  /* V8's Error.captureStackTrace(object): gives object a stack property. */
  captureStackTrace(object) {
    if (!$IsObject(object)) throw new lib.TypeError("Invalid argument");
    $DefineProperty(object, "stack", stackFor(object, undefined), WRITABLE | CONFIGURABLE);
  },
});
$DefineProperty(Error, "stackTraceLimit", 10, WRITABLE | lib.ENUMERABLE | CONFIGURABLE);

/* 20.5.6.2-3: each NativeError inherits from Error; its prototype from Error.prototype. */
const nativeErrors = [
  [EvalError, "EVAL_ERROR_PROTOTYPE"],
  [RangeError, "RANGE_ERROR_PROTOTYPE"],
  [ReferenceError, "REFERENCE_ERROR_PROTOTYPE"],
  [SyntaxError, "SYNTAX_ERROR_PROTOTYPE"],
  [TypeError, "TYPE_ERROR_PROTOTYPE"],
  [URIError, "URI_ERROR_PROTOTYPE"],
];
for (let i = 0; i < nativeErrors.length; i++) {
  const C = nativeErrors[i][0];
  const prototype = C.prototype;
  $DefineProperty(C, "prototype", prototype, 0);
  $SetPrototypeOf(C, Error);
  $SetPrototypeOf(prototype, ErrorPrototype);
  $DefineProperty(prototype, "name", $FunctionName(C), WRITABLE | CONFIGURABLE);
  $DefineProperty(prototype, "message", "", WRITABLE | CONFIGURABLE);
  $SetRoot(nativeErrors[i][1], prototype);
  lib.defineGlobal($FunctionName(C), C);
  lib[$FunctionName(C)] = C;
}
$SetRoot("ERROR_PROTOTYPE", ErrorPrototype);
lib.defineGlobal("Error", Error);
lib.Error = Error;
lib.errorToString = errorToString;

$SetEntry("ErrorToString", function ErrorToString(e) {
  return errorToString(e);
});
