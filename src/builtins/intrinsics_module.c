/* Intrinsics of the module loader (src/lib/75_module.js): compiling a module, the slots of
 * its environment (a context: every top-level binding of a module lives in one), binding
 * references for imports, module namespace objects, and reading a module's source. The
 * loader's algorithms (16.2.1.5 Link, Evaluate, ResolveExport, …) are self-hosted; these are
 * the leaves they stand on. Environments travel through the library as opaque cell values. */
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "base/sys.h"
#include "builtins/builtins.h"
#include "interp/interp.h"
#include "objects/elements.h"
#include "objects/object.h"

/* (source, name) → [the body's generator function, its record (compile_module.c)] */
int intrinsic_ModuleCompile(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue source = bi_arg(args, argc, 0), name = bi_arg(args, argc, 1);
  if (!js_is_string(source) || !js_is_string(name)) return vm_throw(vm, ERROR_TYPE, "ModuleCompile: bad arguments");
  char *text = NULL, *name_text = vm_string_to_cstring(vm, name);
  size_t length = 0;
  int status = name_text == NULL ? PT_ENOMEM : str_to_utf8(vm->heap, source, true, &text, &length);
  JSValue code, record, function;
  if (status == 0) status = vm_compile_module(vm, name_text, text, length, &code, &record);
  free(text);
  free(name_text);
  if (status == 0) status = interp_new_closure(vm, code_cell(code), JS_UNDEFINED, &function);
  if (status != 0) return bi_status(vm, status);
  JSValue items[2] = {function, record};
  return bi_array_of(vm, items, 2, out);
}

/* (generator of a module body just created) → its environment: the context the body's
 * prologue made (later suspensions may hold an inner block's context instead). */
int intrinsic_ModuleEnvironment(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue generator = bi_arg(args, argc, 0);
  if (!js_is_object(generator) || obj_class(generator) != CLASS_GENERATOR) {
    return vm_throw(vm, ERROR_TYPE, "ModuleEnvironment: not a module body");
  }
  *out = obj_internal_get(generator, GEN_SLOT_CONTEXT);
  return 0;
}

static bool is_environment(JSValue value) {
  return js_tag(value) == JS_TAG_CELL && gc_cell_type((GcCell *)js_to_cell(value)) == CELL_SLOTS;
}

static bool slot_in(JSValue environment, JSValue slot) {
  return is_environment(environment) && js_is_int32(slot) && js_to_int32(slot) > 0 &&
         (uint32_t)js_to_int32(slot) < gc_slots((GcCell *)js_to_cell(environment))->count;
}

/* (environment, slot, value): initializes a binding (a namespace import, import.meta). */
int intrinsic_ModuleInitBinding(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue environment = bi_arg(args, argc, 0), slot = bi_arg(args, argc, 1);
  if (!slot_in(environment, slot)) return vm_throw(vm, ERROR_TYPE, "ModuleInitBinding: bad arguments");
  GcCell *cell = (GcCell *)js_to_cell(environment);
  gc_store_value(vm->heap, cell, &gc_slots(cell)->slots[js_to_int32(slot)], bi_arg(args, argc, 2));
  *out = JS_UNDEFINED;
  return 0;
}

/* A binding reference to a holder of its own [parent, value]: what an import or a namespace
 * entry refers to when the export resolves to a namespace rather than a binding. */
static int holder_reference(Vm *vm, JSValue value, JSValue *out_environment, JSValue *out_slot) {
  GcCell *holder = heap_alloc_slots(vm->heap, 2, 0, false);
  if (holder == NULL) return PT_ENOMEM;
  gc_slots(holder)->slots[0] = JS_UNDEFINED;
  gc_slots(holder)->slots[1] = value;
  *out_environment = js_from_cell(JS_TAG_CELL, holder);
  *out_slot = js_from_int32(1);
  return 0;
}

/* (environment, slot, target environment, target slot): 16.2.1.6.4 step 7.c.ii
 * CreateImportBinding — the import's slot refers to the exporting module's binding. A null
 * target environment means the target slot is the value itself (a namespace). */
int intrinsic_ModuleLinkBinding(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue environment = bi_arg(args, argc, 0), slot = bi_arg(args, argc, 1);
  JSValue target = bi_arg(args, argc, 2), target_slot = bi_arg(args, argc, 3);
  if (js_is_null(target)) {
    int status = holder_reference(vm, target_slot, &target, &target_slot);
    if (status != 0) return status;
  }
  if (!slot_in(environment, slot) || !slot_in(target, target_slot)) {
    return vm_throw(vm, ERROR_TYPE, "ModuleLinkBinding: bad arguments");
  }
  JSValue ref;
  int status = obj_binding_ref_new(vm->heap, target, (uint32_t)js_to_int32(target_slot), &ref);
  if (status != 0) return bi_status(vm, status);
  GcCell *cell = (GcCell *)js_to_cell(environment);
  gc_store_value(vm->heap, cell, &gc_slots(cell)->slots[js_to_int32(slot)], ref);
  *out = JS_UNDEFINED;
  return 0;
}

/* (names, environments, slots, @@toStringTag) → 10.4.6.12 ModuleNamespaceCreate: names sorted by the caller;
 * entry i is environments[i]'s slot slots[i], or, when environments[i] is null, the value
 * slots[i] itself (a namespace that `export * as ns` resolves to). */
int intrinsic_ModuleNamespace(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue names = bi_arg(args, argc, 0), environments = bi_arg(args, argc, 1), slots = bi_arg(args, argc, 2);
  if (!js_is_object(names) || !js_is_object(environments) || !js_is_object(slots) || !obj_is_array(names)) {
    return vm_throw(vm, ERROR_TYPE, "ModuleNamespace: bad arguments");
  }
  JSValue namespace_object;
  int status = obj_new_internal(vm->cx, JS_NULL, CLASS_MODULE_NAMESPACE, 0, &namespace_object);
  if (status == 0) status = obj_to_dictionary(vm->cx, namespace_object);
  uint32_t count = obj_cell(names)->length;
  for (uint32_t i = 0; status == 0 && i < count; i++) {
    JSValue name, environment, slot, ref;
    uint32_t attrs;
    if (!elem_get(obj_cell(names), i, &name, &attrs) || !elem_get(obj_cell(environments), i, &environment, &attrs) ||
        !elem_get(obj_cell(slots), i, &slot, &attrs) || !js_is_string(name)) {
      return vm_throw(vm, ERROR_TYPE, "ModuleNamespace: bad arguments");
    }
    if (js_is_null(environment)) {
      status = holder_reference(vm, slot, &environment, &slot);
      if (status != 0) return status;
    }
    if (!slot_in(environment, slot)) return vm_throw(vm, ERROR_TYPE, "ModuleNamespace: bad arguments");
    JSValue key;
    bool ok;
    status = bi_to_key(vm, name, &key);
    if (status == 0) status = obj_binding_ref_new(vm->heap, environment, (uint32_t)js_to_int32(slot), &ref);
    if (status == 0) status = obj_define_own(vm->cx, namespace_object, key, ref, PROP_WRITABLE | PROP_ENUMERABLE, &ok);
  }
  if (status != 0) return bi_status(vm, status);
  /* 10.4.6.12 step 2 (via 28.3.1): @@toStringTag "Module", then no more properties */
  JSValue tag, tag_key = bi_arg(args, argc, 3);
  bool ok;
  if (!js_is_symbol(tag_key)) return vm_throw(vm, ERROR_TYPE, "ModuleNamespace: bad arguments");
  status = bi_cstring(vm, "Module", &tag);
  if (status == 0) status = obj_define_own(vm->cx, namespace_object, tag_key, tag, 0, &ok);
  if (status != 0) return bi_status(vm, status);
  obj_cell(namespace_object)->flags |= OBJ_FLAG_MODULE_NAMESPACE;
  obj_prevent_extensions(namespace_object);
  *out = namespace_object;
  return 0;
}

/* (path) → the file's text (UTF-8 decoded), or undefined when it cannot be read: the loader
 * words the error as node does. */
int intrinsic_ModuleReadFile(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue path = bi_arg(args, argc, 0);
  if (!js_is_string(path)) return vm_throw(vm, ERROR_TYPE, "ModuleReadFile: bad arguments");
  char *path_text = vm_string_to_cstring(vm, path);
  if (path_text == NULL) return PT_ENOMEM;
  char *data = NULL;
  size_t length = 0;
  int status = sys_read_file(path_text, &data, &length);
  free(path_text);
  if (status < 0) {
    *out = JS_UNDEFINED;
    return 0;
  }
  status = str_from_utf8(vm->heap, data, length, out);
  free(data);
  return bi_status(vm, status);
}

/* () → the working directory (relative specifiers of code that has no file of its own). */
int intrinsic_ModuleCwd(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  (void)args;
  (void)argc;
  char *cwd = sys_cwd();
  if (cwd == NULL) {
    *out = JS_UNDEFINED;
    return 0;
  }
  int status = bi_cstring(vm, cwd, out);
  free(cwd);
  return status;
}

/* () → an empty holder environment [parent, value]: slot 1 is filled later by
 * ModuleInitBinding (a namespace that refers to itself through `export * as`). */
int intrinsic_ModuleHolder(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  (void)args;
  (void)argc;
  JSValue slot;
  return holder_reference(vm, JS_UNDEFINED, out, &slot);
}
