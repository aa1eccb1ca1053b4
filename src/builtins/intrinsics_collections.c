/* Keyed collections (ECMA-262 §24.1-24.4) and weak references (§26.1-26.2) at the C level:
 * the intrinsics the library (src/lib/55_collections.js) builds Map, Set, WeakMap, WeakSet,
 * their iterators, WeakRef and FinalizationRegistry on. A collection is an object of its
 * class whose internal slot 0 holds its HashTable (objects/hashmap.h); an iterator holds
 * [table, position, kind, last value]; a WeakRef holds a CELL_WEAK_REF.
 * Leaves: nothing here calls JS or collects. Brand checks with V8's messages are the
 * library's; a wrong receiver reaching here is a library bug, reported as a TypeError. */
#include "base/errors.h"
#include "builtins/builtins.h"
#include "objects/hashmap.h"
#include "objects/object.h"

enum { COLLECTION_SLOT_TABLE = 0 };
enum { ITER_SLOT_TABLE, ITER_SLOT_POSITION, ITER_SLOT_KIND, ITER_SLOT_VALUE, ITER_SLOT_COUNT };
enum { ITER_KEYS = 0, ITER_VALUES = 1, ITER_ENTRIES = 2 };

static bool is_collection_class(uint16_t class_id) {
  return class_id == CLASS_MAP || class_id == CLASS_SET || class_id == CLASS_WEAK_MAP || class_id == CLASS_WEAK_SET;
}

static bool is_collection(JSValue value) { return js_is_object(value) && is_collection_class(obj_class(value)); }

static int require_collection(Vm *vm, JSValue value) {
  if (is_collection(value)) return 0;
  return vm_throw(vm, ERROR_TYPE, "not a keyed collection");
}

/* The address of a collection's table slot: hashmap functions store a rebuilt table there. */
static JSValue *table_slot(JSValue collection) {
  JSObject *object = obj_cell(collection);
  return &object->inobject[object->inobject_count + COLLECTION_SLOT_TABLE];
}

int intrinsic_CollectionCreate(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue prototype = bi_arg(args, argc, 0), class_value = bi_arg(args, argc, 1), count = bi_arg(args, argc, 2);
  if ((!js_is_object(prototype) && !js_is_null(prototype)) || !js_is_int32(class_value) || !js_is_int32(count) ||
      js_to_int32(count) < 1 || js_to_int32(count) > 8) {
    return vm_throw(vm, ERROR_TYPE, "CollectionCreate: bad arguments");
  }
  uint16_t class_id = (uint16_t)js_to_int32(class_value);
  JSValue table = JS_UNDEFINED;
  if (is_collection_class(class_id)) {
    int status = hashmap_new(vm->heap, class_id == CLASS_WEAK_MAP || class_id == CLASS_WEAK_SET, 0, &table);
    if (status != 0) return status;
  } else if (class_id != CLASS_FINALIZATION_REGISTRY) {
    return vm_throw(vm, ERROR_TYPE, "CollectionCreate: bad class");
  }
  int status = obj_new_internal(vm->cx, prototype, class_id, (uint16_t)js_to_int32(count), out);
  if (status != 0) return status;
  obj_internal_set(vm->heap, *out, COLLECTION_SLOT_TABLE, table);
  return 0;
}

/* Slots past the table (library state: a registry's callback and cells). */
static int check_slot(Vm *vm, JSValue object, JSValue index) {
  if (!js_is_object(object) || !js_is_int32(index) || js_to_int32(index) < 1 ||
      (uint32_t)js_to_int32(index) >= obj_cell(object)->internal_count ||
      (!is_collection(object) && obj_class(object) != CLASS_FINALIZATION_REGISTRY)) {
    return vm_throw(vm, ERROR_TYPE, "CollectionSlot: bad arguments");
  }
  return 0;
}

int intrinsic_CollectionSlot(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0), index = bi_arg(args, argc, 1);
  int status = check_slot(vm, object, index);
  if (status != 0) return status;
  *out = obj_internal_get(object, (uint32_t)js_to_int32(index));
  return 0;
}

int intrinsic_CollectionSetSlot(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0), index = bi_arg(args, argc, 1);
  int status = check_slot(vm, object, index);
  if (status != 0) return status;
  obj_internal_set(vm->heap, object, (uint32_t)js_to_int32(index), bi_arg(args, argc, 2));
  *out = JS_UNDEFINED;
  return 0;
}

int intrinsic_MapGet(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue collection = bi_arg(args, argc, 0);
  int status = require_collection(vm, collection);
  if (status != 0) return status;
  JSValue table = *table_slot(collection);
  int32_t entry;
  status = hashmap_find(vm->heap, table, hashmap_normalize_key(bi_arg(args, argc, 1)), &entry);
  if (status != 0) return bi_status(vm, status);
  *out = entry >= 0 ? hashmap_entry_value(table, (uint32_t)entry) : JS_UNDEFINED;
  return 0;
}

int intrinsic_MapHas(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue collection = bi_arg(args, argc, 0);
  int status = require_collection(vm, collection);
  if (status != 0) return status;
  int32_t entry;
  status = hashmap_find(vm->heap, *table_slot(collection), hashmap_normalize_key(bi_arg(args, argc, 1)), &entry);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_bool(entry >= 0);
  return 0;
}

int intrinsic_MapSet(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue collection = bi_arg(args, argc, 0);
  int status = require_collection(vm, collection);
  if (status != 0) return status;
  status = hashmap_set(vm->heap, &obj_cell(collection)->cell, table_slot(collection),
                       hashmap_normalize_key(bi_arg(args, argc, 1)), bi_arg(args, argc, 2));
  if (status != 0) return bi_status(vm, status);
  *out = JS_UNDEFINED;
  return 0;
}

int intrinsic_MapDelete(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue collection = bi_arg(args, argc, 0);
  int status = require_collection(vm, collection);
  if (status != 0) return status;
  bool deleted;
  status = hashmap_delete(vm->heap, &obj_cell(collection)->cell, table_slot(collection),
                          hashmap_normalize_key(bi_arg(args, argc, 1)), &deleted);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_bool(deleted);
  return 0;
}

int intrinsic_MapClear(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue collection = bi_arg(args, argc, 0);
  int status = require_collection(vm, collection);
  if (status != 0) return status;
  status = hashmap_clear(vm->heap, &obj_cell(collection)->cell, table_slot(collection));
  if (status != 0) return bi_status(vm, status);
  *out = JS_UNDEFINED;
  return 0;
}

int intrinsic_MapSize(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue collection = bi_arg(args, argc, 0);
  int status = require_collection(vm, collection);
  if (status != 0) return status;
  *out = js_from_number((double)hashmap_size(*table_slot(collection)));
  return 0;
}

/* 24.1.5.1 CreateMapIterator / 24.2.6.1 CreateSetIterator: the iterator's state is the
 * table and an entry number (hashmap_iterate keeps it right across rebuilds). */
int intrinsic_CollectionIterator(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue collection = bi_arg(args, argc, 0), kind = bi_arg(args, argc, 1), prototype = bi_arg(args, argc, 2);
  if (!js_is_object(collection) || (obj_class(collection) != CLASS_MAP && obj_class(collection) != CLASS_SET) ||
      !js_is_int32(kind) || (!js_is_object(prototype) && !js_is_null(prototype))) {
    return vm_throw(vm, ERROR_TYPE, "CollectionIterator: bad arguments");
  }
  uint16_t class_id = obj_class(collection) == CLASS_MAP ? CLASS_MAP_ITERATOR : CLASS_SET_ITERATOR;
  int status = obj_new_internal(vm->cx, prototype, class_id, ITER_SLOT_COUNT, out);
  if (status != 0) return status;
  obj_internal_set(vm->heap, *out, ITER_SLOT_TABLE, *table_slot(collection));
  obj_internal_set(vm->heap, *out, ITER_SLOT_POSITION, js_from_int32(0));
  obj_internal_set(vm->heap, *out, ITER_SLOT_KIND, kind);
  return 0;
}

static bool is_iterator(JSValue value) {
  return js_is_object(value) && (obj_class(value) == CLASS_MAP_ITERATOR || obj_class(value) == CLASS_SET_ITERATOR);
}

/* The iterator's next live entry (-1 at the end, after which it stays done); *out_table is
 * the table the entry is in. */
static int32_t iterator_advance(Vm *vm, JSValue iterator, JSValue *out_table) {
  JSValue table = obj_internal_get(iterator, ITER_SLOT_TABLE);
  if (js_is_undefined(table)) return -1;
  uint32_t position = (uint32_t)js_to_int32(obj_internal_get(iterator, ITER_SLOT_POSITION));
  int32_t entry = hashmap_iterate(&table, &position);
  if (entry < 0) {
    obj_internal_set(vm->heap, iterator, ITER_SLOT_TABLE, JS_UNDEFINED);
    return -1;
  }
  obj_internal_set(vm->heap, iterator, ITER_SLOT_TABLE, table);
  obj_internal_set(vm->heap, iterator, ITER_SLOT_POSITION, js_from_int32((int32_t)position));
  *out_table = table;
  return entry;
}

/* 7.4.14 CreateIterResultObject */
static int iterator_result(Vm *vm, JSValue value, bool done, JSValue *out) {
  JSValue object;
  bool ok;
  int status = obj_new(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], &object);
  if (status == 0) status = obj_define_own(vm->cx, object, vm->atoms[ATOM_value], value, PROP_DEFAULT, &ok);
  if (status == 0) status = obj_define_own(vm->cx, object, vm->atoms[ATOM_done], js_from_bool(done), PROP_DEFAULT, &ok);
  if (status == 0) *out = object;
  return status;
}

/* 24.1.5.2.1 %MapIteratorPrototype%.next / 24.2.6.2.1 %SetIteratorPrototype%.next after the
 * brand check: the next key, value or [key, value]. Set entries' value is their key. */
int intrinsic_CollectionIteratorNext(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue iterator = bi_arg(args, argc, 0);
  if (!is_iterator(iterator)) return vm_throw(vm, ERROR_TYPE, "CollectionIteratorNext: not an iterator");
  JSValue table;
  int32_t entry = iterator_advance(vm, iterator, &table);
  if (entry < 0) return bi_status(vm, iterator_result(vm, JS_UNDEFINED, true, out));
  bool is_set = obj_class(iterator) == CLASS_SET_ITERATOR;
  JSValue key = hashmap_entry_key(table, (uint32_t)entry);
  JSValue value = is_set ? key : hashmap_entry_value(table, (uint32_t)entry);
  int32_t kind = js_to_int32(obj_internal_get(iterator, ITER_SLOT_KIND));
  JSValue result = kind == ITER_KEYS ? key : value;
  if (kind == ITER_ENTRIES) {
    JSValue pair[2] = {key, value};
    int status = bi_array_of(vm, pair, 2, &result);
    if (status != 0) return bi_status(vm, status);
  }
  return bi_status(vm, iterator_result(vm, result, false, out));
}

/* For the library's own loops (forEach, the Set methods): the next key, or the iterator
 * itself at the end (an internal iterator never reaches user code, so it is no key). */
int intrinsic_CollectionStep(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue iterator = bi_arg(args, argc, 0);
  if (!is_iterator(iterator)) return vm_throw(vm, ERROR_TYPE, "CollectionStep: not an iterator");
  JSValue table;
  int32_t entry = iterator_advance(vm, iterator, &table);
  if (entry < 0) {
    obj_internal_set(vm->heap, iterator, ITER_SLOT_VALUE, JS_UNDEFINED);
    *out = iterator;
    return 0;
  }
  *out = hashmap_entry_key(table, (uint32_t)entry);
  JSValue value = obj_class(iterator) == CLASS_SET_ITERATOR ? *out : hashmap_entry_value(table, (uint32_t)entry);
  obj_internal_set(vm->heap, iterator, ITER_SLOT_VALUE, value);
  return 0;
}

int intrinsic_CollectionStepValue(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue iterator = bi_arg(args, argc, 0);
  if (!is_iterator(iterator)) return vm_throw(vm, ERROR_TYPE, "CollectionStepValue: not an iterator");
  *out = obj_internal_get(iterator, ITER_SLOT_VALUE);
  return 0;
}

/* --- WeakRef (26.1) ------------------------------------------------------------------------- */

int intrinsic_WeakRefCreate(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue prototype = bi_arg(args, argc, 0), target = bi_arg(args, argc, 1);
  if ((!js_is_object(prototype) && !js_is_null(prototype)) || !js_is_cell(target)) {
    return vm_throw(vm, ERROR_TYPE, "WeakRefCreate: bad arguments");
  }
  GcCell *cell = heap_alloc_weak_ref(vm->heap, target);
  if (cell == NULL) return PT_ENOMEM;
  int status = obj_new_internal(vm->cx, prototype, CLASS_WEAK_REF, 1, out);
  if (status != 0) return status;
  obj_internal_set(vm->heap, *out, 0, js_from_cell(JS_TAG_CELL, cell));
  return 0;
}

/* 26.1.4.1 WeakRefDeref: the target, or undefined once the collector cleared it. */
int intrinsic_WeakRefDeref(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue ref = bi_arg(args, argc, 0);
  if (!js_is_object(ref) || obj_class(ref) != CLASS_WEAK_REF) return vm_throw(vm, ERROR_TYPE, "WeakRefDeref: not a WeakRef");
  *out = gc_weak_ref_get((GcCell *)js_to_cell(obj_internal_get(ref, 0)));
  return 0;
}

/* Changes whenever a collection cleared some weak slot: FinalizationRegistry looks for dead
 * targets only then. */
int intrinsic_WeakGeneration(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  (void)args;
  (void)argc;
  HeapStats stats;
  heap_get_stats(vm->heap, &stats);
  *out = js_from_number((double)stats.weak_refs_cleared);
  return 0;
}

/* For util.inspect: [isKeyValue, ...entries] without disturbing anything. A Map or Set gives
 * all its entries (a Map's as key, value, key, value …); an iterator those it has left
 * (entries iterators as pairs), its position untouched. */
int intrinsic_CollectionPreview(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue object = bi_arg(args, argc, 0);
  JSValue table = JS_UNDEFINED;
  uint32_t position = 0;
  bool pairs = false, set_like = false, keys_only = false;
  if (js_is_object(object) && (obj_class(object) == CLASS_MAP || obj_class(object) == CLASS_SET)) {
    table = *table_slot(object);
    set_like = obj_class(object) == CLASS_SET;
    pairs = !set_like;
  } else if (is_iterator(object)) {
    table = obj_internal_get(object, ITER_SLOT_TABLE);
    if (!js_is_undefined(table)) position = (uint32_t)js_to_int32(obj_internal_get(object, ITER_SLOT_POSITION));
    set_like = obj_class(object) == CLASS_SET_ITERATOR;
    int32_t kind = js_to_int32(obj_internal_get(object, ITER_SLOT_KIND));
    pairs = kind == ITER_ENTRIES;
    keys_only = kind == ITER_KEYS;
  } else {
    return vm_throw(vm, ERROR_TYPE, "CollectionPreview: not a Map, Set or iterator");
  }
  JSValue flag = js_from_bool(pairs);
  int status = bi_array_of(vm, &flag, 1, out);
  if (status != 0 || js_is_undefined(table)) return bi_status(vm, status);
  for (int32_t entry; (entry = hashmap_iterate(&table, &position)) >= 0;) {
    JSValue key = hashmap_entry_key(table, (uint32_t)entry);
    JSValue value = set_like ? key : hashmap_entry_value(table, (uint32_t)entry);
    if (pairs || keys_only || set_like) status = bi_array_append(vm, *out, key);
    if (status == 0 && (pairs || (!keys_only && !set_like))) status = bi_array_append(vm, *out, value);
    if (status != 0) return bi_status(vm, status);
  }
  return 0;
}
