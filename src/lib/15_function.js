"use strict";
/* Function.prototype (ECMA-262 §20.2.3: call, apply, bind, toString, @@hasInstance), a
 * Function constructor (CreateDynamicFunction), and the InstanceOf entry (13.10.2). */

const lib = global["%lib"];
const TypeError = lib.TypeError;
const FunctionPrototype = lib.FunctionPrototype;
const symHasInstance = $WellKnownSymbol("hasInstance");

/* 20.2.1.1.1 CreateDynamicFunction(constructor, newTarget, kind, args): kind 0 normal,
 * 1 generator, 2 async, 3 async generator; `fallback` the kind's %X.prototype%. The parts are
 * joined and parsed by $CompileFunction; the function is made in the global scope. */
function CreateDynamicFunction(constructor, newTarget, kind, args, fallback) {
  const count = args.length;
  let P = "", bodyString = "";
  if (count === 1) {
    bodyString = lib.ToString(args[0]);
  } else if (count > 1) {
    P = lib.ToString(args[0]);
    for (let k = 1; k < count - 1; k++) P = P + "," + lib.ToString(args[k]);
    bodyString = lib.ToString(args[count - 1]);
  }
  const make = $CompileFunction(kind, P, bodyString);
  const F = $Call(make, undefined);
  if (newTarget !== undefined && newTarget !== constructor) {
    $SetPrototypeOf(F, lib.GetPrototypeFromConstructor(newTarget, fallback));
  }
  return F;
}
lib.CreateDynamicFunction = CreateDynamicFunction;

/* 20.2.1.1 Function ( ...parameterArgs, bodyArg ) */
function Function(body) {
  return CreateDynamicFunction(Function, new.target, 0, $Arguments(), FunctionPrototype);
}
/* 10.2.4.1 %ThrowTypeError%: the poison of strict arguments.callee and of
 * Function.prototype.caller/arguments (10.2.4 AddRestrictedFunctionProperties). */
const ThrowTypeError = (0, () => {
  throw new TypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
});
$DefineProperty(ThrowTypeError, "length", 0, 0);
$DefineProperty(ThrowTypeError, "name", "", 0);
$PreventExtensions(ThrowTypeError);
$SetRoot("THROW_TYPE_ERROR", ThrowTypeError);
/* 20.2.3: Function.prototype is itself a function of length 0 named "" (V8's order) */
$DefineProperty(FunctionPrototype, "length", 0, lib.CONFIGURABLE);
$DefineProperty(FunctionPrototype, "name", "", lib.CONFIGURABLE);
$DefineProperty(FunctionPrototype, "arguments", [ThrowTypeError, ThrowTypeError], lib.CONFIGURABLE | lib.ACCESSOR);
$DefineProperty(FunctionPrototype, "caller", [ThrowTypeError, ThrowTypeError], lib.CONFIGURABLE | lib.ACCESSOR);

lib.linkConstructor(Function, FunctionPrototype);

lib.defineGlobal("Function", Function);

/* 20.2.4.5 OrdinaryHasInstance */
function OrdinaryHasInstance(C, O) {
  if (!$IsCallable(C)) return false;
  /* step 2: a bound function answers for its target */
  const target = $BoundTargetFunction(C);
  if (target !== undefined) return InstanceOf(O, target);
  if (!$IsObject(O)) return false;
  const P = C.prototype;
  if (!$IsObject(P)) {
    throw new TypeError(`Function has non-object prototype '${lib.describe(P)}' in instanceof check`);
  }
  for (;;) {
    O = $GetPrototypeOf(O);
    if (O === null) return false;
    if (O === P) return true;
  }
}
lib.OrdinaryHasInstance = OrdinaryHasInstance;

lib.installMethods(FunctionPrototype, {
  /* 20.2.3.1 */
  apply(thisArg, argArray) {
    if (!$IsCallable(this)) throw new TypeError("Function.prototype.apply was called on a non-function");
    if (argArray === undefined || argArray === null) return $Call(this, thisArg);
    return $CallSpread(this, thisArg, lib.CreateListFromArrayLike(argArray));
  },
  /* 20.2.3.2 */
  bind(thisArg, ...args) {
    const Target = this;
    if (!$IsCallable(Target)) throw new TypeError("Bind must be called on a function");
    const F = $BoundFunctionCreate(Target, thisArg, args);
    // Steps 4-7: length is the target's own numeric length less the bound arguments.
    let L = 0;
    if ($HasOwnProperty(Target, "length")) {
      const targetLen = Target.length;
      if (typeof targetLen === "number") {
        if (targetLen === Infinity) L = Infinity;
        else if (targetLen !== -Infinity) {
          const targetLenAsInt = $ToIntegerOrInfinity(targetLen);
          L = targetLenAsInt - args.length > 0 ? targetLenAsInt - args.length : 0;
        }
      }
    }
    $DefineProperty(F, "length", L, lib.CONFIGURABLE);
    // Steps 8-10: the name is "bound " and the target's name when that is a string.
    let targetName = Target.name;
    if (typeof targetName !== "string") targetName = "";
    $DefineProperty(F, "name", `bound ${targetName}`, lib.CONFIGURABLE);
    return F;
  },
  /* 20.2.3.3 */
  call(thisArg, ...args) {
    if (!$IsCallable(this)) throw new TypeError("Function.prototype.call was called on a non-function");
    return $CallSpread(this, thisArg, args);
  },
  /* 20.2.3.5 */
  toString() {
    if (!$IsCallable(this)) {
      throw new TypeError("Function.prototype.toString requires that 'this' be a Function");
    }
    return $FunctionSourceText(this);
  },
});

/* 20.2.3.6 Function.prototype [ @@hasInstance ] ( V ): not writable, enumerable or
 * configurable. */
const hasInstanceHolder = {
  [symHasInstance](V) {
    return OrdinaryHasInstance(this, V);
  },
};
lib.defineValue(FunctionPrototype, symHasInstance, hasInstanceHolder[symHasInstance], 0);
$SetRoot("FUNCTION_PROTOTYPE", FunctionPrototype);

/* 13.10.2 InstanceofOperator */
function InstanceOf(V, target) {
  if (!$IsObject(target)) throw new TypeError("Right-hand side of 'instanceof' is not an object");
  const instOfHandler = lib.GetMethod(target, symHasInstance);
  if (instOfHandler !== undefined) return !!$Call(instOfHandler, target, V);
  if (!$IsCallable(target)) throw new TypeError("Right-hand side of 'instanceof' is not callable");
  return OrdinaryHasInstance(target, V);
}
lib.InstanceOf = InstanceOf;
$SetEntry("InstanceOf", InstanceOf);
