/* Intrinsics for the realm and the library's plumbing: the global object, library entries
 * and VM roots, output, symbols, functions, errors, GC requests. */
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "base/sys.h"
#include "builtins/builtins.h"
#include "compiler/compiler.h"
#include "interp/interp.h"
#include "objects/string.h"
#include "objects/atom.h"
#include "objects/object.h"
#include "objects/symbol.h"

/* Whether a string's units are exactly this ASCII text. */
static bool string_equals_ascii(Vm *vm, JSValue string, const char *text, int *status) {
  StrView view;
  *status = bi_view(vm, string, &view);
  if (*status != 0) return false;
  size_t length = strlen(text);
  if (view.length != length) return false;
  for (size_t i = 0; i < length; i++) {
    if (str_view_at(view, (uint32_t)i) != (uint8_t)text[i]) return false;
  }
  return true;
}

/* --- realm and library plumbing ------------------------------------------------------------- */

int intrinsic_GlobalObject(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  *out = vm->roots[VM_ROOT_GLOBAL];
  return 0;
}

/* (name, fn): stores fn in the VM root of the library entry named name (lib_entries.def). */
int intrinsic_SetEntry(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue name = bi_arg(args, argc, 0);
  if (!js_is_string(name)) return vm_throw(vm, ERROR_TYPE, "SetEntry: the name must be a string");
  for (int i = 0; i < LIB_ENTRY_COUNT; i++) {
    int status;
    bool equal = string_equals_ascii(vm, name, lib_entry_names[i], &status);
    if (status != 0) return status;
    if (equal) {
      vm->roots[lib_entry_roots[i]] = bi_arg(args, argc, 1);
      *out = JS_UNDEFINED;
      return 0;
    }
  }
  return vm_throw(vm, ERROR_TYPE, "SetEntry: unknown library entry");
}

static const char *const vm_root_names[VM_ROOT_COUNT] = {
#define VM_ROOT(name) #name,
#include "interp/vm_roots.def"
};

/* (name, value): vm->roots[VM_ROOT_<name>] = value, e.g. ("OBJECT_PROTOTYPE", proto). */
int intrinsic_SetRoot(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue name = bi_arg(args, argc, 0);
  if (!js_is_string(name)) return vm_throw(vm, ERROR_TYPE, "SetRoot: the name must be a string");
  for (int i = 0; i < VM_ROOT_COUNT; i++) {
    int status;
    bool equal = string_equals_ascii(vm, name, vm_root_names[i], &status);
    if (status != 0) return status;
    if (equal) {
      vm->roots[i] = bi_arg(args, argc, 1);
      *out = JS_UNDEFINED;
      return 0;
    }
  }
  return vm_throw(vm, ERROR_TYPE, "SetRoot: unknown root");
}

/* Writes a string's UTF-8 (lone surrogates as U+FFFD) and a newline in one write. */
static int print_to(Vm *vm, int fd, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = bi_arg(args, argc, 0);
  if (!js_is_string(string)) return vm_throw(vm, ERROR_TYPE, "Print: expected a string");
  char *text;
  size_t length;
  int status = str_to_utf8(vm->heap, string, false, &text, &length);
  if (status != 0) return bi_status(vm, status);
  text[length] = '\n'; /* over the NUL: the buffer has length + 1 bytes */
  sys_write(fd, text, length + 1); /* a closed stream is not the script's error */
  free(text);
  *out = JS_UNDEFINED;
  return 0;
}

int intrinsic_Print(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return print_to(vm, 1, args, argc, out);
}

int intrinsic_PrintError(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return print_to(vm, 2, args, argc, out);
}

/* --- symbols -------------------------------------------------------------------------------- */

int intrinsic_SymbolDescription(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue symbol = bi_arg(args, argc, 0);
  if (!js_is_symbol(symbol)) return vm_throw(vm, ERROR_TYPE, "SymbolDescription: not a symbol");
  *out = symbol_description(symbol);
  return 0;
}

/* (description): a string or undefined. */
int intrinsic_NewSymbol(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue description = bi_arg(args, argc, 0);
  if (!js_is_string(description) && !js_is_undefined(description)) {
    return vm_throw(vm, ERROR_TYPE, "NewSymbol: the description must be a string or undefined");
  }
  return symbol_new(vm->heap, description, 0, out);
}

/* The well-known symbols, in the order of vm->symbols (SymbolId). */
static const char *const well_known_names[] = {
  "asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll", "replace",
  "search", "species", "split", "toPrimitive", "toStringTag", "unscopables",
};
enum { WELL_KNOWN_COUNT = sizeof well_known_names / sizeof well_known_names[0] };

/* Used only while the VM has no vm->symbols array: rooted for the first heap that asks. */
static JSValue fallback_symbols[WELL_KNOWN_COUNT];
static Heap *fallback_heap;

/* ("iterator") → Symbol.iterator, made on first use (description "Symbol.iterator"). */
int intrinsic_WellKnownSymbol(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue name = bi_arg(args, argc, 0);
  if (!js_is_string(name)) return vm_throw(vm, ERROR_TYPE, "WellKnownSymbol: the name must be a string");
  int index = -1;
  for (int i = 0; i < WELL_KNOWN_COUNT && index < 0; i++) {
    int status;
    if (string_equals_ascii(vm, name, well_known_names[i], &status)) index = i;
    if (status != 0) return status;
  }
  if (index < 0) return vm_throw(vm, ERROR_TYPE, "WellKnownSymbol: unknown symbol");
  JSValue *table = vm->symbols;
  if (table == NULL) {
    if (fallback_heap == NULL) {
      for (int i = 0; i < WELL_KNOWN_COUNT; i++) {
        fallback_symbols[i] = JS_UNDEFINED;
        int status = heap_add_root(vm->heap, &fallback_symbols[i]);
        if (status != 0) return status;
      }
      fallback_heap = vm->heap;
    } else if (fallback_heap != vm->heap) {
      return vm_throw(vm, ERROR_TYPE, "WellKnownSymbol: the VM has no symbol table");
    }
    table = fallback_symbols;
  }
  if (!js_is_symbol(table[index])) {
    char description[40];
    JSValue text;
    strcpy(description, "Symbol.");
    strcat(description, well_known_names[index]);
    int status = bi_cstring(vm, description, &text);
    if (status == 0) status = symbol_new(vm->heap, text, SYMBOL_FLAG_WELL_KNOWN, &table[index]);
    if (status != 0) return status;
  }
  *out = table[index];
  return 0;
}

/* --- functions ------------------------------------------------------------------------------ */

static FunctionCode *function_code(JSValue fn) {
  if (!js_is_object(fn) || obj_class(fn) != CLASS_FUNCTION) return NULL;
  JSValue code = obj_internal_get(fn, FN_SLOT_CODE);
  return js_is_cell(code) ? code_cell(code) : NULL;
}

/* The own "name" data property when it is a string, else the code's name, else "". */
static int function_name(Vm *vm, JSValue fn, JSValue *out) {
  JSValue key, value;
  uint32_t attrs;
  int status = vm_atom(vm, "name", &key);
  if (status != 0) return status;
  if (js_is_object(fn) && obj_get_own(vm->cx, fn, key, &value, &attrs) && !(attrs & PROP_ACCESSOR) &&
      js_is_string(value)) {
    *out = value;
    return 0;
  }
  FunctionCode *code = function_code(fn);
  if (code != NULL && js_is_string(code->name)) {
    *out = code->name;
    return 0;
  }
  return vm_atom(vm, "", out);
}

int intrinsic_FunctionName(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return function_name(vm, bi_arg(args, argc, 0), out);
}

/* Function.prototype.toString: a user function's exact source slice; library, native and
 * bound functions as "function NAME() { [native code] }". */
int intrinsic_FunctionSourceText(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue fn = bi_arg(args, argc, 0);
  if (!bi_is_callable(fn)) {
    return vm_throw(vm, ERROR_TYPE, "Function.prototype.toString requires that 'this' be a Function");
  }
  FunctionCode *code = function_code(fn);
  if (code != NULL && !(code->flags & CODE_LIBRARY) && code->script != NULL &&
      code->source_start <= code->source_end) {
    Script *script = (Script *)code->script;
    if (code->source_end <= script->length) {
      return bi_status(vm, str_from_utf8(vm->heap, script_text(script) + code->source_start,
                                         code->source_end - code->source_start, out));
    }
  }
  JSValue name, text;
  int status = function_name(vm, fn, &name);
  if (status == 0) status = vm_atom(vm, "function ", &text);
  if (status == 0) status = bi_status(vm, str_concat(vm->heap, text, name, &text));
  JSValue tail;
  if (status == 0) status = vm_atom(vm, "() { [native code] }", &tail);
  if (status == 0) status = bi_status(vm, str_concat(vm->heap, text, tail, &text));
  if (status == 0) status = bi_status(vm, str_flatten(vm->heap, text, out));
  return status;
}

/* (fn, prototype): fn.prototype (writable only) and prototype.constructor (writable,
 * configurable). Whether fn constructs is its FunctionCode's CODE_CONSTRUCTOR. Returns fn. */
int intrinsic_MakeConstructor(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue fn = bi_arg(args, argc, 0), prototype = bi_arg(args, argc, 1);
  if (!js_is_object(fn) || !js_is_object(prototype)) {
    return vm_throw(vm, ERROR_TYPE, "MakeConstructor: expected a function and an object");
  }
  JSValue prototype_key, constructor_key;
  bool ok;
  int status = vm_atom(vm, "prototype", &prototype_key);
  if (status == 0) status = vm_atom(vm, "constructor", &constructor_key);
  if (status == 0) status = obj_define_own(vm->cx, fn, prototype_key, prototype, PROP_WRITABLE, &ok);
  if (status == 0) {
    status = obj_define_own(vm->cx, prototype, constructor_key, fn, PROP_WRITABLE | PROP_CONFIGURABLE, &ok);
  }
  if (status != 0) return bi_status(vm, status);
  *out = fn;
  return 0;
}

/* (target, this, argsArray): 10.4.1.3 BoundFunctionCreate; name and length are the
 * library's. */
int intrinsic_BoundFunctionCreate(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue target = bi_arg(args, argc, 0), bound_args = bi_arg(args, argc, 2);
  if (!bi_is_callable(target)) return vm_throw(vm, ERROR_TYPE, "Bind must be called on a function");
  if (!js_is_object(bound_args) || !obj_is_array(bound_args)) {
    return vm_throw(vm, ERROR_TYPE, "BoundFunctionCreate: the arguments must be an array");
  }
  JSValue bound;
  int status = obj_new_internal(vm->cx, obj_prototype(target), CLASS_BOUND_FUNCTION, BOUND_SLOT_COUNT, &bound);
  if (status != 0) return status;
  obj_internal_set(vm->heap, bound, BOUND_SLOT_TARGET, target);
  obj_internal_set(vm->heap, bound, BOUND_SLOT_THIS, bi_arg(args, argc, 1));
  obj_internal_set(vm->heap, bound, BOUND_SLOT_ARGS, bound_args);
  *out = bound;
  return 0;
}

/* --- errors --------------------------------------------------------------------------------- */

int intrinsic_CaptureStack(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return vm_capture_stack(vm, out);
}

/* The constructor name of an error object (CLASS_ERROR) from its prototype chain:
 * "TypeError", …, "Error"; undefined for anything else. */
int intrinsic_ErrorKind(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  static const struct { VmRoot root; const char *name; } kinds[] = {
    {VM_ROOT_TYPE_ERROR_PROTOTYPE, "TypeError"},       {VM_ROOT_RANGE_ERROR_PROTOTYPE, "RangeError"},
    {VM_ROOT_REFERENCE_ERROR_PROTOTYPE, "ReferenceError"}, {VM_ROOT_SYNTAX_ERROR_PROTOTYPE, "SyntaxError"},
    {VM_ROOT_EVAL_ERROR_PROTOTYPE, "EvalError"},       {VM_ROOT_URI_ERROR_PROTOTYPE, "URIError"},
    {VM_ROOT_AGGREGATE_ERROR_PROTOTYPE, "AggregateError"}, {VM_ROOT_ERROR_PROTOTYPE, "Error"},
  };
  JSValue error = bi_arg(args, argc, 0);
  *out = JS_UNDEFINED;
  if (!js_is_object(error) || obj_class(error) != CLASS_ERROR) return 0;
  int depth = 0;
  for (JSValue proto = obj_prototype(error); js_is_object(proto) && depth < 10000;
       proto = obj_prototype(proto), depth++) {
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
      if (js_same_bits(proto, vm->roots[kinds[i].root])) return vm_atom(vm, kinds[i].name, out);
    }
  }
  return vm_atom(vm, "Error", out);
}

/* --- GC ------------------------------------------------------------------------------------- */

/* A full collection at the next safepoint (a leaf may only ask for one). */
int intrinsic_Gc(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  (void)args;
  (void)argc;
  heap_request_gc(vm->heap, GC_MARK_COMPACT, GC_REASON_TESTING);
  *out = JS_UNDEFINED;
  return 0;
}

int intrinsic_BoundTargetFunction(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue fn = bi_arg(args, argc, 0);
  *out = js_is_object(fn) && obj_class(fn) == CLASS_BOUND_FUNCTION ? obj_internal_get(fn, BOUND_SLOT_TARGET)
                                                                    : JS_UNDEFINED;
  return 0;
}

/* 19.2.1.1 PerformEval (indirect): the source parsed and compiled as eval code; calling the
 * result with the global object as `this` runs it. Compiling is a leaf (no JS runs). */
int intrinsic_CompileEval(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue source = bi_arg(args, argc, 0);
  if (!js_is_string(source)) return vm_throw(vm, ERROR_TYPE, "CompileEval: not a string");
  char *text = NULL;
  size_t length = 0;
  int status = str_to_utf8(vm->heap, source, true, &text, &length);
  if (status != 0) return bi_status(vm, status);
  JSValue code;
  status = vm_compile(vm, "<anonymous>", text, length, COMPILE_EVAL, false, &code);
  free(text);
  if (status != 0) return status;
  return interp_new_closure(vm, code_cell(code), JS_UNDEFINED, out);
}

/* (kind, parameters, body) → a function that, called, returns the new dynamic function
 * (20.2.1.1.1 CreateDynamicFunction; the library converted the parts to strings). */
int intrinsic_CompileFunction(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue kind = bi_arg(args, argc, 0), params = bi_arg(args, argc, 1), body = bi_arg(args, argc, 2);
  if (!js_is_int32(kind) || !js_is_string(params) || !js_is_string(body)) {
    return vm_throw(vm, ERROR_TYPE, "CompileFunction: bad arguments");
  }
  char *params_text = NULL, *body_text = NULL;
  size_t params_length = 0, body_length = 0;
  int status = str_to_utf8(vm->heap, params, true, &params_text, &params_length);
  if (status == 0) status = str_to_utf8(vm->heap, body, true, &body_text, &body_length);
  JSValue code;
  if (status == 0) {
    status = vm_compile_dynamic_function(vm, js_to_int32(kind), params_text, params_length, body_text, body_length, &code);
  }
  free(params_text);
  free(body_text);
  if (status != 0) return bi_status(vm, status);
  return interp_new_closure(vm, code_cell(code), JS_UNDEFINED, out);
}

/* 27.5.3.2 GeneratorValidate / 27.6.3.3 AsyncGeneratorValidate: which kind of generator an
 * object is, read from the function whose frame it holds. */
int intrinsic_GeneratorKind(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0);
  *out = js_from_int32(0);
  if (!js_is_object(object) || obj_class(object) != CLASS_GENERATOR) return 0;
  JSValue function = obj_internal_get(object, GEN_SLOT_FUNCTION);
  if (!js_is_object(function)) return 0;
  JSValue code = obj_internal_get(function, FN_SLOT_CODE);
  if (!js_is_cell(code)) return 0;
  uint32_t flags = code_cell(code)->flags;
  if (flags & CODE_GENERATOR) *out = js_from_int32((flags & CODE_ASYNC) ? 2 : 1);
  return 0;
}
