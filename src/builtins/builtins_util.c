/* Helpers the intrinsic files share: key conversion, wrappers, small arrays. */
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "builtins/builtins.h"
#include "numconv/numconv.h"
#include "objects/atom.h"
#include "objects/elements.h"
#include "objects/object.h"
#include "objects/symbol.h"

int bi_status(Vm *vm, int status) {
  if (status == PT_E2BIG) return vm_throw(vm, ERROR_RANGE, "Invalid string length");
  if (status == PT_EINVAL) return vm_throw(vm, ERROR_TYPE, "Invalid property key");
  return status;
}

int bi_require_object(Vm *vm, JSValue value, const char *what) {
  if (js_is_object(value)) return 0;
  return vm_throw(vm, ERROR_TYPE, "%s is not an object", what);
}

bool bi_is_callable(JSValue value) {
  if (!js_is_object(value)) return false;
  uint16_t class_id = obj_class(value);
  return class_id == CLASS_FUNCTION || class_id == CLASS_BOUND_FUNCTION ||
         class_id == CLASS_NATIVE_FUNCTION;
}

bool bi_is_constructor(JSValue value) {
  /* Bound functions chain to their targets; the chain is finite (each was made from an
   * existing function), but bound it anyway. */
  for (int depth = 0; depth < 100000 && js_is_object(value); depth++) {
    switch (obj_class(value)) {
      case CLASS_FUNCTION: {
        JSValue code = obj_internal_get(value, FN_SLOT_CODE);
        if (!js_is_cell(code)) return false;
        return (code_cell(code)->flags & CODE_CONSTRUCTOR) != 0;
      }
      case CLASS_BOUND_FUNCTION: value = obj_internal_get(value, BOUND_SLOT_TARGET); break;
      default: return false; /* natives: none is a constructor yet (the library's are JS) */
    }
  }
  return false;
}

int bi_number_atom(Vm *vm, double number, JSValue *out) {
  char text[NUM_TO_STRING_SIZE];
  int length = num_to_string(number, text);
  return atom_from_utf8(vm->cx->atoms, text, (size_t)length, out);
}

int bi_to_key(Vm *vm, JSValue value, JSValue *out_key) {
  if (js_is_symbol(value) || atom_is_atom(value)) {
    *out_key = value;
    return 0;
  }
  if (js_is_string(value)) return bi_status(vm, atom_intern(vm->cx->atoms, value, out_key));
  if (js_is_number(value)) return bi_number_atom(vm, js_number_value(value), out_key);
  if (js_is_bigint(value)) {
    JSValue text;
    int status = bi_bigint_to_string(vm, value, 10, &text);
    if (status != 0) return status;
    return bi_status(vm, atom_intern(vm->cx->atoms, text, out_key));
  }
  const char *text = NULL;
  if (js_is_undefined(value)) text = "undefined";
  else if (js_is_null(value)) text = "null";
  else if (js_is_bool(value)) text = js_to_bool(value) ? "true" : "false";
  if (text != NULL) return atom_from_cstring(vm->cx->atoms, text, out_key);
  return vm_throw(vm, ERROR_TYPE, "Cannot convert this value to a property key");
}

int bi_key_value(Vm *vm, JSValue key, JSValue *out) {
  if (js_is_number(key)) return bi_number_atom(vm, js_number_value(key), out);
  *out = key;
  return 0;
}

int bi_view(Vm *vm, JSValue string, StrView *out_view) {
  JSValue flat;
  int status = str_flatten(vm->heap, string, &flat);
  if (status != 0) return bi_status(vm, status);
  *out_view = str_view(flat);
  return 0;
}

int bi_cstring(Vm *vm, const char *text, JSValue *out) {
  return bi_status(vm, str_from_utf8(vm->heap, text, strlen(text), out));
}

int bi_array_append(Vm *vm, JSValue array, JSValue value) {
  JSObject *cell = obj_cell(array);
  if (cell->length == UINT32_MAX) return vm_throw(vm, ERROR_RANGE, "Invalid array length");
  bool ok;
  int status = elem_define(vm->heap, cell, cell->length, value, PROP_DEFAULT, &ok);
  if (status != 0) return status;
  if (!ok) return vm_throw(vm, ERROR_TYPE, "Cannot add property %u, object is not extensible", cell->length);
  return 0;
}

int bi_array_of(Vm *vm, const JSValue *values, uint32_t count, JSValue *out) {
  JSValue array;
  int status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &array);
  if (status != 0) return status;
  for (uint32_t i = 0; i < count; i++) {
    status = bi_array_append(vm, array, values[i]);
    if (status != 0) return status;
  }
  *out = array;
  return 0;
}

JSValue bi_wrapper_prototype(Vm *vm, JSValue primitive) {
  if (js_is_number(primitive)) return vm->roots[VM_ROOT_NUMBER_PROTOTYPE];
  if (js_is_string(primitive)) return vm->roots[VM_ROOT_STRING_PROTOTYPE];
  if (js_is_bool(primitive)) return vm->roots[VM_ROOT_BOOLEAN_PROTOTYPE];
  if (js_is_symbol(primitive)) return vm->roots[VM_ROOT_SYMBOL_PROTOTYPE];
  if (js_is_bigint(primitive)) return vm->roots[VM_ROOT_BIGINT_PROTOTYPE];
  return JS_UNDEFINED;
}

int bi_wrap_primitive(Vm *vm, JSValue primitive, JSValue *out) {
  if (js_is_object(primitive)) {
    *out = primitive;
    return 0;
  }
  uint16_t class_id;
  if (js_is_number(primitive)) class_id = CLASS_NUMBER;
  else if (js_is_string(primitive)) class_id = CLASS_STRING;
  else if (js_is_bool(primitive)) class_id = CLASS_BOOLEAN;
  else if (js_is_symbol(primitive)) class_id = CLASS_SYMBOL;
  else if (js_is_bigint(primitive)) class_id = CLASS_BIGINT;
  else return vm_throw(vm, ERROR_TYPE, "Cannot convert undefined or null to object");
  JSValue prototype = bi_wrapper_prototype(vm, primitive);
  if (!js_is_object(prototype)) prototype = JS_NULL; /* during start-up, before the library */
  JSValue wrapper;
  int status = obj_new_internal(vm->cx, prototype, class_id, 1, &wrapper);
  if (status != 0) return status;
  obj_internal_set(vm->heap, wrapper, 0, primitive);
  if (class_id == CLASS_STRING) {
    bool ok;
    status = obj_define_own(vm->cx, wrapper, vm->cx->length_atom,
                            js_from_number((double)str_length(primitive)), 0, &ok);
    if (status != 0) return bi_status(vm, status);
  }
  *out = wrapper;
  return 0;
}

int bi_number_arg(Vm *vm, JSValue value, const char *who, double *out) {
  if (!js_is_number(value)) return vm_throw(vm, ERROR_TYPE, "%s: expected a number", who);
  *out = js_number_value(value);
  return 0;
}

int bi_uninitialized_export(Vm *vm, JSValue key, bool for_descriptor) {
  char *name = js_is_string(key) ? vm_string_to_cstring(vm, key) : NULL;
  int status = for_descriptor ? vm_throw(vm, ERROR_REFERENCE, "%s is not defined", name ? name : "")
                              : vm_throw(vm, ERROR_REFERENCE, "Cannot access '%s' before initialization", name ? name : "");
  free(name);
  return status;
}
