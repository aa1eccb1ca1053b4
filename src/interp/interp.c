/* The dispatch loop: runs frames on the VM stack until the entry frame returns.
 *
 * A call pushes a Frame and continues in the same loop; a return pops it and delivers the
 * result to the caller's accumulator (or per the frame's flags). Generic paths that may run
 * user code — operators on objects, iteration, for-in — call library functions the same
 * way, so no C recursion ever sits between two JS frames. Safepoints are polled at calls,
 * returns and back-edges; at each, the accumulator is saved in the frame, and afterwards the
 * bytecode's address is reloaded because the collector may have moved it.
 * Exceptions unwind through each frame's handler table; an entry frame hands the exception
 * back to the C caller. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "interp/bytecode.h"
#include "interp/ic.h"
#include "interp/interp.h"
#include "interp/intrinsics.h"
#include "interp/vm.h"
#include "objects/atom.h"
#include "objects/bigint_cell.h"
#include "objects/elements.h"
#include "objects/object.h"
#include "objects/string.h"
#include "objects/symbol.h"

/* --- small helpers ----------------------------------------------------------------------------- */

static bool is_callable(JSValue value) {
  if (!js_is_object(value)) return false;
  uint16_t c = obj_class(value);
  return c == CLASS_FUNCTION || c == CLASS_BOUND_FUNCTION;
}

static FunctionCode *closure_code(JSValue fn) { return code_cell(obj_internal_get(fn, FN_SLOT_CODE)); }

static bool to_boolean(JSValue v) {
  if (js_is_bool(v)) return js_to_bool(v);
  if (js_is_int32(v)) return js_to_int32(v) != 0;
  if (js_is_double(v)) {
    double d = js_to_double(v);
    return d == d && d != 0;
  }
  if (js_is_nullish(v)) return false;
  if (js_is_string(v)) return str_length(v) != 0;
  if (js_is_bigint(v)) return !bigint_cell_is_zero(v);
  return true;
}

static JSValue context_parent(JSValue context) { return gc_slots((GcCell *)js_to_cell(context))->slots[0]; }
static JSValue *context_slot(JSValue context, uint32_t depth, uint32_t index) {
  while (depth-- > 0) context = context_parent(context);
  return &gc_slots((GcCell *)js_to_cell(context))->slots[index];
}

/* A primitive's ToNumber (no objects). */
static int to_number_primitive(Vm *vm, JSValue v, double *out) {
  if (js_is_number(v)) {
    *out = js_number_value(v);
    return 0;
  }
  JSValue result;
  int status = intrinsic_functions[INTRINSIC_ToNumberPrimitive](vm, &v, 1, &result);
  if (status == 0) *out = js_number_value(result);
  return status;
}

/* The BigInt steps of an operator (a BigIntOp; TypeError when a Number is mixed in). */
static int bigint_operation(Vm *vm, BigIntOp op, JSValue a, JSValue b, JSValue *out) {
  JSValue args[3] = {js_from_int32((int32_t)op), a, b};
  return intrinsic_functions[INTRINSIC_BigIntOp](vm, args, 3, out);
}

/* Compares primitives, one a BigInt: -1, 0, 1, or BIGINT_UNORDERED (7.2.13 IsLessThan's
 * undefined: NaN, or a string that is no integer). */
static int bigint_order(Vm *vm, JSValue a, JSValue b, int *order) {
  JSValue args[2] = {a, b}, result;
  int status = intrinsic_functions[INTRINSIC_BigIntCompare](vm, args, 2, &result);
  if (status == 0) *order = js_is_int32(result) ? js_to_int32(result) : BIGINT_UNORDERED;
  return status;
}

static int to_string_primitive(Vm *vm, JSValue v, JSValue *out) {
  return intrinsic_functions[INTRINSIC_ToStringPrimitive](vm, &v, 1, out);
}

static int to_property_key_primitive(Vm *vm, JSValue v, JSValue *out) {
  if (js_is_symbol(v)) {
    *out = v;
    return 0;
  }
  if (js_is_string(v) && atom_is_atom(v)) {
    *out = v;
    return 0;
  }
  return intrinsic_functions[INTRINSIC_ToPropertyKeyPrimitive](vm, &v, 1, out);
}

static int32_t to_int32_double(double d) {
  if (d >= -9007199254740992.0 && d <= 9007199254740992.0) return (int32_t)(uint32_t)(uint64_t)(int64_t)d;
  if (!isfinite(d)) return 0;
  d = trunc(d);
  d = fmod(d, 4294967296.0);
  if (d < 0) d += 4294967296.0;
  return (int32_t)(uint32_t)d;
}

/* Throws an error whose message names a value ("%s" in format): keys, names, operands. */
static int throw_naming(Vm *vm, ErrorKind kind, const char *format, JSValue value) {
  JSValue text;
  char *name = NULL;
  if (vm_describe(vm, value, &text) == 0) name = vm_string_to_cstring(vm, text);
  int status = vm_throw(vm, kind, format, name ? name : "");
  free(name);
  return status;
}

/* --- property access (ordinary objects; getters and setters become calls) ------------------------ */

typedef enum LookupResult { LOOKUP_DONE, LOOKUP_CALL_GETTER } LookupResult;

/* The prototype used for property lookups on a primitive. */
static JSValue primitive_prototype(Vm *vm, JSValue v) {
  if (js_is_string(v)) return vm->roots[VM_ROOT_STRING_PROTOTYPE];
  if (js_is_number(v)) return vm->roots[VM_ROOT_NUMBER_PROTOTYPE];
  if (js_is_bool(v)) return vm->roots[VM_ROOT_BOOLEAN_PROTOTYPE];
  if (js_is_symbol(v)) return vm->roots[VM_ROOT_SYMBOL_PROTOTYPE];
  if (js_is_bigint(v)) return vm->roots[VM_ROOT_BIGINT_PROTOTYPE];
  return JS_NULL;
}

/* 10.4.3.5 StringGetOwnProperty: a String object's index properties come from its string.
 * *out is the one-unit string when `key` is such an index. */
static bool string_object_index(Vm *vm, JSValue object, JSValue key, JSValue *out, int *status) {
  uint32_t index;
  *status = 0;
  if (obj_class(object) != CLASS_STRING || !js_is_string(key) || !atom_is_index(key, &index)) return false;
  JSValue string = obj_internal_get(object, 0);
  if (!js_is_string(string) || index >= str_length(string)) return false;
  *status = str_substring(vm->heap, string, index, index + 1, out);
  return true;
}

/* [[Get]] of key on receiver: *out is the value, or the getter to call (LOOKUP_CALL_GETTER). */
static int get_property(Vm *vm, JSValue receiver, JSValue key, JSValue *out, LookupResult *result) {
  *result = LOOKUP_DONE;
  JSValue object = receiver;
  if (!js_is_object(receiver)) {
    if (js_is_nullish(receiver)) {
      return throw_naming(vm, ERROR_TYPE,
                          js_is_null(receiver) ? "Cannot read properties of null (reading '%s')"
                                               : "Cannot read properties of undefined (reading '%s')",
                          key);
    }
    if (js_is_string(receiver)) {
      uint32_t index;
      if (js_is_string(key) && atom_is_index(key, &index) && index < str_length(receiver)) {
        return str_substring(vm->heap, receiver, index, index + 1, out);
      }
      if (js_same_bits(key, vm->cx->length_atom)) {
        *out = js_from_int32((int32_t)str_length(receiver));
        return 0;
      }
    }
    object = primitive_prototype(vm, receiver);
    if (!js_is_object(object)) {
      *out = JS_UNDEFINED;
      return 0;
    }
  }
  JSValue holder, value;
  uint32_t attrs;
  int status;
  if (string_object_index(vm, object, key, out, &status)) return status;
  if (!obj_lookup(vm->cx, object, key, &holder, &value, &attrs)) {
    *out = JS_UNDEFINED;
    return 0;
  }
  if (js_is_hole(value)) {
    /* 10.4.6.8 [[Get]] of a module namespace whose binding is still uninitialized */
    return throw_naming(vm, ERROR_REFERENCE, "Cannot access '%s' before initialization", key);
  }
  if (attrs & PROP_ACCESSOR) {
    AccessorPair *pair = (AccessorPair *)js_to_cell(value);
    if (js_is_undefined(pair->getter)) {
      *out = JS_UNDEFINED;
      return 0;
    }
    *out = pair->getter;
    *result = LOOKUP_CALL_GETTER;
    return 0;
  }
  *out = value;
  return 0;
}

/* [[Set]]: *setter is set when a setter must be called instead. */
static int set_property(Vm *vm, JSValue receiver, JSValue key, JSValue value, bool strict, JSValue *setter) {
  *setter = JS_UNDEFINED;
  if (!js_is_object(receiver)) {
    if (js_is_nullish(receiver)) {
      return throw_naming(vm, ERROR_TYPE,
                          js_is_null(receiver) ? "Cannot set properties of null (setting '%s')"
                                               : "Cannot set properties of undefined (setting '%s')",
                          key);
    }
    /* Primitives: a setter on the prototype chain runs; otherwise strict code throws. */
    JSValue holder, existing;
    uint32_t attrs;
    if (obj_lookup(vm->cx, primitive_prototype(vm, receiver), key, &holder, &existing, &attrs) &&
        (attrs & PROP_ACCESSOR)) {
      *setter = ((AccessorPair *)js_to_cell(existing))->setter;
      if (!js_is_undefined(*setter)) return 0;
    }
    if (strict) return vm_throw(vm, ERROR_TYPE, "Cannot create property on primitive value");
    return 0;
  }
  JSValue holder, existing;
  uint32_t attrs;
  if (obj_is_array(receiver) && js_same_bits(key, vm->cx->length_atom) && !js_is_number(value)) {
    /* 10.4.2.4 ArraySetLength steps 3-5 for primitives (objects were converted by the
     * caller): ToUint32 and ToNumber must agree */
    double number;
    int status = to_number_primitive(vm, value, &number);
    if (status != 0) return status;
    value = js_from_number(number);
  }
  if (obj_is_array(receiver) && js_same_bits(key, vm->cx->length_atom)) {
    double number = js_number_value(value);
    if (!(number >= 0 && number <= 4294967295.0 && number == floor(number))) {
      return vm_throw(vm, ERROR_RANGE, "Invalid array length");
    }
  }
  int string_status;
  JSValue unit;
  if (string_object_index(vm, receiver, key, &unit, &string_status)) {
    if (string_status != 0) return string_status;
    if (strict) return throw_naming(vm, ERROR_TYPE, "Cannot assign to read only property '%s' of object '[object String]'", key);
    return 0;
  }
  if (obj_is_module_namespace(receiver)) {
    /* 10.4.6.9 [[Set]] always fails */
    if (!strict) return 0;
    if (obj_get_own(vm->cx, receiver, key, &existing, &attrs)) {
      return throw_naming(vm, ERROR_TYPE, "Cannot assign to read only property '%s' of object '[object Module]'", key);
    }
    return throw_naming(vm, ERROR_TYPE, "Cannot add property %s, object is not extensible", key);
  }
  if (obj_lookup(vm->cx, receiver, key, &holder, &existing, &attrs)) {
    if (attrs & PROP_ACCESSOR) {
      *setter = ((AccessorPair *)js_to_cell(existing))->setter;
      if (js_is_undefined(*setter)) {
        if (strict) return throw_naming(vm, ERROR_TYPE, "Cannot set property %s of #<Object> which has only a getter", key);
      }
      return 0;
    }
    if (!(attrs & PROP_WRITABLE)) {
      if (strict) return throw_naming(vm, ERROR_TYPE, "Cannot assign to read only property '%s' of object", key);
      return 0;
    }
  }
  bool ok;
  int status = obj_set_own(vm->cx, receiver, key, value, &ok);
  if (status != 0) return status;
  if (!ok && strict) return throw_naming(vm, ERROR_TYPE, "Cannot add property %s, object is not extensible", key);
  return 0;
}

/* --- frames -------------------------------------------------------------------------------------- */

/* Pushes a frame for a closure whose callee, this and arguments are at args[-1], args[0],
 * args[1..argc] on the VM stack. */
static int push_frame(Vm *vm, JSValue function, JSValue *args, uint32_t argc, JSValue new_target, uint32_t flags) {
  FunctionCode *code = closure_code(function);
  uint32_t registers = code->register_count;
  if (vm->frame_count >= vm->frame_capacity || args + argc + 1 + registers + 64 > vm->stack_end) {
    return vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
  }
  Frame *frame = &vm->frames[vm->frame_count++];
  frame->function = function;
  frame->context = obj_internal_get(function, FN_SLOT_CONTEXT);
  frame->new_target = new_target;
  frame->acc = JS_UNDEFINED;
  frame->args = args;
  frame->argc = argc;
  frame->regs = args + argc + 1;
  frame->pc = 0;
  frame->flags = flags;
  JSValue *regs = frame->regs;
  for (uint32_t i = 0; i < registers; i++) regs[i] = JS_UNDEFINED;
  /* 10.2.1.2 OrdinaryCallBindThis: sloppy functions see the global object for nullish this. */
  JSValue this_value = args[0];
  if ((code->flags & CODE_DERIVED) && (flags & FRAME_CONSTRUCT)) {
    this_value = JS_HOLE;
  } else if (!(code->flags & CODE_STRICT) && !(code->flags & CODE_ARROW)) {
    if (js_is_nullish(this_value)) {
      this_value = vm->roots[VM_ROOT_GLOBAL];
    } else if (!js_is_object(this_value)) {
      JSValue wrapped;
      int status = intrinsic_functions[INTRINSIC_WrapPrimitive](vm, &this_value, 1, &wrapped);
      if (status != 0) {
        vm->frame_count--;
        return status;
      }
      this_value = wrapped;
    }
  }
  regs[0] = this_value;
  uint32_t params = code->parameter_count;
  for (uint32_t i = 0; i < params; i++) regs[1 + i] = i < argc ? args[1 + i] : JS_UNDEFINED;
  vm->sp = regs + registers;
  code->invocation_count++;
  return 0;
}

/* --- calls ---------------------------------------------------------------------------------------- */

/* A call that finished without pushing a frame: drops its arguments and delivers the
 * result the way a returning frame would (the caller's frame is on top). */
static int complete_without_frame(Vm *vm, JSValue *args, uint32_t flags, JSValue result) {
  vm->sp = args - 1;
  if (flags & FRAME_ENTRY) {
    vm->entry_result = result;
    return 0;
  }
  Frame *caller = &vm->frames[vm->frame_count - 1];
  if (flags & FRAME_TO_BOOLEAN) caller->acc = js_from_bool(to_boolean(result));
  else if (!(flags & FRAME_KEEP_ACC)) caller->acc = result;
  return 0;
}

/* Starts a call of `callee` with arguments already laid out at args (this at args[0]).
 * Bound functions are unwrapped in place (their arguments are inserted). */
static int begin_call(Vm *vm, JSValue callee, JSValue *args, uint32_t argc, JSValue new_target, uint32_t flags) {
  for (int depth = 0; depth < 64; depth++) {
    if (!js_is_object(callee)) break;
    uint16_t c = obj_class(callee);
    if (c == CLASS_FUNCTION && js_is_undefined(obj_internal_get(callee, FN_SLOT_CODE))) {
      /* %Function.prototype% (20.2.3): callable, returns undefined, not a constructor */
      if (flags & FRAME_CONSTRUCT) break;
      return complete_without_frame(vm, args, flags, JS_UNDEFINED);
    }
    if (c == CLASS_FUNCTION) {
      FunctionCode *code = closure_code(callee);
      if ((flags & FRAME_CONSTRUCT) && !(code->flags & CODE_CONSTRUCTOR)) break;
      if (!(flags & FRAME_CONSTRUCT) && (code->flags & CODE_CLASS_CONSTRUCTOR)) {
        return throw_naming(vm, ERROR_TYPE, "Class constructor %s cannot be invoked without 'new'", code->name);
      }
      if (flags & FRAME_CONSTRUCT && !(code->flags & CODE_DERIVED)) {
        /* 10.1.13 OrdinaryCreateFromConstructor: the prototype from new.target. */
        JSValue proto_key, proto, holder;
        uint32_t attrs;
        int status = (proto_key = vm->atoms[ATOM_prototype], 0);
        if (status != 0) return status;
        if (!obj_lookup(vm->cx, new_target, proto_key, &holder, &proto, &attrs) || !js_is_object(proto) ||
            (attrs & PROP_ACCESSOR)) {
          proto = vm->roots[VM_ROOT_OBJECT_PROTOTYPE];
        }
        JSValue object;
        status = obj_new(vm->cx, proto, &object);
        if (status != 0) return status;
        args[0] = object;
      }
      args[-1] = callee;
      return push_frame(vm, callee, args, argc, new_target, flags);
    }
    if (c == CLASS_BOUND_FUNCTION) {
      JSValue target = obj_internal_get(callee, BOUND_SLOT_TARGET);
      JSValue bound_args = obj_internal_get(callee, BOUND_SLOT_ARGS);
      uint32_t extra = js_is_object(bound_args) ? obj_cell(bound_args)->length : 0;
      if (args + argc + extra + 2 >= vm->stack_end) return vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
      memmove(args + 1 + extra, args + 1, argc * sizeof(JSValue));
      for (uint32_t i = 0; i < extra; i++) {
        JSValue v;
        uint32_t attrs;
        if (!elem_get(obj_cell(bound_args), i, &v, &attrs)) v = JS_UNDEFINED;
        args[1 + i] = v;
      }
      argc += extra;
      vm->sp = args + argc + 1;
      if (!(flags & FRAME_CONSTRUCT)) args[0] = obj_internal_get(callee, BOUND_SLOT_THIS);
      if ((flags & FRAME_CONSTRUCT) && js_same_bits(new_target, callee)) new_target = target;
      callee = target;
      continue;
    }
    break;
  }
  /* V8 names the callee as written at the call site when it knows it */
  JSValue shown = js_is_string(vm->call_site_name) ? vm->call_site_name : callee;
  vm->call_site_name = JS_UNDEFINED;
  return throw_naming(vm, ERROR_TYPE, (flags & FRAME_CONSTRUCT) ? "%s is not a constructor" : "%s is not a function",
                      shown);
}

/* Lays out callee, this and arguments at the top of the VM stack and starts the call. */
static int call_values(Vm *vm, JSValue callee, JSValue this_value, const JSValue *args, uint32_t argc,
                       JSValue new_target, uint32_t flags) {
  JSValue *base = vm->sp;
  if (base + argc + 2 >= vm->stack_end) return vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
  base[0] = callee;
  base[1] = this_value;
  for (uint32_t i = 0; i < argc; i++) base[2 + i] = args[i];
  vm->sp = base + argc + 2;
  return begin_call(vm, callee, base + 1, argc, new_target, flags);
}

/* Calls a library entry (this undefined) from an opcode; the result arrives in acc. */
static int call_lib(Vm *vm, VmRoot root, const JSValue *args, uint32_t argc, uint32_t flags) {
  JSValue fn = vm->roots[root];
  if (!is_callable(fn)) return vm_throw(vm, ERROR_TYPE, "internal error: library entry missing");
  return call_values(vm, fn, JS_UNDEFINED, args, argc, JS_UNDEFINED, flags);
}

/* --- creation ----------------------------------------------------------------------------------- */

/* 10.4.4.6 CreateUnmappedArgumentsObject (and, until parameter mapping exists, the sloppy
 * kind too): the arguments as elements, `length`, @@iterator and `callee`. */
static int create_arguments(Vm *vm, Frame *frame, bool sloppy, JSValue *out) {
  JSValue object, key, iterator, values, holder;
  uint32_t attrs, count = frame->argc;
  bool ok;
  int status = obj_new_internal(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], CLASS_ARGUMENTS, 0, &object);
  for (uint32_t i = 0; status == 0 && i < count; i++) {
    status = elem_define(vm->heap, obj_cell(object), i, frame->args[1 + i], PROP_DEFAULT, &ok);
  }
  if (status == 0) status = (key = vm->atoms[ATOM_length], 0);
  if (status == 0) status = obj_define_own(vm->cx, object, key, js_from_int32((int32_t)count), PROP_WRITABLE | PROP_CONFIGURABLE, &ok);
  iterator = vm->symbols[VM_SYMBOL_ITERATOR];
  if (status == 0 && !js_is_symbol(iterator)) {
    JSValue name;
    status = str_from_cstring(vm->heap, "iterator", &name);
    if (status == 0) status = intrinsic_functions[INTRINSIC_WellKnownSymbol](vm, &name, 1, &iterator);
  }
  if (status == 0) status = (key = vm->atoms[ATOM_values], 0);
  if (status == 0 && obj_lookup(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], key, &holder, &values, &attrs) &&
      !(attrs & PROP_ACCESSOR)) {
    status = obj_define_own(vm->cx, object, iterator, values, PROP_WRITABLE | PROP_CONFIGURABLE, &ok);
  }
  if (status == 0) status = (key = vm->atoms[ATOM_callee], 0);
  if (status == 0) {
    if (sloppy) {
      status = obj_define_own(vm->cx, object, key, frame->function, PROP_WRITABLE | PROP_CONFIGURABLE, &ok);
    } else if (js_is_object(vm->roots[VM_ROOT_THROW_TYPE_ERROR])) {
      JSValue pair, thrower = vm->roots[VM_ROOT_THROW_TYPE_ERROR];
      status = obj_accessor_pair_new(vm->heap, thrower, thrower, &pair);
      if (status == 0) status = obj_define_own(vm->cx, object, key, pair, PROP_ACCESSOR, &ok);
    }
  }
  if (status == 0) *out = object;
  return status;
}

/* The strings array of a tagged template site: cooked strings, frozen, with a frozen `raw`. */
static int create_template_object(Vm *vm, JSValue site, JSValue *out) {
  uint32_t count = gc_slots((GcCell *)js_to_cell(site))->count / 2;
  JSValue cooked, raw, raw_key;
  bool ok;
  int status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &cooked);
  if (status == 0) status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &raw);
  for (uint32_t i = 0; status == 0 && i < count; i++) {
    GcSlots *strings = gc_slots((GcCell *)js_to_cell(site));
    status = elem_define(vm->heap, obj_cell(cooked), i, strings->slots[i], PROP_ENUMERABLE, &ok);
    if (status == 0) status = elem_define(vm->heap, obj_cell(raw), i, strings->slots[count + i], PROP_ENUMERABLE, &ok);
  }
  if (status == 0) status = (raw_key = vm->atoms[ATOM_raw], 0);
  if (status == 0) status = obj_define_own(vm->cx, cooked, raw_key, raw, 0, &ok);
  if (status != 0) return status;
  obj_prevent_extensions(raw);
  obj_prevent_extensions(cooked);
  obj_cell(raw)->flags |= OBJ_FLAG_LENGTH_READONLY;
  obj_cell(cooked)->flags |= OBJ_FLAG_LENGTH_READONLY;
  *out = cooked;
  return 0;
}

/* --- generators ------------------------------------------------------------------------------------ */

/* 7.4.14 CreateIterResultObject */
static int iterator_result(Vm *vm, JSValue value, bool done, JSValue *out) {
  JSValue object, key;
  bool ok;
  int status = obj_new(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], &object);
  if (status == 0) status = (key = vm->atoms[ATOM_value], 0);
  if (status == 0) status = obj_define_own(vm->cx, object, key, value, PROP_DEFAULT, &ok);
  if (status == 0) status = (key = vm->atoms[ATOM_done], 0);
  if (status == 0) status = obj_define_own(vm->cx, object, key, js_from_bool(done), PROP_DEFAULT, &ok);
  if (status == 0) *out = object;
  return status;
}

/* Suspends: the frame's registers, context and resume point go into the generator. The
 * caller then pops the frame. */
static int generator_save(Vm *vm, JSValue generator, Frame *frame, uint32_t resume_pc) {
  FunctionCode *code = closure_code(frame->function);
  GcCell *saved = heap_alloc_slots(vm->heap, code->register_count, 0, false);
  if (saved == NULL) return PT_ENOMEM;
  for (uint32_t i = 0; i < code->register_count; i++) gc_slots(saved)->slots[i] = frame->regs[i];
  obj_internal_set(vm->heap, generator, GEN_SLOT_REGISTERS, js_from_cell(JS_TAG_CELL, saved));
  obj_internal_set(vm->heap, generator, GEN_SLOT_FUNCTION, frame->function);
  obj_internal_set(vm->heap, generator, GEN_SLOT_CONTEXT, frame->context);
  obj_internal_set(vm->heap, generator, GEN_SLOT_PC, js_from_int32((int32_t)resume_pc));
  JSValue state = obj_internal_get(generator, GEN_SLOT_STATE);
  obj_internal_set(vm->heap, generator, GEN_SLOT_STATE,
                   js_from_int32(js_is_undefined(state) ? GEN_SUSPENDED_START : GEN_SUSPENDED_YIELD));
  return 0;
}

/* Pushes the generator's saved frame back onto the VM stack, with `value` in its
 * accumulator and the resume mode in the register after the generator's. */
static int generator_resume(Vm *vm, JSValue generator, JSValue value, int32_t mode) {
  JSValue function = obj_internal_get(generator, GEN_SLOT_FUNCTION);
  FunctionCode *code = closure_code(function);
  GcSlots *saved = gc_slots((GcCell *)js_to_cell(obj_internal_get(generator, GEN_SLOT_REGISTERS)));
  JSValue *base = vm->sp;
  if (vm->frame_count >= vm->frame_capacity || base + 2 + code->register_count + 64 > vm->stack_end) {
    return vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
  }
  base[0] = function;
  base[1] = saved->slots[0];
  Frame *frame = &vm->frames[vm->frame_count++];
  frame->function = function;
  frame->context = obj_internal_get(generator, GEN_SLOT_CONTEXT);
  frame->new_target = JS_UNDEFINED;
  frame->acc = value;
  frame->args = base + 1;
  frame->argc = 0;
  frame->regs = base + 2;
  frame->pc = (uint32_t)js_to_int32(obj_internal_get(generator, GEN_SLOT_PC));
  frame->flags = FRAME_GENERATOR;
  for (uint32_t i = 0; i < code->register_count; i++) frame->regs[i] = saved->slots[i];
  frame->regs[code->generator_register + 1] = js_from_int32(mode);
  vm->sp = frame->regs + code->register_count;
  obj_internal_set(vm->heap, generator, GEN_SLOT_STATE, js_from_int32(GEN_EXECUTING));
  return 0;
}

/* DefinePropertyOrThrow of a field or method over an existing property: a non-configurable
 * one cannot be redefined (a class's static "prototype", a frozen object's field). */
static int check_redefinable(Vm *vm, JSValue object, JSValue key) {
  JSValue existing;
  uint32_t attrs;
  if (js_is_object(object) && obj_get_own(vm->cx, object, key, &existing, &attrs) && !(attrs & PROP_CONFIGURABLE)) {
    bool is_prototype = false;
    if (js_is_string(key) && str_equals(vm->heap, key, vm->atoms[ATOM_prototype], &is_prototype) != 0) return PT_ENOMEM;
    if (is_prototype && obj_class(object) == CLASS_FUNCTION) {
      return vm_throw(vm, ERROR_TYPE, "Classes may not have a static property named 'prototype'");
    }
    return throw_naming(vm, ERROR_TYPE, "Cannot redefine property: %s", key);
  }
  return 0;
}

/* --- the loop --------------------------------------------------------------------------------------- */

/* Computed-goto dispatch natively (DESIGN: "computed-goto dispatch natively, switch in wasm");
 * CASE labels each handler for both. */
#if defined(__GNUC__) && !defined(__wasm__)
#define PETREL_COMPUTED_GOTO 1
#define CASE(name) case OP_##name: L_##name:
#else
#define PETREL_COMPUTED_GOTO 0
#define CASE(name) case OP_##name:
#endif

#define READ_U16(offset) bc_read_u16(code + pc + (offset))
#define READ_I32(offset) bc_read_i32(code + pc + (offset))
#define REG(i) (frame->regs[(i)])

int interp_run(Vm *vm, uint32_t entry_depth, JSValue *out) {
  Frame *frame;
  FunctionCode *function_code;
  const uint8_t *code;
  uint32_t pc;
  JSValue acc;
  int status = 0;

reload:
  status = 0; /* a handled exception's status must not leak into the code that resumes */
  frame = &vm->frames[vm->frame_count - 1];
  function_code = closure_code(frame->function);
  code = code_bytes(function_code);
  pc = frame->pc;
  acc = frame->acc;

#if PETREL_COMPUTED_GOTO
  static const void *const dispatch_table[OP_COUNT] = {
#define BYTECODE(name, operands) &&L_##name,
#include "interp/bytecode.def"
  };
#endif
  for (;;) {
    Opcode op = (Opcode)code[pc];
    frame->pc = pc;
    uint32_t length = bytecode_lengths[op];
    switch (op) {
      CASE(LdaUndefined) acc = JS_UNDEFINED; break;
      CASE(LdaNull) acc = JS_NULL; break;
      CASE(LdaTrue) acc = JS_TRUE; break;
      CASE(LdaFalse) acc = JS_FALSE; break;
      CASE(LdaHole) acc = JS_HOLE; break;
      CASE(LdaSmi) acc = js_from_int32(READ_I32(1)); break;
      CASE(LdaConstant) acc = code_constant(function_code, READ_U16(1)); break;
      CASE(Ldar) acc = REG(READ_U16(1)); break;
      CASE(Star) REG(READ_U16(1)) = acc; break;
      CASE(Mov) REG(READ_U16(3)) = REG(READ_U16(1)); break;

      CASE(LdaGlobal)
      CASE(LdaGlobalTypeof) {
        JSValue key = code_constant(function_code, READ_U16(1));
        JSValue value, holder;
        uint32_t attrs;
        if (obj_get_own(vm->cx, vm->roots[VM_ROOT_GLOBAL_LEXICALS], key, &value, &attrs)) {
          if (js_is_hole(value)) {
            status = throw_naming(vm, ERROR_REFERENCE, "Cannot access '%s' before initialization", key);
            goto exception;
          }
          acc = value;
          break;
        }
        if (!obj_lookup(vm->cx, vm->roots[VM_ROOT_GLOBAL], key, &holder, &value, &attrs)) {
          if (op == OP_LdaGlobalTypeof) {
            acc = JS_UNDEFINED;
            break;
          }
          status = throw_naming(vm, ERROR_REFERENCE, "%s is not defined", key);
          goto exception;
        }
        if (attrs & PROP_ACCESSOR) {
          JSValue getter = ((AccessorPair *)js_to_cell(value))->getter;
          if (js_is_undefined(getter)) {
            acc = JS_UNDEFINED;
            break;
          }
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_values(vm, getter, vm->roots[VM_ROOT_GLOBAL], NULL, 0, JS_UNDEFINED, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        acc = value;
        break;
      }
      CASE(StaGlobal) {
        JSValue key = code_constant(function_code, READ_U16(1));
        bool strict = READ_U16(5) != 0;
        JSValue value;
        uint32_t attrs;
        JSValue lexicals = vm->roots[VM_ROOT_GLOBAL_LEXICALS];
        if (obj_get_own(vm->cx, lexicals, key, &value, &attrs)) {
          if (js_is_hole(value)) {
            status = throw_naming(vm, ERROR_REFERENCE, "Cannot access '%s' before initialization", key);
          } else if (!(attrs & PROP_WRITABLE)) {
            status = vm_throw(vm, ERROR_TYPE, "Assignment to constant variable.");
          } else {
            bool ok;
            status = obj_set_own(vm->cx, lexicals, key, acc, &ok);
          }
          if (status != 0) goto exception;
          break;
        }
        JSValue holder;
        if (strict && !obj_lookup(vm->cx, vm->roots[VM_ROOT_GLOBAL], key, &holder, &value, &attrs)) {
          status = throw_naming(vm, ERROR_REFERENCE, "%s is not defined", key);
          goto exception;
        }
        JSValue setter;
        status = set_property(vm, vm->roots[VM_ROOT_GLOBAL], key, acc, strict, &setter);
        if (status != 0) goto exception;
        if (!js_is_undefined(setter)) {
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_values(vm, setter, vm->roots[VM_ROOT_GLOBAL], &acc, 1, JS_UNDEFINED, FRAME_KEEP_ACC);
          if (status != 0) goto exception;
          goto reload;
        }
        break;
      }
      CASE(DeclareGlobals) {
        GcSlots *list = gc_slots((GcCell *)js_to_cell(code_constant(function_code, READ_U16(1))));
        JSValue global = vm->roots[VM_ROOT_GLOBAL], lexicals = vm->roots[VM_ROOT_GLOBAL_LEXICALS];
        /* 16.1.7 GlobalDeclarationInstantiation: conflicts first, then bindings. */
        for (uint32_t i = 0; i < list->count; i += 2) {
          JSValue key = list->slots[i], value;
          int kind = js_to_int32(list->slots[i + 1]);
          uint32_t attrs;
          bool lexical_exists = obj_get_own(vm->cx, lexicals, key, &value, &attrs);
          bool is_lexical = kind >= 2;
          bool conflict = lexical_exists;
          if (is_lexical && obj_get_own(vm->cx, global, key, &value, &attrs) && !(attrs & PROP_CONFIGURABLE)) conflict = true;
          if (conflict) {
            status = throw_naming(vm, ERROR_SYNTAX, "Identifier '%s' has already been declared", key);
            goto exception;
          }
        }
        for (uint32_t i = 0; i < list->count; i += 2) {
          JSValue key = list->slots[i], value;
          int kind = js_to_int32(list->slots[i + 1]);
          uint32_t attrs;
          bool ok;
          if (kind >= 2) {
            status = obj_define_own(vm->cx, lexicals, key, JS_HOLE, kind == 3 ? PROP_ENUMERABLE : PROP_WRITABLE | PROP_ENUMERABLE, &ok);
          } else if (!obj_get_own(vm->cx, global, key, &value, &attrs)) {
            status = obj_define_own(vm->cx, global, key, JS_UNDEFINED, PROP_WRITABLE | PROP_ENUMERABLE, &ok);
          }
          if (status != 0) goto exception;
        }
        break;
      }
      CASE(InitGlobalLexical) {
        JSValue key = code_constant(function_code, READ_U16(1)), value;
        uint32_t attrs;
        bool ok;
        JSValue lexicals = vm->roots[VM_ROOT_GLOBAL_LEXICALS];
        if (!obj_get_own(vm->cx, lexicals, key, &value, &attrs)) attrs = PROP_WRITABLE | PROP_ENUMERABLE;
        status = obj_define_own(vm->cx, lexicals, key, acc, attrs, &ok);
        if (status != 0) goto exception;
        break;
      }
      CASE(LdaContextSlot) acc = *context_slot(frame->context, READ_U16(1), READ_U16(3)); break;
      CASE(LdaImportedBinding) acc = obj_binding_ref_get(acc); break;
      CASE(StaContextSlot) {
        JSValue context = frame->context;
        for (uint32_t d = READ_U16(1); d > 0; d--) context = context_parent(context);
        GcCell *cell = (GcCell *)js_to_cell(context);
        gc_store_value(vm->heap, cell, &gc_slots(cell)->slots[READ_U16(3)], acc);
        break;
      }
      CASE(PushContext) {
        GcCell *cell = heap_alloc_slots(vm->heap, READ_U16(3), 0, false);
        if (cell == NULL) {
          status = PT_ENOMEM;
          goto exception;
        }
        gc_slots(cell)->slots[0] = frame->context;
        REG(READ_U16(1)) = frame->context;
        frame->context = js_from_cell(JS_TAG_CELL, cell);
        break;
      }
      CASE(PopContext) frame->context = REG(READ_U16(1)); break;
      CASE(SaveContext) REG(READ_U16(1)) = frame->context; break;
      CASE(CopyContext) {
        GcSlots *old = gc_slots((GcCell *)js_to_cell(frame->context));
        GcCell *cell = heap_alloc_slots(vm->heap, old->count, 0, false);
        if (cell == NULL) {
          status = PT_ENOMEM;
          goto exception;
        }
        old = gc_slots((GcCell *)js_to_cell(frame->context));
        for (uint32_t i = 0; i < old->count; i++) gc_slots(cell)->slots[i] = old->slots[i];
        frame->context = js_from_cell(JS_TAG_CELL, cell);
        break;
      }
      CASE(ThrowIfHole)
        if (js_is_hole(acc)) {
          status = throw_naming(vm, ERROR_REFERENCE, "Cannot access '%s' before initialization", code_constant(function_code, READ_U16(1)));
          goto exception;
        }
        break;
      CASE(ThrowConstAssign)
        status = vm_throw(vm, ERROR_TYPE, "Assignment to constant variable.");
        goto exception;
      CASE(ThrowIfNotHole)
        if (!js_is_hole(acc)) {
          status = vm_throw(vm, ERROR_REFERENCE, "Super constructor may only be called once");
          goto exception;
        }
        break;
      CASE(ThrowSuperNotCalled)
        if (js_is_hole(acc)) {
          status = vm_throw(vm, ERROR_REFERENCE,
                            "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
          goto exception;
        }
        break;

      /* --- properties --- */
      CASE(GetNamed)
        if (ic_load(vm, function_code, READ_U16(5), REG(READ_U16(1)), code_constant(function_code, READ_U16(3)), &acc)) break;
        if (js_is_object(REG(READ_U16(1))) && obj_is_array(REG(READ_U16(1))) &&
            js_same_bits(code_constant(function_code, READ_U16(3)), vm->cx->length_atom)) {
          acc = js_from_number((double)obj_cell(REG(READ_U16(1)))->length);
          break;
        }
        /* the generic path, which teaches the cache */
        __attribute__((fallthrough));
      CASE(GetKeyed) {
        JSValue receiver = REG(READ_U16(1));
        JSValue key = op == OP_GetNamed ? code_constant(function_code, READ_U16(3)) : acc;
        if (op == OP_GetKeyed) {
          if (js_is_object(receiver) && js_is_int32(key) && js_to_int32(key) >= 0) {
            JSValue value;
            uint32_t attrs;
            if (elem_get(obj_cell(receiver), (uint32_t)js_to_int32(key), &value, &attrs) && !(attrs & PROP_ACCESSOR) &&
                js_tag(value) != JS_TAG_CELL) { /* (a mapped argument's reference: the slow path reads it) */
              acc = value;
              break;
            }
          }
          if (js_is_object(key) && js_is_nullish(receiver)) {
            /* 13.3.3 EvaluatePropertyAccessWithExpressionKey: ToObject(base) before ToPropertyKey */
            status = vm_throw(vm, ERROR_TYPE, "Cannot read properties of %s", js_is_null(receiver) ? "null" : "undefined");
            goto exception;
          }
          if (js_is_object(key)) {
            frame->pc = pc; /* re-run this instruction with the converted key */
            frame->acc = acc;
            status = call_lib(vm, VM_ROOT_LIB_TO_PROPERTY_KEY, &key, 1, 0);
            if (status != 0) goto exception;
            goto reload;
          }
          status = to_property_key_primitive(vm, key, &key);
          if (status != 0) goto exception;
        }
        LookupResult result;
        JSValue value;
        status = get_property(vm, receiver, key, &value, &result);
        if (status != 0) goto exception;
        if (op == OP_GetNamed && result == LOOKUP_DONE) ic_load_miss(vm, function_code, READ_U16(5), pc, receiver, key);
        if (result == LOOKUP_CALL_GETTER) {
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_values(vm, value, receiver, NULL, 0, JS_UNDEFINED, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        acc = value;
        break;
      }
      CASE(SetNamed)
        if (ic_store(vm, function_code, READ_U16(5), REG(READ_U16(1)), code_constant(function_code, READ_U16(3)), acc)) break;
        __attribute__((fallthrough));
      CASE(SetKeyed) {
        JSValue receiver = REG(READ_U16(1));
        JSValue key = op == OP_SetNamed ? code_constant(function_code, READ_U16(3)) : REG(READ_U16(3));
        if (op == OP_SetKeyed) {
          if (js_is_object(key)) {
            status = vm_throw(vm, ERROR_TYPE, "internal error: unconverted key");
            goto exception;
          }
          status = to_property_key_primitive(vm, key, &key);
          if (status != 0) goto exception;
        }
        if (js_is_object(acc) && js_is_object(receiver) && obj_is_array(receiver) &&
            js_same_bits(key, vm->cx->length_atom)) {
          /* ArraySetLength's ToNumber may run user code: convert, then run this store again */
          JSValue args[2];
          status = str_from_cstring(vm->heap, "tonumber", &args[0]);
          if (status != 0) goto exception;
          args[1] = acc;
          frame->pc = pc;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_UNARY, args, 2, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        JSValue setter;
        Shape *shape_before = js_is_object(receiver) ? obj_shape(receiver) : NULL;
        status = set_property(vm, receiver, key, acc, (function_code->flags & CODE_STRICT) != 0, &setter);
        if (status != 0) goto exception;
        if (op == OP_SetNamed && js_is_undefined(setter) && shape_before != NULL) {
          ic_store_miss(vm, function_code, READ_U16(5), pc, receiver, key, shape_before);
        }
        if (!js_is_undefined(setter)) {
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_values(vm, setter, receiver, &acc, 1, JS_UNDEFINED, FRAME_KEEP_ACC);
          if (status != 0) goto exception;
          goto reload;
        }
        break;
      }
      CASE(DefineField) {
        JSValue object = REG(READ_U16(1)), key = REG(READ_U16(3));
        bool ok;
        status = to_property_key_primitive(vm, key, &key);
        if (status == 0) status = check_redefinable(vm, object, key);
        if (status == 0) status = obj_define_own(vm->cx, object, key, acc, PROP_DEFAULT, &ok);
        if (status != 0) goto exception;
        if (!ok) {
          status = vm_throw(vm, ERROR_TYPE, "Cannot define property, object is not extensible");
          goto exception;
        }
        break;
      }
      CASE(DefineMethod) {
        JSValue object = REG(READ_U16(1)), key = REG(READ_U16(3));
        uint32_t kind = READ_U16(5);
        uint32_t attrs = PROP_CONFIGURABLE | ((kind & 4) ? PROP_ENUMERABLE : 0);
        bool ok;
        JSValue value = acc;
        status = to_property_key_primitive(vm, key, &key);
        if (status == 0) status = check_redefinable(vm, object, key);
        if (status != 0) goto exception;
        if ((kind & 3) != 0) {
          JSValue existing, getter = JS_UNDEFINED, setter = JS_UNDEFINED;
          uint32_t existing_attrs;
          if (obj_get_own(vm->cx, object, key, &existing, &existing_attrs) && (existing_attrs & PROP_ACCESSOR)) {
            getter = ((AccessorPair *)js_to_cell(existing))->getter;
            setter = ((AccessorPair *)js_to_cell(existing))->setter;
          }
          if ((kind & 3) == 1) getter = acc;
          else setter = acc;
          status = obj_accessor_pair_new(vm->heap, getter, setter, &value);
          if (status != 0) goto exception;
          attrs |= PROP_ACCESSOR;
        } else {
          attrs |= PROP_WRITABLE;
        }
        status = obj_define_own(vm->cx, object, key, value, attrs, &ok);
        if (status != 0) goto exception;
        break;
      }
      CASE(Delete) {
        JSValue object = REG(READ_U16(1)), key = acc;
        if (js_is_nullish(object)) {
          status = vm_throw(vm, ERROR_TYPE, "Cannot convert undefined or null to object");
          goto exception;
        }
        if (js_is_object(key)) {
          /* ToPropertyKey may run user code: convert, then run this instruction again */
          frame->pc = pc;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_TO_PROPERTY_KEY, &key, 1, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        status = to_property_key_primitive(vm, key, &key);
        if (status != 0) goto exception;
        if (!js_is_object(object)) {
          acc = JS_TRUE;
          break;
        }
        bool deleted;
        status = obj_delete(vm->cx, object, key, &deleted);
        if (status != 0) goto exception;
        if (!deleted && (function_code->flags & CODE_STRICT)) {
          status = throw_naming(vm, ERROR_TYPE,
                                obj_is_module_namespace(object) ? "Cannot delete property '%s' of [object Module]"
                                                                : "Cannot delete property '%s' of #<Object>",
                                key);
          goto exception;
        }
        acc = js_from_bool(deleted);
        break;
      }
      CASE(GetSuper)
      CASE(SetSuper) {
        /* 13.3.7.3 MakeSuperPropertyReference: the method's [[HomeObject]].[[Prototype]]. */
        JSValue method = REG(READ_U16(1));
        JSValue home = js_is_object(method) ? obj_internal_get(method, FN_SLOT_HOME_OBJECT) : JS_UNDEFINED;
        if (!js_is_object(home)) {
          status = vm_throw(vm, ERROR_SYNTAX, "'super' keyword unexpected here");
          goto exception;
        }
        JSValue proto = obj_prototype(home);
        JSValue this_value = REG(READ_U16(1) + 1);
        JSValue key = op == OP_GetSuper ? acc : REG(READ_U16(3));
        status = to_property_key_primitive(vm, key, &key);
        if (status != 0) goto exception;
        if (op == OP_GetSuper) {
          if (!js_is_object(proto)) {
            acc = JS_UNDEFINED;
            break;
          }
          JSValue holder, value;
          uint32_t attrs;
          if (!obj_lookup(vm->cx, proto, key, &holder, &value, &attrs)) {
            acc = JS_UNDEFINED;
            break;
          }
          if (attrs & PROP_ACCESSOR) {
            JSValue getter = ((AccessorPair *)js_to_cell(value))->getter;
            frame->pc = pc + length;
            frame->acc = acc;
            status = call_values(vm, getter, this_value, NULL, 0, JS_UNDEFINED, 0);
            if (status != 0) goto exception;
            goto reload;
          }
          acc = value;
        } else {
          JSValue holder, value, setter = JS_UNDEFINED;
          uint32_t attrs;
          if (js_is_object(proto) && obj_lookup(vm->cx, proto, key, &holder, &value, &attrs) && (attrs & PROP_ACCESSOR)) {
            setter = ((AccessorPair *)js_to_cell(value))->setter;
          }
          if (!js_is_undefined(setter)) {
            frame->pc = pc + length;
            frame->acc = acc;
            status = call_values(vm, setter, this_value, &acc, 1, JS_UNDEFINED, FRAME_KEEP_ACC);
            if (status != 0) goto exception;
            goto reload;
          }
          bool ok;
          if (js_is_object(this_value)) status = obj_set_own(vm->cx, this_value, key, acc, &ok);
          if (status != 0) goto exception;
        }
        break;
      }
      CASE(ThrowIfNullishBase)
        if (js_is_nullish(REG(READ_U16(1)))) {
          status = vm_throw(vm, ERROR_TYPE, "Cannot read properties of %s", js_is_null(REG(READ_U16(1))) ? "null" : "undefined");
          goto exception;
        }
        break;
      CASE(ToPropertyKey)
        if (js_is_object(acc)) {
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_TO_PROPERTY_KEY, &acc, 1, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        status = to_property_key_primitive(vm, acc, &acc);
        if (status != 0) goto exception;
        break;

      /* --- arithmetic --- */
      CASE(Add) {
        JSValue left = REG(READ_U16(1));
        if (js_is_int32(left) && js_is_int32(acc)) {
          int64_t sum = (int64_t)js_to_int32(left) + js_to_int32(acc);
          acc = sum == (int32_t)sum ? js_from_int32((int32_t)sum) : js_from_double((double)sum);
          break;
        }
        if (js_is_number(left) && js_is_number(acc)) {
          acc = js_from_number(js_number_value(left) + js_number_value(acc));
          break;
        }
        if (js_is_object(left) || js_is_object(acc)) {
          JSValue args[2] = {left, acc};
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_ADD, args, 2, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        if (js_is_string(left) || js_is_string(acc)) {
          JSValue a = left, b = acc;
          if (!js_is_string(a)) status = to_string_primitive(vm, a, &a);
          if (status == 0 && !js_is_string(b)) status = to_string_primitive(vm, b, &b);
          if (status == 0) status = str_concat(vm->heap, a, b, &acc);
          if (status == PT_E2BIG) status = vm_throw(vm, ERROR_RANGE, "Invalid string length");
          if (status != 0) goto exception;
          break;
        }
        if (js_is_bigint(left) || js_is_bigint(acc)) {
          status = bigint_operation(vm, BIGINT_OP_ADD, left, acc, &acc);
          if (status != 0) goto exception;
          break;
        }
        double a, b;
        status = to_number_primitive(vm, left, &a);
        if (status == 0) status = to_number_primitive(vm, acc, &b);
        if (status != 0) goto exception;
        acc = js_from_number(a + b);
        break;
      }
      CASE(Sub) CASE(Mul) CASE(Div) CASE(Mod) CASE(Exp)
      CASE(BitOr) CASE(BitAnd) CASE(BitXor) CASE(Shl) CASE(Sar) CASE(Shr) {
        JSValue left = REG(READ_U16(1));
        if (js_is_object(left) || js_is_object(acc)) {
          static const char *const names[] = {"-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>"};
          JSValue args[3];
          status = str_from_cstring(vm->heap, names[op - OP_Sub], &args[0]);
          if (status != 0) goto exception;
          args[1] = left;
          args[2] = acc;
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_BINARY, args, 3, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        double a, b;
        if (js_is_int32(left) && js_is_int32(acc)) {
          int32_t x = js_to_int32(left), y = js_to_int32(acc);
          switch (op) {
            case OP_Sub: { int64_t r = (int64_t)x - y; acc = r == (int32_t)r ? js_from_int32((int32_t)r) : js_from_double((double)r); goto next; }
            case OP_Mul: { int64_t r = (int64_t)x * y; if (r == (int32_t)r && !(r == 0 && (x < 0 || y < 0))) { acc = js_from_int32((int32_t)r); goto next; } break; }
            case OP_BitOr: acc = js_from_int32(x | y); goto next;
            case OP_BitAnd: acc = js_from_int32(x & y); goto next;
            case OP_BitXor: acc = js_from_int32(x ^ y); goto next;
            case OP_Shl: acc = js_from_int32((int32_t)((uint32_t)x << (y & 31))); goto next;
            case OP_Sar: acc = js_from_int32(x >> (y & 31)); goto next;
            case OP_Shr: acc = js_from_number((double)((uint32_t)x >> (y & 31))); goto next;
            default: break;
          }
        }
        if (js_is_bigint(left) || js_is_bigint(acc)) {
          status = bigint_operation(vm, (BigIntOp)(BIGINT_OP_SUB + (op - OP_Sub)), left, acc, &acc);
          if (status != 0) goto exception;
          break;
        }
        status = to_number_primitive(vm, left, &a);
        if (status == 0) status = to_number_primitive(vm, acc, &b);
        if (status != 0) goto exception;
        switch (op) {
          case OP_Sub: acc = js_from_number(a - b); break;
          case OP_Mul: acc = js_from_number(a * b); break;
          case OP_Div: acc = js_from_number(a / b); break;
          case OP_Mod: acc = js_from_number(isinf(b) && isfinite(a) ? a : fmod(a, b)); break;
          case OP_Exp: {
            JSValue args[3] = {js_from_int32(1), js_from_double(a), js_from_double(b)};
            status = intrinsic_functions[INTRINSIC_MathOp2](vm, args, 3, &acc);
            if (status != 0) goto exception;
            break;
          }
          case OP_BitOr: acc = js_from_int32(to_int32_double(a) | to_int32_double(b)); break;
          case OP_BitAnd: acc = js_from_int32(to_int32_double(a) & to_int32_double(b)); break;
          case OP_BitXor: acc = js_from_int32(to_int32_double(a) ^ to_int32_double(b)); break;
          case OP_Shl: acc = js_from_int32((int32_t)((uint32_t)to_int32_double(a) << (to_int32_double(b) & 31))); break;
          case OP_Sar: acc = js_from_int32(to_int32_double(a) >> (to_int32_double(b) & 31)); break;
          case OP_Shr: acc = js_from_number((double)((uint32_t)to_int32_double(a) >> (to_int32_double(b) & 31))); break;
          default: break;
        }
        break;
      }
      CASE(TestStrictEqual) {
        JSValue left = REG(READ_U16(1));
        bool equal;
        if (js_is_number(left) && js_is_number(acc)) {
          equal = js_number_value(left) == js_number_value(acc);
        } else if (js_is_string(left) && js_is_string(acc)) {
          status = str_equals(vm->heap, left, acc, &equal);
          if (status != 0) goto exception;
        } else if (js_is_bigint(left) && js_is_bigint(acc)) {
          equal = bigint_cell_equal(left, acc);
        } else {
          equal = js_same_bits(left, acc);
        }
        acc = js_from_bool(equal);
        break;
      }
      CASE(TestEqual) {
        JSValue left = REG(READ_U16(1)), right = acc;
        bool equal;
        if ((js_is_object(left) && !js_is_object(right) && !js_is_nullish(right)) ||
            (js_is_object(right) && !js_is_object(left) && !js_is_nullish(left))) {
          JSValue args[2] = {left, right};
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_LOOSE_EQUAL, args, 2, FRAME_TO_BOOLEAN);
          if (status != 0) goto exception;
          goto reload;
        }
        if (js_is_nullish(left) || js_is_nullish(right)) {
          equal = js_is_nullish(left) && js_is_nullish(right);
        } else if (js_is_number(left) && js_is_number(right)) {
          equal = js_number_value(left) == js_number_value(right);
        } else if (js_is_string(left) && js_is_string(right)) {
          status = str_equals(vm->heap, left, right, &equal);
          if (status != 0) goto exception;
        } else if (js_is_object(left) || js_is_symbol(left) || js_is_symbol(right)) {
          equal = js_same_bits(left, right);
        } else if (js_is_bigint(left) || js_is_bigint(right)) {
          /* 7.2.14 steps 5-7, 9-10, 13-14: Strings read as BigInts, Booleans as Numbers */
          int order;
          status = bigint_order(vm, left, right, &order);
          if (status != 0) goto exception;
          equal = order == 0;
        } else {
          double a, b;
          status = to_number_primitive(vm, left, &a);
          if (status == 0) status = to_number_primitive(vm, right, &b);
          if (status != 0) goto exception;
          equal = a == b;
        }
        acc = js_from_bool(equal);
        break;
      }
      CASE(TestLessThan) CASE(TestGreaterThan) CASE(TestLessEqual) CASE(TestGreaterEqual) {
        JSValue left = REG(READ_U16(1)), right = acc;
        if (js_is_int32(left) && js_is_int32(right)) {
          int32_t a = js_to_int32(left), b = js_to_int32(right);
          acc = js_from_bool(op == OP_TestLessThan ? a < b : op == OP_TestGreaterThan ? a > b
                             : op == OP_TestLessEqual ? a <= b : a >= b);
          break;
        }
        if (js_is_object(left) || js_is_object(right)) {
          static const char *const names[] = {"<", ">", "<=", ">="};
          JSValue args[3];
          status = str_from_cstring(vm->heap, names[op - OP_TestLessThan], &args[0]);
          if (status != 0) goto exception;
          args[1] = left;
          args[2] = right;
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_COMPARE, args, 3, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        bool result;
        if (js_is_string(left) && js_is_string(right)) {
          int order;
          status = str_compare(vm->heap, left, right, &order);
          if (status != 0) goto exception;
          result = op == OP_TestLessThan ? order < 0 : op == OP_TestGreaterThan ? order > 0
                   : op == OP_TestLessEqual ? order <= 0 : order >= 0;
        } else if (js_is_bigint(left) || js_is_bigint(right)) {
          int order;
          status = bigint_order(vm, left, right, &order);
          if (status != 0) goto exception;
          result = order != BIGINT_UNORDERED && (op == OP_TestLessThan ? order < 0 : op == OP_TestGreaterThan ? order > 0
                                  : op == OP_TestLessEqual ? order <= 0 : order >= 0);
        } else {
          double a, b;
          status = to_number_primitive(vm, left, &a);
          if (status == 0) status = to_number_primitive(vm, right, &b);
          if (status != 0) goto exception;
          result = op == OP_TestLessThan ? a < b : op == OP_TestGreaterThan ? a > b
                   : op == OP_TestLessEqual ? a <= b : a >= b;
        }
        acc = js_from_bool(result);
        break;
      }
      CASE(TestInstanceOf) {
        JSValue args[2] = {REG(READ_U16(1)), acc};
        frame->pc = pc + length;
        frame->acc = acc;
        status = call_lib(vm, VM_ROOT_LIB_INSTANCE_OF, args, 2, FRAME_TO_BOOLEAN);
        if (status != 0) goto exception;
        goto reload;
      }
      CASE(TestIn) {
        JSValue key = REG(READ_U16(1));
        if (!js_is_object(acc)) {
          JSValue key_text, target_text;
          char *key_name = NULL, *target_name = NULL;
          if (vm_describe(vm, key, &key_text) == 0) key_name = vm_string_to_cstring(vm, key_text);
          if (vm_describe(vm, acc, &target_text) == 0) target_name = vm_string_to_cstring(vm, target_text);
          status = vm_throw(vm, ERROR_TYPE, "Cannot use 'in' operator to search for '%s' in %s", key_name ? key_name : "",
                            target_name ? target_name : "");
          free(key_name);
          free(target_name);
          goto exception;
        }
        if (js_is_object(key)) {
          /* 13.10.1: ToPropertyKey may run user code; convert into the key's register, then
           * run this instruction again */
          frame->pc = pc;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_TO_PROPERTY_KEY, &key, 1, FRAME_TO_REGISTER);
          if (status != 0) goto exception;
          vm->frames[vm->frame_count - 1].result_register = READ_U16(1);
          goto reload;
        }
        status = to_property_key_primitive(vm, key, &key);
        if (status != 0) goto exception;
        JSValue holder, value;
        uint32_t attrs;
        int string_status;
        if (string_object_index(vm, acc, key, &value, &string_status)) {
          if (string_status != 0) {
            status = string_status;
            goto exception;
          }
          acc = JS_TRUE;
          break;
        }
        acc = js_from_bool(obj_lookup(vm->cx, acc, key, &holder, &value, &attrs));
        break;
      }
      CASE(TestPrivateIn) {
        if (!js_is_object(acc)) {
          status = vm_throw(vm, ERROR_TYPE, "Cannot use 'in' operator to search for a private field in a non-object");
          goto exception;
        }
        JSValue value;
        uint32_t attrs;
        acc = js_from_bool(obj_get_own(vm->cx, acc, REG(READ_U16(1)), &value, &attrs));
        break;
      }
      CASE(TestNullish) acc = js_from_bool(js_is_nullish(acc)); break;
      CASE(TestUndefined) acc = js_from_bool(js_is_undefined(acc)); break;
      CASE(Inc) CASE(Dec) CASE(Negate) CASE(BitNot) CASE(ToNumeric) CASE(ToNumber) {
        if (js_is_object(acc)) {
          static const char *const names[] = {"++", "--", "-", "~", "tonumeric", "tonumber"};
          JSValue args[2];
          status = str_from_cstring(vm->heap, names[op - OP_Inc], &args[0]);
          if (status != 0) goto exception;
          args[1] = acc;
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_UNARY, args, 2, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        if (js_is_int32(acc)) {
          int32_t x = js_to_int32(acc);
          if (op == OP_Inc && x < INT32_MAX) { acc = js_from_int32(x + 1); break; }
          if (op == OP_Dec && x > INT32_MIN) { acc = js_from_int32(x - 1); break; }
          if (op == OP_BitNot) { acc = js_from_int32(~x); break; }
          if (op == OP_ToNumeric || op == OP_ToNumber) break;
        }
        if (js_is_bigint(acc) && op != OP_ToNumber) {
          static const BigIntOp bigint_ops[] = {BIGINT_OP_INC, BIGINT_OP_DEC, BIGINT_OP_NEGATE, BIGINT_OP_BIT_NOT};
          if (op == OP_ToNumeric) break;
          status = bigint_operation(vm, bigint_ops[op - OP_Inc], acc, JS_UNDEFINED, &acc);
          if (status != 0) goto exception;
          break;
        }
        double x;
        status = to_number_primitive(vm, acc, &x);
        if (status != 0) goto exception;
        switch (op) {
          case OP_Inc: acc = js_from_number(x + 1); break;
          case OP_Dec: acc = js_from_number(x - 1); break;
          case OP_Negate: acc = js_from_number(-x); break;
          case OP_BitNot: acc = js_from_int32(~to_int32_double(x)); break;
          default: acc = js_from_number(x); break;
        }
        break;
      }
      CASE(ToString)
        if (js_is_string(acc)) break;
        if (js_is_object(acc)) {
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_lib(vm, VM_ROOT_LIB_TO_STRING, &acc, 1, 0);
          if (status != 0) goto exception;
          goto reload;
        }
        status = to_string_primitive(vm, acc, &acc);
        if (status != 0) goto exception;
        break;
      CASE(Not) acc = js_from_bool(!to_boolean(acc)); break;
      CASE(TypeOf)
        status = intrinsic_functions[INTRINSIC_TypeOf](vm, &acc, 1, &acc);
        if (status != 0) goto exception;
        break;

      /* --- jumps --- */
      CASE(Jump) pc += (uint32_t)READ_I32(1); continue;
      CASE(JumpLoop)
        pc += (uint32_t)READ_I32(1);
        if (gc_safepoint_pending(vm->heap)) {
          frame->pc = pc;
          frame->acc = acc;
          status = gc_safepoint(vm->heap);
          if (status != 0) goto exception;
          goto reload;
        }
        continue;
      CASE(JumpIfTrue) if (to_boolean(acc)) { pc += (uint32_t)READ_I32(1); continue; } break;
      CASE(JumpIfFalse) if (!to_boolean(acc)) { pc += (uint32_t)READ_I32(1); continue; } break;
      CASE(JumpIfNullish) if (js_is_nullish(acc)) { pc += (uint32_t)READ_I32(1); continue; } break;
      CASE(JumpIfNotNullish) if (!js_is_nullish(acc)) { pc += (uint32_t)READ_I32(1); continue; } break;
      CASE(JumpIfUndefined) if (js_is_undefined(acc)) { pc += (uint32_t)READ_I32(1); continue; } break;
      CASE(JumpIfNotUndefined) if (!js_is_undefined(acc)) { pc += (uint32_t)READ_I32(1); continue; } break;
      CASE(JumpIfNotHole) if (!js_is_hole(acc)) { pc += (uint32_t)READ_I32(1); continue; } break;

      /* --- calls --- */
      CASE(CallEval) {
        /* 19.2.1.1 PerformEval, direct: only a call of the realm's own eval with a string */
        uint32_t first = READ_U16(3), argc = READ_U16(5);
        if (js_same_bits(REG(READ_U16(1)), vm->roots[VM_ROOT_EVAL_FUNCTION]) && argc >= 1 &&
            js_is_string(REG(first + 1))) {
          JSValue eval_code, closure;
          status = vm_compile_direct_eval(vm, REG(first + 1), code_constant(function_code, READ_U16(7)),
                                          (function_code->flags & CODE_STRICT) != 0, &eval_code);
          if (status == 0) status = interp_new_closure(vm, code_cell(eval_code), frame->context, &closure);
          if (status != 0) goto exception;
          frame->pc = pc + length;
          frame->acc = acc;
          status = call_values(vm, closure, JS_UNDEFINED, NULL, 0, JS_UNDEFINED, 0);
          if (status != 0) goto exception;
          goto reload;
        }
      }
        /* anything else is an ordinary call */
        __attribute__((fallthrough));
      CASE(Call)
      CASE(Construct) {
        JSValue callee = REG(READ_U16(1));
        uint32_t first = READ_U16(3), argc = READ_U16(5);
        frame->pc = pc + length;
        frame->acc = acc;
        JSValue *base = vm->sp;
        if (base + argc + 2 >= vm->stack_end) {
          status = vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
          goto exception;
        }
        base[0] = callee;
        if (op == OP_Call) {
          for (uint32_t i = 0; i <= argc; i++) base[1 + i] = REG(first + i);
        } else {
          base[1] = JS_UNDEFINED;
          for (uint32_t i = 0; i < argc; i++) base[2 + i] = REG(first + i);
        }
        vm->sp = base + argc + 2;
        if (op != OP_CallEval) vm->call_site_name = gc_slots(function_code->feedback)->slots[READ_U16(7)];
        status = begin_call(vm, callee, base + 1, argc, op == OP_Construct ? callee : JS_UNDEFINED,
                            op == OP_Construct ? FRAME_CONSTRUCT : 0);
        vm->call_site_name = JS_UNDEFINED;
        if (status != 0) goto exception;
        if (gc_safepoint_pending(vm->heap)) {
          status = gc_safepoint(vm->heap);
          if (status != 0) goto exception;
        }
        goto reload;
      }
      CASE(CallSpread)
      CASE(ConstructSpread)
      CASE(SuperCall)
      CASE(SuperCallSpread) {
        JSValue callee, this_value = JS_UNDEFINED, new_target = JS_UNDEFINED;
        JSValue array = JS_UNDEFINED;
        uint32_t argc = 0, first = 0;
        uint32_t flags = 0;
        if (op == OP_CallSpread) {
          callee = REG(READ_U16(1));
          this_value = REG(READ_U16(3));
          array = REG(READ_U16(3) + 1);
        } else if (op == OP_ConstructSpread) {
          callee = REG(READ_U16(1));
          array = REG(READ_U16(3));
          new_target = acc;
          flags = FRAME_CONSTRUCT;
        } else {
          /* 13.3.7.1 super(...): the parent is the constructor's [[Prototype]]. */
          JSValue active = REG(READ_U16(1));
          new_target = REG(READ_U16(1) + 1);
          callee = js_is_object(active) ? obj_prototype(active) : JS_NULL;
          flags = FRAME_CONSTRUCT;
          if (op == OP_SuperCall) {
            first = READ_U16(3);
            argc = READ_U16(5);
          } else {
            array = REG(READ_U16(3));
          }
          bool constructor = js_is_object(callee) && obj_class(callee) == CLASS_FUNCTION &&
                             !js_is_undefined(obj_internal_get(callee, FN_SLOT_CODE)) &&
                             (closure_code(callee)->flags & CODE_CONSTRUCTOR);
          if (!constructor && !(js_is_object(callee) && obj_class(callee) == CLASS_BOUND_FUNCTION)) {
            /* 13.3.7.1 step 5; V8 names the heritage, which for `extends null` is null */
            JSValue shown = js_same_bits(callee, vm->roots[VM_ROOT_FUNCTION_PROTOTYPE]) ? JS_NULL : callee, text;
            char *parent_name = vm_describe(vm, shown, &text) == 0 ? vm_string_to_cstring(vm, text) : NULL;
            JSValue active_name = js_is_object(active) ? closure_code(active)->name : JS_UNDEFINED;
            char *class_name = js_is_string(active_name) && str_length(active_name) ? vm_string_to_cstring(vm, active_name) : NULL;
            status = vm_throw(vm, ERROR_TYPE, "Super constructor %s of %s is not a constructor",
                              parent_name ? parent_name : "", class_name ? class_name : "anonymous class");
            free(parent_name);
            free(class_name);
            goto exception;
          }
        }
        frame->pc = pc + length;
        frame->acc = acc;
        JSValue *base = vm->sp;
        if (js_is_object(array)) {
          argc = obj_cell(array)->length;
          if (base + argc + 2 >= vm->stack_end) {
            status = vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
            goto exception;
          }
          for (uint32_t i = 0; i < argc; i++) {
            JSValue v;
            uint32_t attrs;
            if (!elem_get(obj_cell(array), i, &v, &attrs)) v = JS_UNDEFINED;
            base[2 + i] = v;
          }
        } else {
          if (base + argc + 2 >= vm->stack_end) {
            status = vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
            goto exception;
          }
          for (uint32_t i = 0; i < argc; i++) base[2 + i] = REG(first + i);
        }
        base[0] = callee;
        base[1] = this_value;
        vm->sp = base + argc + 2;
        if (op == OP_CallSpread || op == OP_ConstructSpread) {
          vm->call_site_name = gc_slots(function_code->feedback)->slots[READ_U16(5)];
        }
        status = begin_call(vm, callee, base + 1, argc, new_target, flags);
        vm->call_site_name = JS_UNDEFINED;
        if (status != 0) goto exception;
        goto reload;
      }
      CASE(CallRuntime) {
        uint32_t id = READ_U16(1), first = READ_U16(3), argc = READ_U16(5);
        if (id >= INTRINSIC_COUNT) {
          status = vm_throw(vm, ERROR_TYPE, "internal error: bad intrinsic");
          goto exception;
        }
        status = intrinsic_functions[id](vm, argc ? &REG(first) : NULL, argc, &acc);
        if (status != 0) goto exception;
        break;
      }
      CASE(CallLib) {
        uint32_t id = READ_U16(1), first = READ_U16(3), argc = READ_U16(5);
        frame->pc = pc + length;
        frame->acc = acc;
        status = call_lib(vm, lib_entry_roots[id], &REG(first), argc, 0);
        if (status != 0) goto exception;
        goto reload;
      }
      CASE(Return)
        if ((frame->flags & FRAME_GENERATOR) && (function_code->flags & CODE_ASYNC)) {
          /* a resumed async function ends: its promise was settled by the code before */
          JSValue handle = REG(function_code->generator_register);
          obj_internal_set(vm->heap, handle, GEN_SLOT_STATE, js_from_int32(GEN_COMPLETED));
          obj_internal_set(vm->heap, handle, GEN_SLOT_REGISTERS, JS_UNDEFINED);
        } else if (frame->flags & FRAME_GENERATOR) {
          /* 27.5.3.3 GeneratorResume: the body finished; the generator is done */
          JSValue generator = REG(function_code->generator_register);
          obj_internal_set(vm->heap, generator, GEN_SLOT_STATE, js_from_int32(GEN_COMPLETED));
          obj_internal_set(vm->heap, generator, GEN_SLOT_REGISTERS, JS_UNDEFINED);
          status = iterator_result(vm, acc, true, &acc);
          if (status != 0) goto exception;
        }
        goto return_acc;
      CASE(GeneratorStart)
      CASE(Yield) {
        JSValue generator;
        if (op == OP_GeneratorStart) {
          /* 27.5.3.1 GeneratorStart via OrdinaryCreateFromConstructor(F, %GeneratorPrototype%) */
          JSValue proto_key, proto, holder;
          uint32_t attrs;
          status = (proto_key = vm->atoms[ATOM_prototype], 0);
          if (status != 0) goto exception;
          if (!obj_lookup(vm->cx, frame->function, proto_key, &holder, &proto, &attrs) || !js_is_object(proto) ||
              (attrs & PROP_ACCESSOR)) {
            proto = vm->roots[(function_code->flags & CODE_ASYNC) ? VM_ROOT_ASYNC_GENERATOR_PROTOTYPE
                                                                  : VM_ROOT_GENERATOR_PROTOTYPE];
          }
          status = obj_new_internal(vm->cx, proto, CLASS_GENERATOR, GEN_SLOT_COUNT, &generator);
          if (status != 0) goto exception;
          REG(READ_U16(1)) = generator;
        } else {
          generator = REG(READ_U16(1));
          if (READ_U16(3) == 0) {
            status = iterator_result(vm, acc, false, &acc);
            if (status != 0) goto exception;
          }
        }
        status = generator_save(vm, generator, frame, pc + length);
        if (status != 0) goto exception;
        if (op == OP_GeneratorStart) acc = generator;
        goto return_acc;
      }
      CASE(AsyncStart) {
        JSValue handle;
        status = obj_new_internal(vm->cx, JS_NULL, CLASS_GENERATOR, GEN_SLOT_COUNT, &handle);
        if (status != 0) goto exception;
        obj_internal_set(vm->heap, handle, GEN_SLOT_STATE, js_from_int32(GEN_EXECUTING));
        REG(READ_U16(1)) = handle;
        break;
      }
      CASE(GeneratorResume) {
        uint32_t r = READ_U16(1);
        JSValue generator = REG(r), value = REG(r + 1);
        int32_t mode = js_is_int32(REG(r + 2)) ? js_to_int32(REG(r + 2)) : RESUME_NEXT;
        if (!js_is_object(generator) || obj_class(generator) != CLASS_GENERATOR) {
          status = throw_naming(vm, ERROR_TYPE, "next method called on incompatible receiver %s", generator);
          goto exception;
        }
        int32_t state = js_to_int32(obj_internal_get(generator, GEN_SLOT_STATE));
        if (state == GEN_EXECUTING) {
          status = vm_throw(vm, ERROR_TYPE, "Generator is already running");
          goto exception;
        }
        if (state == GEN_SUSPENDED_START && mode != RESUME_NEXT) {
          obj_internal_set(vm->heap, generator, GEN_SLOT_STATE, js_from_int32(GEN_COMPLETED));
          obj_internal_set(vm->heap, generator, GEN_SLOT_REGISTERS, JS_UNDEFINED);
          state = GEN_COMPLETED;
        }
        if (state == GEN_COMPLETED) {
          if (mode == RESUME_THROW) {
            status = vm_throw_value(vm, value);
            goto exception;
          }
          status = iterator_result(vm, mode == RESUME_RETURN ? value : JS_UNDEFINED, true, &acc);
          if (status != 0) goto exception;
          break;
        }
        frame->pc = pc + length;
        frame->acc = acc;
        status = generator_resume(vm, generator, value, mode);
        if (status != 0) goto exception;
        goto reload;
      }
      return_acc: {
        uint32_t flags = frame->flags;
        JSValue result = acc;
        if ((flags & FRAME_CONSTRUCT) && !js_is_object(result)) result = frame->regs[0];
        vm->sp = frame->args - 1;
        vm->frame_count--;
        if (flags & FRAME_ENTRY) {
          *out = result;
          return 0;
        }
        Frame *caller = &vm->frames[vm->frame_count - 1];
        if (flags & FRAME_TO_REGISTER) {
          caller->regs[frame->result_register] = result;
        } else if (flags & FRAME_KEEP_ACC) {
          /* caller->acc already holds the assigned value */
        } else if (flags & FRAME_TO_BOOLEAN) {
          caller->acc = js_from_bool(to_boolean(result));
        } else {
          caller->acc = result;
        }
        if (gc_safepoint_pending(vm->heap)) {
          status = gc_safepoint(vm->heap);
          if (status != 0) goto exception;
        }
        goto reload;
      }
      CASE(Throw)
      CASE(ReThrow)
        status = vm_throw_value(vm, acc);
        goto exception;
      CASE(ThrowError) {
        char *text = vm_string_to_cstring(vm, code_constant(function_code, READ_U16(3)));
        status = vm_throw(vm, (ErrorKind)READ_U16(1), "%s", text ? text : "");
        free(text);
        goto exception;
      }

      /* --- creation --- */
      CASE(CreateClosure) {
        FunctionCode *inner = code_cell(code_constant(function_code, READ_U16(1)));
        status = interp_new_closure(vm, inner, frame->context, &acc);
        if (status != 0) goto exception;
        break;
      }
      CASE(CreateObject)
        status = obj_new(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], &acc);
        if (status != 0) goto exception;
        break;
      CASE(CreateArray)
        status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &acc);
        if (status != 0) goto exception;
        break;
      CASE(ArrayPush) {
        JSObject *array = obj_cell(REG(READ_U16(1)));
        bool ok;
        status = elem_define(vm->heap, array, array->length, acc, PROP_DEFAULT, &ok);
        if (status != 0) goto exception;
        break;
      }
      CASE(ArrayHole) {
        JSObject *array = obj_cell(REG(READ_U16(1)));
        bool ok;
        status = elem_set_length(vm->heap, array, array->length + 1, &ok);
        if (status != 0) goto exception;
        break;
      }
      CASE(CreateRegExp) {
        /* 13.2.7.3: a new RegExp each evaluation (the program is cached by source and flags) */
        JSValue literal[2] = {code_constant(function_code, READ_U16(1)), code_constant(function_code, READ_U16(3))};
        status = intrinsic_functions[INTRINSIC_RegExpCreate](vm, literal, 2, &acc);
        if (status != 0) goto exception;
        break;
      }
      CASE(CreateRest) {
        uint32_t from = READ_U16(1);
        uint32_t count = frame->argc > from ? frame->argc - from : 0;
        status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &acc);
        for (uint32_t i = 0; status == 0 && i < count; i++) {
          bool ok;
          status = elem_define(vm->heap, obj_cell(acc), i, frame->args[1 + from + i], PROP_DEFAULT, &ok);
        }
        if (status != 0) goto exception;
        break;
      }
      CASE(CreateArguments)
        status = create_arguments(vm, frame, READ_U16(1) != 0, &acc);
        if (status != 0) goto exception;
        break;
      CASE(CreateMappedArguments) {
        /* 10.4.4.7 CreateMappedArgumentsObject: elements below both counts refer to the
         * parameters' context slots */
        status = create_arguments(vm, frame, true, &acc);
        if (status != 0) goto exception;
        GcSlots *slots = gc_slots((GcCell *)js_to_cell(code_constant(function_code, READ_U16(1))));
        for (uint32_t i = 0; i < slots->count && i < frame->argc; i++) {
          int32_t slot = js_to_int32(slots->slots[i]);
          if (slot < 0) continue;
          JSValue ref;
          bool ok;
          status = obj_binding_ref_new(vm->heap, frame->context, (uint32_t)slot, &ref);
          if (status == 0) status = elem_define(vm->heap, obj_cell(acc), i, ref, PROP_DEFAULT, &ok);
          if (status != 0) goto exception;
        }
        obj_cell(acc)->flags |= OBJ_FLAG_MAPPED_ARGUMENTS;
        break;
      }
      CASE(GetTemplateObject) {
        /* 13.2.8.4 GetTemplateObject: one frozen strings array per site and realm, kept in the
         * site's feedback slot */
        GcCell *feedback = function_code->feedback;
        JSValue *cache = &gc_slots(feedback)->slots[READ_U16(3)];
        if (js_is_object(*cache)) {
          acc = *cache;
          break;
        }
        status = create_template_object(vm, code_constant(function_code, READ_U16(1)), &acc);
        if (status != 0) goto exception;
        gc_store_value(vm->heap, feedback, &gc_slots(feedback)->slots[READ_U16(3)], acc);
        break;
      }
      CASE(CreateClass) {
        JSValue parent = REG(READ_U16(1));
        FunctionCode *constructor_code = code_cell(code_constant(function_code, READ_U16(5)));
        JSValue proto_parent = vm->roots[VM_ROOT_OBJECT_PROTOTYPE];
        JSValue constructor_parent = vm->roots[VM_ROOT_FUNCTION_PROTOTYPE];
        if (!js_is_hole(parent)) {
          if (js_is_null(parent)) {
            proto_parent = JS_NULL;
          } else {
            bool constructor = js_is_object(parent) && obj_class(parent) == CLASS_FUNCTION &&
                               !js_is_undefined(obj_internal_get(parent, FN_SLOT_CODE)) &&
                               (closure_code(parent)->flags & CODE_CONSTRUCTOR);
            if (!constructor && !(js_is_object(parent) && obj_class(parent) == CLASS_BOUND_FUNCTION)) {
              status = throw_naming(vm, ERROR_TYPE, "Class extends value %s is not a constructor or null", parent);
              goto exception;
            }
            JSValue key, holder, value;
            uint32_t attrs;
            status = (key = vm->atoms[ATOM_prototype], 0);
            if (status != 0) goto exception;
            proto_parent = JS_NULL;
            if (obj_lookup(vm->cx, parent, key, &holder, &value, &attrs) && !(attrs & PROP_ACCESSOR)) proto_parent = value;
            if (!js_is_object(proto_parent) && !js_is_null(proto_parent)) {
              status = vm_throw(vm, ERROR_TYPE, "Class extends value does not have valid prototype property");
              goto exception;
            }
            constructor_parent = parent;
          }
        }
        JSValue prototype, constructor, key;
        bool ok;
        status = obj_new(vm->cx, proto_parent, &prototype);
        if (status == 0) status = interp_new_closure(vm, constructor_code, frame->context, &constructor);
        if (status == 0) status = obj_set_prototype(vm->cx, constructor, constructor_parent, &ok);
        if (status == 0) status = (key = vm->atoms[ATOM_prototype], 0);
        if (status == 0) status = obj_define_own(vm->cx, constructor, key, prototype, 0, &ok);
        if (status == 0) status = (key = vm->atoms[ATOM_constructor], 0);
        if (status == 0) status = obj_define_own(vm->cx, prototype, key, constructor, PROP_WRITABLE | PROP_CONFIGURABLE, &ok);
        if (status != 0) goto exception;
        obj_internal_set(vm->heap, constructor, FN_SLOT_HOME_OBJECT, prototype);
        REG(READ_U16(3)) = prototype;
        acc = constructor;
        break;
      }
      CASE(SetHomeObject)
        obj_internal_set(vm->heap, acc, FN_SLOT_HOME_OBJECT, REG(READ_U16(1)));
        break;
      CASE(SetClassFields)
        obj_internal_set(vm->heap, REG(READ_U16(1)), FN_SLOT_FIELDS, acc);
        break;
      CASE(RunClassFields) {
        JSValue fn = REG(READ_U16(1));
        JSValue fields = js_is_object(fn) && obj_class(fn) == CLASS_FUNCTION ? obj_internal_get(fn, FN_SLOT_FIELDS)
                                                                             : JS_UNDEFINED;
        if (!js_is_object(fields)) break;
        JSValue args[2] = {fields, REG(READ_U16(1) + 1)};
        frame->pc = pc + length;
        frame->acc = acc;
        status = call_lib(vm, VM_ROOT_LIB_INIT_FIELDS, args, 2, FRAME_KEEP_ACC);
        if (status != 0) goto exception;
        goto reload;
      }
      CASE(NewPrivateName)
        status = symbol_new(vm->heap, code_constant(function_code, READ_U16(1)), SYMBOL_FLAG_PRIVATE, &acc);
        if (status != 0) goto exception;
        break;
      CASE(GetPrivate)
      CASE(SetPrivate)
      CASE(DefinePrivate) {
        JSValue object = REG(READ_U16(1));
        JSValue key = op == OP_GetPrivate ? acc : REG(READ_U16(3));
        JSValue value;
        uint32_t attrs;
        bool present = js_is_object(object) && obj_get_own(vm->cx, object, key, &value, &attrs);
        if ((op == OP_DefinePrivate) == present) {
          status = throw_naming(vm, ERROR_TYPE, op == OP_DefinePrivate ? "Cannot initialize %s twice on the same object"
                                : op == OP_GetPrivate ? "Cannot read private member %s from an object whose class did not declare it"
                                : "Cannot write private member %s to an object whose class did not declare it",
                                symbol_description(key));
          goto exception;
        }
        if (op == OP_GetPrivate) {
          if (attrs & PROP_ACCESSOR) {
            JSValue getter = ((AccessorPair *)js_to_cell(value))->getter;
            frame->pc = pc + length;
            frame->acc = acc;
            status = call_values(vm, getter, object, NULL, 0, JS_UNDEFINED, 0);
            if (status != 0) goto exception;
            goto reload;
          }
          acc = value;
        } else {
          bool ok;
          if (op == OP_SetPrivate && (attrs & PROP_ACCESSOR)) {
            JSValue setter = ((AccessorPair *)js_to_cell(value))->setter;
            frame->pc = pc + length;
            frame->acc = acc;
            status = call_values(vm, setter, object, &acc, 1, JS_UNDEFINED, FRAME_KEEP_ACC);
            if (status != 0) goto exception;
            goto reload;
          }
          if (op == OP_SetPrivate && !(attrs & PROP_WRITABLE)) {
            status = vm_throw(vm, ERROR_TYPE, "Private method is not writable");
            goto exception;
          }
          status = obj_define_own(vm->cx, object, key, acc, PROP_WRITABLE, &ok);
          if (status != 0) goto exception;
        }
        break;
      }
      CASE(SetFunctionName)
        status = interp_set_function_name(vm, acc, REG(READ_U16(1)), READ_U16(3));
        if (status != 0) goto exception;
        break;

      /* --- iteration --- */
      CASE(ForInNext) {
        /* 14.7.5.9 EnumerateObjectProperties: keys deleted before they are reached are skipped */
        uint32_t r = READ_U16(1);
        JSObject *keys = obj_cell(REG(r));
        JSValue object = REG(r + 2);
        uint32_t index = (uint32_t)js_to_int32(REG(r + 1));
        bool found = false;
        while (!found && index < keys->length) {
          JSValue key, atom, holder, value;
          uint32_t attrs;
          int string_status;
          if (!elem_get(keys, index++, &key, &attrs)) continue;
          acc = key;
          if (!js_is_object(object) || obj_class(object) == CLASS_PROXY) {
            found = true;
            break;
          }
          status = to_property_key_primitive(vm, key, &atom);
          if (status != 0) goto exception;
          found = string_object_index(vm, object, atom, &value, &string_status) ||
                  obj_lookup(vm->cx, object, atom, &holder, &value, &attrs);
        }
        REG(r + 1) = js_from_int32((int32_t)index);
        if (!found) {
          pc += (uint32_t)READ_I32(3);
          continue;
        }
        break;
      }
      CASE(ThrowIfNotObject)
        if (!js_is_object(acc)) {
          status = throw_naming(vm, ERROR_TYPE, "%s is not an object", acc);
          goto exception;
        }
        break;

      CASE(LdaNewTarget) acc = frame->new_target; break;
      CASE(LdaCallee) acc = frame->function; break;
      CASE(LdaArgumentCount) acc = js_from_int32((int32_t)frame->argc); break;
      CASE(CheckDerivedReturn)
        if (js_is_object(acc)) break;
        if (!js_is_undefined(acc)) {
          status = vm_throw(vm, ERROR_TYPE, "Derived constructors may only return object or undefined");
          goto exception;
        }
        acc = REG(READ_U16(1));
        if (js_is_hole(acc)) {
          status = vm_throw(vm, ERROR_REFERENCE,
                            "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
          goto exception;
        }
        break;
      CASE(Debugger)
      CASE(Nop)
        break;
      default:
        status = vm_throw(vm, ERROR_TYPE, "internal error: unknown bytecode %u", op);
        goto exception;
    }
  next:
    pc += length;
#if PETREL_COMPUTED_GOTO
    /* replicated dispatch: each handler jumps straight to the next one */
    op = (Opcode)code[pc];
    frame->pc = pc;
    length = bytecode_lengths[op];
    goto *dispatch_table[op];
#else
    continue;
#endif

  exception:
    /* the failing instruction is the frame's current one, even if it had already set the
     * resume point for a call that could not start */
    if (frame == &vm->frames[vm->frame_count - 1]) frame->pc = pc;
    if (status == VM_EXCEPTION && op != OP_ReThrow) {
      /* the throw site users see: the innermost frame that is not library code (or the
       * innermost frame at all, while the library itself runs) */
      vm->throw_function = frame->function;
      vm->throw_pc = pc;
      for (uint32_t i = vm->frame_count; i-- > 0;) {
        if (closure_code(vm->frames[i].function)->flags & CODE_LIBRARY) continue;
        vm->throw_function = vm->frames[i].function;
        vm->throw_pc = i + 1 < vm->frame_count && vm->frames[i].pc > 0 ? vm->frames[i].pc - 1 : vm->frames[i].pc;
        break;
      }
    }
    if (status != VM_EXCEPTION) {
      if (status == PT_ENOMEM) return PT_ENOMEM;
      if (status == PT_E2BIG) status = vm_throw(vm, ERROR_RANGE, "Invalid string length");
      else status = vm_throw(vm, ERROR_ERROR, "internal error %d", status);
      if (status != VM_EXCEPTION) return status;
    }
    /* Unwind: the innermost handler in this or a calling frame, never past the entry. A
     * calling frame's pc is where it resumes (after its call instruction), so the call
     * itself is at pc - 1 (frame_site_pc). */
    for (bool top = true;; top = false) {
      frame = &vm->frames[vm->frame_count - 1];
      function_code = closure_code(frame->function);
      const HandlerEntry *handler = code_find_handler(function_code, top ? frame->pc : frame->pc - 1);
      if (handler != NULL) {
        frame->context = frame->regs[handler->context_register];
        frame->pc = handler->handler;
        frame->acc = vm->exception;
        vm->sp = frame->regs + function_code->register_count;
        goto reload;
      }
      uint32_t flags = frame->flags;
      if (flags & FRAME_GENERATOR) {
        /* an exception out of a generator's body completes it */
        JSValue generator = frame->regs[function_code->generator_register];
        obj_internal_set(vm->heap, generator, GEN_SLOT_STATE, js_from_int32(GEN_COMPLETED));
        obj_internal_set(vm->heap, generator, GEN_SLOT_REGISTERS, JS_UNDEFINED);
      }
      vm->sp = frame->args - 1;
      vm->frame_count--;
      if ((flags & FRAME_ENTRY) || vm->frame_count <= entry_depth) return VM_EXCEPTION;
    }
  }
}

/* --- closures ------------------------------------------------------------------------------------- */

static int define_atom_property(Vm *vm, JSValue object, const char *name, JSValue value, uint32_t attrs) {
  JSValue key;
  bool ok;
  int status = vm_atom(vm, name, &key);
  if (status == 0) status = obj_define_own(vm->cx, object, key, value, attrs, &ok);
  return status;
}

int interp_new_closure(Vm *vm, FunctionCode *code, JSValue context, JSValue *out) {
  JSValue fn;
  /* 10.2.3 OrdinaryFunctionCreate's functionPrototype by kind (set once the library ran) */
  JSValue proto = vm->roots[VM_ROOT_FUNCTION_PROTOTYPE];
  JSValue kind_proto = JS_UNDEFINED;
  if ((code->flags & CODE_GENERATOR) && (code->flags & CODE_ASYNC)) kind_proto = vm->roots[VM_ROOT_ASYNC_GENERATOR_FUNCTION_PROTOTYPE];
  else if (code->flags & CODE_GENERATOR) kind_proto = vm->roots[VM_ROOT_GENERATOR_FUNCTION_PROTOTYPE];
  else if (code->flags & CODE_ASYNC) kind_proto = vm->roots[VM_ROOT_ASYNC_FUNCTION_PROTOTYPE];
  if (js_is_object(kind_proto)) proto = kind_proto;
  int status = obj_new_internal(vm->cx, proto, CLASS_FUNCTION, FN_SLOT_COUNT, &fn);
  if (status != 0) return status;
  obj_internal_set(vm->heap, fn, FN_SLOT_CODE, code_value(code));
  obj_internal_set(vm->heap, fn, FN_SLOT_CONTEXT, context);
  /* 10.2.9 SetFunctionLength, 10.2.8 SetFunctionName, then 10.2.5 MakeConstructor: the
   * property order V8 shows (length, name, prototype). */
  status = define_atom_property(vm, fn, "length", js_from_int32((int32_t)code->length), PROP_CONFIGURABLE);
  if (status == 0) status = define_atom_property(vm, fn, "name", code->name, PROP_CONFIGURABLE);
  if (status == 0 && !(code->flags & (CODE_STRICT | CODE_ARROW | CODE_METHOD | CODE_GENERATOR | CODE_ASYNC |
                                      CODE_CLASS_CONSTRUCTOR | CODE_GETTER | CODE_SETTER))) {
    /* V8's legacy own `arguments` and `caller` of sloppy functions (null here: Petrel does not
     * expose a running function's arguments) */
    status = define_atom_property(vm, fn, "arguments", JS_NULL, 0);
    if (status == 0) status = define_atom_property(vm, fn, "caller", JS_NULL, 0);
  }
  if (status == 0 && (code->flags & CODE_GENERATOR)) {
    /* 27.3.4.3: each generator function has a prototype for its generators (no constructor) */
    JSValue prototype;
    status = obj_new(vm->cx, vm->roots[(code->flags & CODE_ASYNC) ? VM_ROOT_ASYNC_GENERATOR_PROTOTYPE
                                                                  : VM_ROOT_GENERATOR_PROTOTYPE], &prototype);
    if (status == 0) status = define_atom_property(vm, fn, "prototype", prototype, PROP_WRITABLE);
  }
  if (status == 0 && (code->flags & CODE_CONSTRUCTOR) && !(code->flags & CODE_CLASS_CONSTRUCTOR)) {
    JSValue prototype;
    status = obj_new(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], &prototype);
    if (status == 0) status = define_atom_property(vm, prototype, "constructor", fn, PROP_WRITABLE | PROP_CONFIGURABLE);
    if (status == 0) status = define_atom_property(vm, fn, "prototype", prototype, PROP_WRITABLE);
  }
  if (status == 0) *out = fn;
  return status;
}

int interp_set_function_name(Vm *vm, JSValue fn, JSValue key, uint32_t kind) {
  if (!js_is_object(fn)) return 0;
  JSValue name = key;
  int status = 0;
  if (js_is_symbol(key) && (symbol_cell(key)->flags & SYMBOL_FLAG_PRIVATE)) {
    name = symbol_description(key); /* 10.2.8 step 2: a private name's description, "#x" */
  } else if (js_is_symbol(key)) {
    /* 10.2.8 step 2: "[description]", or "" for a symbol without one */
    JSValue description = symbol_description(key), open, close;
    if (js_is_undefined(description)) {
      name = vm->roots[VM_ROOT_EMPTY_STRING];
    } else {
      status = str_from_cstring(vm->heap, "[", &open);
      if (status == 0) status = str_from_cstring(vm->heap, "]", &close);
      if (status == 0) status = str_concat(vm->heap, open, description, &name);
      if (status == 0) status = str_concat(vm->heap, name, close, &name);
    }
  } else if (!js_is_string(key)) {
    status = to_string_primitive(vm, key, &name);
  }
  if (status == 0 && kind != 0) {
    JSValue prefix;
    status = str_from_cstring(vm->heap, kind == 1 ? "get " : "set ", &prefix);
    if (status == 0) status = str_concat(vm->heap, prefix, name, &name);
  }
  if (status == 0) status = define_atom_property(vm, fn, "name", name, PROP_CONFIGURABLE);
  return status;
}

/* --- entry from C ------------------------------------------------------------------------------------ */

int vm_call(Vm *vm, JSValue function, JSValue this_value, const JSValue *args, uint32_t argc, JSValue *out) {
  uint32_t depth = vm->frame_count;
  JSValue *saved_sp = vm->sp;
  int status = call_values(vm, function, this_value, args, argc, JS_UNDEFINED, FRAME_ENTRY);
  if (status == 0) {
    if (vm->frame_count == depth) {
      *out = vm->entry_result; /* the callee finished without a frame */
    } else {
      vm->frames[vm->frame_count - 1].flags |= FRAME_ENTRY;
      status = interp_run(vm, depth, out);
    }
  }
  vm->sp = saved_sp;
  vm->frame_count = depth;
  return status;
}
