/* Intrinsics over objects and arrays: type tests, wrappers, prototypes, own properties
 * (the raw "apply" steps; the library validates descriptors), keys, arrays. */
#include <math.h>
#include <stdlib.h>

#include "base/errors.h"
#include "builtins/builtins.h"
#include "objects/atom.h"
#include "objects/bigint_cell.h"
#include "objects/elements.h"
#include "objects/object.h"
#include "objects/symbol.h"

/* --- type tests ----------------------------------------------------------------------------- */

int intrinsic_TypeOf(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  const char *name;
  if (js_is_number(value)) name = "number";
  else if (js_is_string(value)) name = "string";
  else if (js_is_bool(value)) name = "boolean";
  else if (js_is_undefined(value)) name = "undefined";
  else if (js_is_null(value)) name = "object";
  else if (js_is_symbol(value)) name = "symbol";
  else if (js_is_bigint(value)) name = "bigint";
  else if (bi_is_callable(value)) name = "function";
  else name = "object";
  return vm_atom(vm, name, out);
}

int intrinsic_IsCallable(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  *out = js_from_bool(bi_is_callable(bi_arg(args, argc, 0)));
  return 0;
}

int intrinsic_IsConstructor(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  *out = js_from_bool(bi_is_constructor(bi_arg(args, argc, 0)));
  return 0;
}

int intrinsic_IsObject(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  *out = js_from_bool(js_is_object(bi_arg(args, argc, 0)));
  return 0;
}

int intrinsic_IsArray(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  *out = js_from_bool(js_is_object(value) && obj_is_array(value));
  return 0;
}

int intrinsic_ObjectClass(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  const char *name = "Object";
  if (js_is_object(value)) {
    if (obj_is_array(value)) name = "Array";
    else if (bi_is_callable(value)) name = "Function";
    else {
      switch (obj_class(value)) {
        case CLASS_ERROR: name = "Error"; break;
        case CLASS_BOOLEAN: name = "Boolean"; break;
        case CLASS_NUMBER: name = "Number"; break;
        case CLASS_STRING: name = "String"; break;
        case CLASS_ARGUMENTS: name = "Arguments"; break;
        case CLASS_DATE: name = "Date"; break;
        case CLASS_REGEXP: name = "RegExp"; break;
        default: break;
      }
    }
  }
  return vm_atom(vm, name, out);
}

int intrinsic_ClassOf(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  *out = js_from_int32(js_is_object(value) ? (int32_t)obj_class(value) : -1);
  return 0;
}

/* --- wrappers ------------------------------------------------------------------------------- */

int intrinsic_ToObject(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return bi_wrap_primitive(vm, bi_arg(args, argc, 0), out);
}

int intrinsic_WrapPrimitive(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return bi_wrap_primitive(vm, bi_arg(args, argc, 0), out);
}

int intrinsic_PrimitiveValue(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0), class_value = bi_arg(args, argc, 1);
  *out = JS_UNDEFINED;
  if (!js_is_object(object) || !js_is_number(class_value)) return 0;
  double class_id = js_number_value(class_value);
  if ((double)obj_class(object) != class_id || obj_cell(object)->internal_count < 1) return 0;
  *out = obj_internal_get(object, 0);
  return 0;
}

/* --- String exotic objects (10.4.3): index properties come from the primitive ------------- */

/* Whether key is an index below the length of a String wrapper's string; the unit is set. */
static int string_wrapper_index(Vm *vm, JSValue object, JSValue key, bool *out_hit, JSValue *out_char) {
  *out_hit = false;
  uint32_t index;
  if (obj_class(object) != CLASS_STRING || !atom_is_atom(key) || !atom_is_index(key, &index)) return 0;
  if (obj_cell(object)->internal_count < 1) return 0;
  JSValue string = obj_internal_get(object, 0);
  if (!js_is_string(string) || index >= str_length(string)) return 0;
  *out_hit = true;
  if (out_char == NULL) return 0;
  return bi_status(vm, str_substring(vm->heap, string, index, index + 1, out_char));
}

/* --- prototypes ----------------------------------------------------------------------------- */

int intrinsic_GetPrototypeOf(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  if (js_is_object(value)) {
    *out = obj_prototype(value);
    return 0;
  }
  if (js_is_nullish(value)) return vm_throw(vm, ERROR_TYPE, "Cannot convert undefined or null to object");
  *out = bi_wrapper_prototype(vm, value);
  return 0;
}

int intrinsic_SetPrototypeOf(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0), prototype = bi_arg(args, argc, 1);
  if (!js_is_object(prototype) && !js_is_null(prototype)) {
    return vm_throw(vm, ERROR_TYPE, "Object prototype may only be an Object or null");
  }
  if (!js_is_object(object)) {
    if (js_is_nullish(object)) return vm_throw(vm, ERROR_TYPE, "Cannot convert undefined or null to object");
    *out = JS_TRUE; /* a primitive: nothing to change (Object.setPrototypeOf returns it) */
    return 0;
  }
  if (js_same_bits(obj_prototype(object), prototype)) {
    *out = JS_TRUE;
    return 0;
  }
  bool ok;
  int status = obj_set_prototype(vm->cx, object, prototype, &ok);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_bool(ok);
  return 0;
}

/* --- own properties ------------------------------------------------------------------------- */

/* The object and key arguments: TypeError for a non-object, keys converted. */
static int object_and_key(Vm *vm, JSValue *args, uint32_t argc, const char *who, JSValue *object,
                          JSValue *key) {
  *object = bi_arg(args, argc, 0);
  if (!js_is_object(*object)) return vm_throw(vm, ERROR_TYPE, "%s called on non-object", who);
  return bi_to_key(vm, bi_arg(args, argc, 1), key);
}

int intrinsic_GetOwnProperty(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object, key;
  int status = object_and_key(vm, args, argc, "GetOwnProperty", &object, &key);
  if (status != 0) return status;
  bool hit;
  JSValue unit;
  status = string_wrapper_index(vm, object, key, &hit, &unit);
  if (status != 0) return status;
  if (hit) {
    JSValue items[2] = {unit, js_from_int32(PROP_ENUMERABLE)};
    return bi_array_of(vm, items, 2, out);
  }
  JSValue value;
  uint32_t attrs;
  if (!obj_get_own(vm->cx, object, key, &value, &attrs)) {
    *out = JS_UNDEFINED;
    return 0;
  }
  if (js_is_hole(value)) return bi_uninitialized_export(vm, key, true);
  if (attrs & PROP_ACCESSOR) {
    AccessorPair *pair = (AccessorPair *)js_to_cell(value);
    JSValue items[3] = {pair->getter, pair->setter, js_from_int32((int32_t)attrs)};
    return bi_array_of(vm, items, 3, out);
  }
  JSValue items[2] = {value, js_from_int32((int32_t)attrs)};
  return bi_array_of(vm, items, 2, out);
}

/* Element i of an array argument, or undefined. */
static JSValue array_item(JSValue array, uint32_t index) {
  JSValue value;
  uint32_t attrs;
  if (!js_is_object(array) || !elem_get(obj_cell(array), index, &value, &attrs) || (attrs & PROP_ACCESSOR)) {
    return JS_UNDEFINED;
  }
  return value;
}

int intrinsic_DefineProperty(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object, key;
  int status = object_and_key(vm, args, argc, "DefineProperty", &object, &key);
  if (status != 0) return status;
  JSValue value = bi_arg(args, argc, 2), attrs_value = bi_arg(args, argc, 3);
  if (!js_is_int32(attrs_value) || js_to_int32(attrs_value) < 0 ||
      js_to_int32(attrs_value) > (int32_t)PROP_ATTRS_MASK) {
    return vm_throw(vm, ERROR_TYPE, "DefineProperty: bad attributes");
  }
  uint32_t attrs = (uint32_t)js_to_int32(attrs_value);
  bool hit;
  status = string_wrapper_index(vm, object, key, &hit, NULL);
  if (status != 0) return status;
  if (hit) {
    /* A string's index properties never change; the library validated the descriptor, so
     * only an identical one succeeds. */
    JSValue unit;
    status = string_wrapper_index(vm, object, key, &hit, &unit);
    if (status != 0) return status;
    bool same = false;
    if (attrs == PROP_ENUMERABLE && js_is_string(value)) {
      status = str_equals(vm->heap, value, unit, &same);
      if (status != 0) return bi_status(vm, status);
    }
    *out = js_from_bool(same);
    return 0;
  }
  if (attrs & PROP_ACCESSOR) {
    if (!js_is_object(value) || !obj_is_array(value)) {
      return vm_throw(vm, ERROR_TYPE, "DefineProperty: an accessor needs [getter, setter]");
    }
    JSValue pair;
    status = obj_accessor_pair_new(vm->heap, array_item(value, 0), array_item(value, 1), &pair);
    if (status != 0) return status;
    value = pair;
  } else if (js_same_bits(key, vm->cx->length_atom) && obj_is_array(object)) {
    /* ArraySetLength's conversion is the library's; here only a valid uint32 is accepted. */
    double number = js_is_number(value) ? js_number_value(value) : -1;
    if (!(number >= 0 && number <= 4294967295.0 && number == floor(number))) {
      return vm_throw(vm, ERROR_RANGE, "Invalid array length");
    }
  }
  bool ok;
  status = obj_define_own(vm->cx, object, key, value, attrs, &ok);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_bool(ok);
  return 0;
}

int intrinsic_CreateDataProperty(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object, key;
  int status = object_and_key(vm, args, argc, "CreateDataProperty", &object, &key);
  if (status != 0) return status;
  bool hit;
  status = string_wrapper_index(vm, object, key, &hit, NULL);
  if (status != 0) return status;
  JSValue existing;
  uint32_t attrs;
  /* ValidateAndApplyPropertyDescriptor with {value, writable, enumerable, configurable: true}:
   * a non-configurable current property refuses it. */
  if (hit || (obj_get_own(vm->cx, object, key, &existing, &attrs) && !(attrs & PROP_CONFIGURABLE))) {
    *out = JS_FALSE;
    return 0;
  }
  bool ok;
  status = obj_define_own(vm->cx, object, key, bi_arg(args, argc, 2), PROP_DEFAULT, &ok);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_bool(ok);
  return 0;
}

int intrinsic_HasOwnProperty(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object, key;
  int status = object_and_key(vm, args, argc, "HasOwnProperty", &object, &key);
  if (status != 0) return status;
  bool hit;
  status = string_wrapper_index(vm, object, key, &hit, NULL);
  if (status != 0) return status;
  JSValue value;
  uint32_t attrs;
  *out = js_from_bool(hit || obj_get_own(vm->cx, object, key, &value, &attrs));
  return 0;
}

int intrinsic_DeleteProperty(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object, key;
  int status = object_and_key(vm, args, argc, "DeleteProperty", &object, &key);
  if (status != 0) return status;
  bool hit;
  status = string_wrapper_index(vm, object, key, &hit, NULL);
  if (status != 0) return status;
  if (hit) {
    *out = JS_FALSE;
    return 0;
  }
  bool deleted;
  status = obj_delete(vm->cx, object, key, &deleted);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_bool(deleted);
  return 0;
}

/* --- keys ----------------------------------------------------------------------------------- */

/* The keys of an object in [[OwnPropertyKeys]] order as a CELL_SLOTS list, index keys still
 * numbers; a String wrapper's string indices are written to `string_units` (0 otherwise). */
static int own_key_list(Vm *vm, JSValue object, GcSlots **out_list, uint32_t *string_units) {
  JSValue list;
  int status = obj_own_keys(vm->cx, object, &list);
  if (status != 0) return status;
  *out_list = gc_slots((GcCell *)js_to_cell(list));
  *string_units = 0;
  if (obj_class(object) == CLASS_STRING && obj_cell(object)->internal_count >= 1) {
    JSValue string = obj_internal_get(object, 0);
    if (js_is_string(string)) *string_units = str_length(string);
  }
  return 0;
}

/* Shared by OwnKeys and OwnEnumerableStringKeys. */
static int own_keys(Vm *vm, JSValue object, bool enumerable_strings_only, JSValue *out) {
  GcSlots *list;
  uint32_t units;
  int status = own_key_list(vm, object, &list, &units);
  if (status != 0) return status;
  JSValue array;
  status = bi_array_of(vm, NULL, 0, &array);
  if (status != 0) return status;
  for (uint32_t i = 0; i < units; i++) {
    JSValue key;
    status = bi_number_atom(vm, (double)i, &key);
    if (status == 0) status = bi_array_append(vm, array, key);
    if (status != 0) return status;
  }
  for (uint32_t i = 0; i < list->count; i++) {
    JSValue key = list->slots[i];
    if (units > 0 && js_is_number(key) && js_number_value(key) < (double)units) continue;
    status = bi_key_value(vm, key, &key);
    if (status != 0) return status;
    if (enumerable_strings_only) {
      JSValue value;
      uint32_t attrs;
      if (js_is_symbol(key)) continue;
      if (!obj_get_own(vm->cx, object, key, &value, &attrs) || !(attrs & PROP_ENUMERABLE)) continue;
      if (js_is_hole(value)) return bi_uninitialized_export(vm, key, false);
    }
    status = bi_array_append(vm, array, key);
    if (status != 0) return status;
  }
  *out = array;
  return 0;
}

int intrinsic_OwnKeys(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0);
  if (!js_is_object(object)) return vm_throw(vm, ERROR_TYPE, "OwnKeys called on non-object");
  return own_keys(vm, object, false, out);
}

int intrinsic_OwnEnumerableStringKeys(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0);
  if (!js_is_object(object)) return vm_throw(vm, ERROR_TYPE, "OwnEnumerableStringKeys called on non-object");
  return own_keys(vm, object, true, out);
}

int intrinsic_PreventExtensions(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0);
  if (js_is_object(object)) obj_prevent_extensions(object);
  *out = JS_TRUE;
  return 0;
}

int intrinsic_IsExtensible(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0);
  *out = js_from_bool(js_is_object(object) && obj_is_extensible(object));
  return 0;
}

/* --- CopyDataProperties --------------------------------------------------------------------- */

static bool is_excluded(JSValue key, const JSValue *excluded, uint32_t count) {
  for (uint32_t i = 0; i < count; i++) {
    if (js_same_bits(key, excluded[i])) return true;
  }
  return false;
}

static int copy_define(Vm *vm, JSValue target, JSValue key, JSValue value) {
  bool ok;
  int status = obj_define_own(vm->cx, target, key, value, PROP_DEFAULT, &ok);
  if (status != 0) return bi_status(vm, status);
  if (!ok) return vm_throw(vm, ERROR_TYPE, "Cannot add property, object is not extensible");
  return 0;
}

/* (target, source, ...excluded): 7.3.25 CopyDataProperties for sources whose enumerable own
 * properties are all data properties. Returns the target; returns undefined WITHOUT copying
 * anything when it cannot finish as a leaf — an enumerable accessor among the keys (its
 * getter must run) or a Proxy source — and the library then falls back to its JS loop.
 * null/undefined and primitives other than strings copy nothing; a string copies its
 * characters. Excluded keys arrive as property keys (or primitives, converted here). */
int intrinsic_CopyDataProperties(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue target = bi_arg(args, argc, 0), source = bi_arg(args, argc, 1);
  if (!js_is_object(target)) return vm_throw(vm, ERROR_TYPE, "CopyDataProperties: target is not an object");
  /* The excluded keys, converted, in a scratch list (the argument registers stay as they
   * are: they may be the caller's). */
  uint32_t excluded_count = argc > 2 ? argc - 2 : 0;
  GcCell *scratch = heap_alloc_slots(vm->heap, excluded_count, 0, false);
  if (scratch == NULL) return PT_ENOMEM;
  JSValue *excluded = gc_slots(scratch)->slots;
  for (uint32_t i = 0; i < excluded_count; i++) {
    JSValue key;
    int status = bi_to_key(vm, args[2 + i], &key);
    if (status != 0) return status;
    gc_store_value(vm->heap, scratch, &excluded[i], key);
  }
  if (js_is_string(source)) {
    for (uint32_t i = 0; i < str_length(source); i++) {
      JSValue key, unit;
      int status = bi_number_atom(vm, (double)i, &key);
      if (status != 0) return status;
      if (is_excluded(key, excluded, excluded_count)) continue;
      status = bi_status(vm, str_substring(vm->heap, source, i, i + 1, &unit));
      if (status == 0) status = copy_define(vm, target, key, unit);
      if (status != 0) return status;
    }
    *out = target;
    return 0;
  }
  if (!js_is_object(source)) {
    *out = target;
    return 0;
  }
  if (obj_class(source) == CLASS_PROXY) {
    *out = JS_UNDEFINED;
    return 0;
  }
  GcSlots *list;
  uint32_t units;
  int status = own_key_list(vm, source, &list, &units);
  if (status != 0) return status;
  /* First pass: refuse before changing anything if some getter would have to run. */
  for (uint32_t i = 0; i < list->count; i++) {
    JSValue key = list->slots[i], value;
    uint32_t attrs;
    status = bi_key_value(vm, key, &key);
    if (status != 0) return status;
    gc_store_value(vm->heap, &list->cell, &list->slots[i], key); /* index numbers → atoms */
    if (obj_get_own(vm->cx, source, key, &value, &attrs) && (attrs & PROP_ENUMERABLE) &&
        (attrs & PROP_ACCESSOR) && !is_excluded(key, excluded, excluded_count)) {
      *out = JS_UNDEFINED;
      return 0;
    }
  }
  for (uint32_t i = 0; i < units; i++) {
    JSValue key, unit;
    status = bi_number_atom(vm, (double)i, &key);
    if (status != 0) return status;
    if (is_excluded(key, excluded, excluded_count)) continue;
    status = bi_status(vm, str_substring(vm->heap, obj_internal_get(source, 0), i, i + 1, &unit));
    if (status == 0) status = copy_define(vm, target, key, unit);
    if (status != 0) return status;
  }
  /* obj_own_keys lists strings before symbols, as the spec's key order requires. */
  for (uint32_t i = 0; i < list->count; i++) {
    JSValue key = list->slots[i], value;
    uint32_t attrs;
    if (is_excluded(key, excluded, excluded_count)) continue;
    if (!obj_get_own(vm->cx, source, key, &value, &attrs) || !(attrs & PROP_ENUMERABLE)) continue;
    if (js_is_hole(value)) return bi_uninitialized_export(vm, key, false);
    status = copy_define(vm, target, key, value);
    if (status != 0) return status;
  }
  *out = target;
  return 0;
}

/* --- arrays --------------------------------------------------------------------------------- */

static int require_array(Vm *vm, JSValue value, const char *who) {
  if (js_is_object(value) && obj_is_array(value)) return 0;
  return vm_throw(vm, ERROR_TYPE, "%s: not an array", who);
}

int intrinsic_ArrayLength(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue array = bi_arg(args, argc, 0);
  int status = require_array(vm, array, "ArrayLength");
  if (status != 0) return status;
  *out = js_from_number((double)obj_cell(array)->length);
  return 0;
}

/* (array, value) → the new length. */
int intrinsic_ArrayPush(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue array = bi_arg(args, argc, 0);
  int status = require_array(vm, array, "ArrayPush");
  if (status != 0) return status;
  status = bi_array_append(vm, array, bi_arg(args, argc, 1));
  if (status != 0) return status;
  *out = js_from_number((double)obj_cell(array)->length);
  return 0;
}

int intrinsic_FastArrayValues(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue array = bi_arg(args, argc, 0);
  *out = JS_UNDEFINED;
  if (!js_is_object(array) || !obj_is_array(array)) return 0;
  JSObject *cell = obj_cell(array);
  if (obj_elements_kind(cell) != ELEMENTS_PACKED || cell->elements_length != cell->length) return 0;
  JSValue copy;
  int status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &copy);
  if (status != 0) return status;
  for (uint32_t i = 0; i < cell->length; i++) {
    JSValue value;
    uint32_t attrs;
    if (!elem_get(cell, i, &value, &attrs)) value = JS_UNDEFINED;
    status = bi_array_append(vm, copy, value);
    if (status != 0) return status;
  }
  *out = copy;
  return 0;
}

int intrinsic_NewArray(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue length_value = bi_arg(args, argc, 0);
  double length = js_is_number(length_value) ? js_number_value(length_value) : 0;
  if (!js_is_number(length_value) && !js_is_undefined(length_value)) {
    return vm_throw(vm, ERROR_TYPE, "NewArray: expected a number");
  }
  if (!(length >= 0 && length <= 4294967295.0 && length == floor(length))) {
    return vm_throw(vm, ERROR_RANGE, "Invalid array length");
  }
  return obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], (uint32_t)length, out);
}

/* An arguments object's elements 0 … length-1 (its own "length" data property, else the
 * element count) as a new array; absent elements are undefined. */
int intrinsic_ArgumentsToArray(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0);
  if (!js_is_object(object)) return vm_throw(vm, ERROR_TYPE, "ArgumentsToArray: not an object");
  JSObject *cell = obj_cell(object);
  JSValue length_value;
  uint32_t attrs;
  double length = (double)elem_count(cell);
  if (obj_get_own(vm->cx, object, vm->cx->length_atom, &length_value, &attrs) && !(attrs & PROP_ACCESSOR) &&
      js_is_number(length_value)) {
    length = js_number_value(length_value);
    if (!(length >= 0)) length = 0;
    if (length > 4294967295.0) length = 4294967295.0;
    length = floor(length);
  }
  JSValue array;
  int status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &array);
  if (status != 0) return status;
  for (uint32_t i = 0; i < (uint32_t)length; i++) {
    JSValue value;
    if (!elem_get(cell, i, &value, &attrs) || (attrs & PROP_ACCESSOR)) value = JS_UNDEFINED;
    if (js_tag(value) == JS_TAG_CELL) value = obj_binding_ref_get(value); /* a mapped argument */
    status = bi_array_append(vm, array, value);
    if (status != 0) return status;
  }
  *out = array;
  return 0;
}

/* --- SameValue ------------------------------------------------------------------------------ */

int intrinsic_ObjectIs(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue a = bi_arg(args, argc, 0), b = bi_arg(args, argc, 1);
  if (js_is_number(a) && js_is_number(b)) {
    double x = js_number_value(a), y = js_number_value(b);
    if (isnan(x) || isnan(y)) *out = js_from_bool(isnan(x) && isnan(y));
    else *out = js_from_bool(x == y && signbit(x) == signbit(y));
    return 0;
  }
  if (js_is_string(a) && js_is_string(b)) {
    bool equal;
    int status = str_equals(vm->heap, a, b, &equal);
    if (status != 0) return bi_status(vm, status);
    *out = js_from_bool(equal);
    return 0;
  }
  if (js_is_bigint(a) && js_is_bigint(b)) {
    *out = js_from_bool(bigint_cell_equal(a, b));
    return 0;
  }
  /* Objects, symbols and specials by identity. */
  *out = js_from_bool(js_same_bits(a, b));
  return 0;
}

/* 7.3.31 PrivateFieldAdd / 7.3.32 PrivateMethodOrAccessorAdd: a private element is an own
 * property keyed by the class's private symbol (invisible to every key listing). A getter
 * and a setter of the same name share one accessor pair. */
int intrinsic_PrivateDefine(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0), key = bi_arg(args, argc, 1), value = bi_arg(args, argc, 2);
  JSValue kind_value = bi_arg(args, argc, 3);
  if (!js_is_object(object) || !js_is_symbol(key) || !js_is_int32(kind_value)) {
    return vm_throw(vm, ERROR_TYPE, "PrivateDefine: bad arguments");
  }
  int32_t kind = js_to_int32(kind_value);
  JSValue existing;
  uint32_t attrs;
  bool present = obj_get_own(vm->cx, object, key, &existing, &attrs);
  JSValue getter = JS_UNDEFINED, setter = JS_UNDEFINED;
  if (present) {
    bool completes_pair = (kind == 2 || kind == 3) && (attrs & PROP_ACCESSOR) &&
                          js_is_undefined(kind == 2 ? ((AccessorPair *)js_to_cell(existing))->getter
                                                    : ((AccessorPair *)js_to_cell(existing))->setter);
    if (!completes_pair) {
      char *name = vm_string_to_cstring(vm, symbol_description(key));
      int status = vm_throw(vm, ERROR_TYPE, "Cannot initialize %s twice on the same object", name ? name : "");
      free(name);
      return status;
    }
    getter = ((AccessorPair *)js_to_cell(existing))->getter;
    setter = ((AccessorPair *)js_to_cell(existing))->setter;
  }
  int status;
  bool ok;
  if (kind == 2 || kind == 3) {
    if (kind == 2) getter = value;
    else setter = value;
    JSValue pair;
    status = obj_accessor_pair_new(vm->heap, getter, setter, &pair);
    if (status == 0) status = obj_define_own(vm->cx, object, key, pair, PROP_ACCESSOR, &ok);
  } else {
    status = obj_define_own(vm->cx, object, key, value, kind == 0 ? PROP_WRITABLE : 0, &ok);
  }
  if (status != 0) return bi_status(vm, status);
  if (!ok) return vm_throw(vm, ERROR_TYPE, "Cannot define private member on a non-extensible object");
  *out = JS_UNDEFINED;
  return 0;
}

/* The fast-path guard of the library's push/pop: observable behaviour equals the spec steps
 * because no setter, getter or non-writable element or length can be involved. */
int intrinsic_IsFastArray(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue array = bi_arg(args, argc, 0);
  *out = JS_FALSE;
  if (!js_is_object(array) || !obj_is_array(array)) return 0;
  JSObject *cell = obj_cell(array);
  if (obj_elements_kind(cell) != ELEMENTS_PACKED || (cell->flags & (OBJ_FLAG_NOT_EXTENSIBLE | OBJ_FLAG_LENGTH_READONLY))) {
    return 0;
  }
  for (JSValue p = obj_prototype(array); js_is_object(p); p = obj_prototype(p)) {
    JSObject *proto = obj_cell(p);
    if (proto->element_count != 0 || obj_elements_kind(proto) == ELEMENTS_DICTIONARY || proto->class_id == CLASS_PROXY ||
        proto->class_id == CLASS_STRING) {
      return 0;
    }
  }
  *out = JS_TRUE;
  return 0;
}

int intrinsic_ArrayPopFast(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue array = bi_arg(args, argc, 0);
  if (!js_is_object(array) || !obj_is_array(array) || obj_cell(array)->length == 0) {
    return vm_throw(vm, ERROR_TYPE, "ArrayPopFast: not a non-empty array");
  }
  JSObject *cell = obj_cell(array);
  uint32_t attrs;
  if (!elem_get(cell, cell->length - 1, out, &attrs)) *out = JS_UNDEFINED;
  bool ok;
  int status = elem_set_length(vm->heap, cell, cell->length - 1, &ok);
  return status != 0 ? bi_status(vm, status) : 0;
}
