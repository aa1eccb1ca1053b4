/* JS objects: creation, named own properties in fast and dictionary mode, prototypes, own
 * keys (see object.h). Elements are delegated to elements.c; this file routes each key to
 * its home: index atoms to the elements, an array's "length" to its length field, the rest
 * to the shape (fast mode) or the object's Dictionary (dictionary mode).
 * Invariant: every operation allocates everything it needs before it changes the object,
 * so PT_ENOMEM leaves the object as it was (at most switched to dictionary mode, which
 * changes no property). */
#include "objects/object.h"

#include <math.h>

#include "base/errors.h"
#include "objects/atom.h"
#include "objects/cell_trace.h"
#include "objects/dictionary.h"
#include "objects/elements.h"
#include "objects/identity.h"
#include "objects/string.h"

/* --- creation ------------------------------------------------------------------------------ */

/* Invalidates inline caches that looked through this object when it serves as a prototype. */
static inline void note_prototype_change(ObjContext *cx, JSObject *cell) {
  if (cell->flags & OBJ_FLAG_PROTOTYPE) cx->prototype_epoch++;
}

static int alloc_object(ObjContext *cx, Shape *shape, uint32_t flags, uint16_t class_id,
                        uint16_t internal_count, JSValue *out) {
  uint32_t slots = shape->inobject_capacity;
  GcCell *cell = heap_alloc(cx->heap, CELL_OBJECT,
                            sizeof(JSObject) + (size_t)(slots + internal_count) * sizeof(JSValue));
  if (cell == NULL) return PT_ENOMEM;
  JSObject *object = (JSObject *)cell;
  gc_store_cell(cx->heap, cell, &object->shape, &shape->cell);
  object->flags = flags;
  object->hash = identity_hash_new(cell);
  object->inobject_count = slots;
  object->class_id = class_id;
  object->internal_count = internal_count;
  for (uint32_t i = 0; i < slots + internal_count; i++) object->inobject[i] = JS_UNDEFINED;
  *out = js_from_cell(JS_TAG_OBJECT, cell);
  return 0;
}

int obj_new(ObjContext *cx, JSValue prototype, JSValue *out) {
  Shape *shape;
  int status = shape_initial(cx, prototype, false, &shape);
  if (status != 0) return status;
  return alloc_object(cx, shape, 0, 0, 0, out);
}

int obj_new_internal(ObjContext *cx, JSValue prototype, uint16_t class_id, uint16_t internal_count,
                     JSValue *out) {
  Shape *shape;
  int status = shape_initial(cx, prototype, false, &shape);
  if (status != 0) return status;
  return alloc_object(cx, shape, 0, class_id, internal_count, out);
}

int obj_new_array(ObjContext *cx, JSValue prototype, uint32_t length, JSValue *out) {
  Shape *shape;
  int status = shape_initial(cx, prototype, true, &shape);
  if (status != 0) return status;
  uint32_t kind = length == 0 ? ELEMENTS_PACKED : ELEMENTS_HOLEY;
  status = alloc_object(cx, shape, OBJ_FLAG_ARRAY | (kind << OBJ_ELEMENTS_KIND_SHIFT), 0, 0, out);
  if (status != 0) return status;
  obj_cell(*out)->length = length;
  return 0;
}

int obj_accessor_pair_new(Heap *heap, JSValue getter, JSValue setter, JSValue *out) {
  GcCell *cell = heap_alloc(heap, CELL_ACCESSOR_PAIR, sizeof(AccessorPair));
  if (cell == NULL) return PT_ENOMEM;
  AccessorPair *pair = (AccessorPair *)cell;
  gc_store_value(heap, cell, &pair->getter, getter);
  gc_store_value(heap, cell, &pair->setter, setter);
  *out = js_from_cell(JS_TAG_CELL, cell);
  return 0;
}

/* --- keys ---------------------------------------------------------------------------------- */

typedef enum KeyKind { KEY_INVALID, KEY_NAMED, KEY_INDEX, KEY_LENGTH } KeyKind;

/* Where a property key lives on this object. */
static KeyKind classify(ObjContext *cx, JSValue object, JSValue key, uint32_t *out_index) {
  if (js_is_symbol(key)) return KEY_NAMED;
  if (!atom_is_atom(key)) return KEY_INVALID;
  if (atom_is_index(key, out_index)) return KEY_INDEX;
  if (obj_is_array(object) && js_same_bits(key, cx->length_atom)) return KEY_LENGTH;
  return KEY_NAMED;
}

/* --- fast-mode slots ----------------------------------------------------------------------- */

/* Makes the out-of-line store big enough for `slot`: doubling, at least 4 slots. */
static int ensure_slot(Heap *heap, JSObject *object, uint32_t slot) {
  if (slot < object->inobject_count) return 0;
  uint32_t needed = slot - object->inobject_count + 1;
  uint32_t capacity = object->properties != NULL ? gc_slots(object->properties)->count : 0;
  if (needed <= capacity) return 0;
  uint32_t grown_capacity = capacity < 2 ? 4 : capacity * 2;
  if (grown_capacity < needed) grown_capacity = needed;
  GcCell *grown = heap_alloc_slots(heap, grown_capacity, 0, false);
  if (grown == NULL) return PT_ENOMEM;
  for (uint32_t i = 0; i < capacity; i++) {
    gc_store_value(heap, grown, &gc_slots(grown)->slots[i], gc_slots(object->properties)->slots[i]);
  }
  gc_store_cell(heap, &object->cell, &object->properties, grown);
  return 0;
}

/* --- dictionary mode ----------------------------------------------------------------------- */

int obj_to_dictionary(ObjContext *cx, JSValue value) {
  JSObject *object = obj_cell(value);
  Shape *shape = (Shape *)object->shape;
  if (shape_is_dictionary(shape)) return 0;
  note_prototype_change(cx, object);
  Heap *heap = cx->heap;
  GcCell *dict;
  int status = dict_new(heap, shape->property_count + 4, &dict);
  if (status != 0) return status;
  for (uint32_t i = 0; i < shape->property_count; i++) {
    Descriptor *descriptor = shape_descriptor(shape, i);
    /* Room was reserved for every property: this never grows, never fails. */
    status = dict_add(heap, dict, &dict, descriptor->key, shape_key_hash(descriptor->key),
                      obj_slot_get(object, descriptor->slot), descriptor->attrs);
    if (status != 0) return status;
  }
  Shape *dictionary_shape;
  status = shape_new_dictionary(cx, shape->prototype, obj_is_array(value), &dictionary_shape);
  if (status != 0) return status;
  gc_store_cell(heap, &object->cell, &object->properties, dict);
  gc_store_cell(heap, &object->cell, &object->shape, &dictionary_shape->cell);
  for (uint32_t i = 0; i < object->inobject_count; i++) object->inobject[i] = JS_UNDEFINED;
  return 0;
}

/* --- named properties ---------------------------------------------------------------------- */

static bool named_get(JSObject *object, JSValue key, JSValue *out_value, uint32_t *out_attrs) {
  Shape *shape = (Shape *)object->shape;
  uint32_t hash = shape_key_hash(key);
  if (shape_is_dictionary(shape)) {
    Dictionary *dict = dict_cell(object->properties);
    int32_t entry = dict_find(dict, key, hash);
    if (entry < 0) return false;
    *out_value = dict->entries[entry].value;
    *out_attrs = dict->entries[entry].attrs;
    return true;
  }
  int32_t index = shape_find(shape, key, hash);
  if (index < 0) return false;
  Descriptor *descriptor = shape_descriptor(shape, (uint32_t)index);
  *out_value = obj_slot_get(object, descriptor->slot);
  *out_attrs = descriptor->attrs;
  return true;
}

static int named_define(ObjContext *cx, JSObject *object, JSValue key, JSValue value, uint32_t attrs,
                        bool *out_ok) {
  Heap *heap = cx->heap;
  Shape *shape = (Shape *)object->shape;
  uint32_t hash = shape_key_hash(key);
  int32_t index = shape_is_dictionary(shape) ? -1 : shape_find(shape, key, hash);
  if (index >= 0) {
    Descriptor *descriptor = shape_descriptor(shape, (uint32_t)index);
    uint32_t slot = descriptor->slot;
    if (descriptor->attrs != attrs) {
      Shape *child;
      int status = shape_reconfigure(cx, shape, (uint32_t)index, attrs, &child);
      if (status != 0) return status;
      gc_store_cell(heap, &object->cell, &object->shape, &child->cell);
    }
    obj_slot_set(heap, object, slot, value);
    *out_ok = true;
    return 0;
  }
  if (!shape_is_dictionary(shape)) {
    if (object->flags & OBJ_FLAG_NOT_EXTENSIBLE) {
      *out_ok = false;
      return 0;
    }
    if (shape->property_count < SHAPE_MAX_FAST_PROPERTIES) {
      Shape *child;
      int status = shape_add_property(cx, shape, key, attrs, &child);
      if (status != 0) return status;
      uint32_t slot = shape_descriptor(child, child->property_count - 1)->slot;
      status = ensure_slot(heap, object, slot);
      if (status != 0) return status;
      obj_slot_set(heap, object, slot, value);
      gc_store_cell(heap, &object->cell, &object->shape, &child->cell);
      *out_ok = true;
      return 0;
    }
    int status = obj_to_dictionary(cx, js_from_cell(JS_TAG_OBJECT, object));
    if (status != 0) return status;
  }
  Dictionary *dict = dict_cell(object->properties);
  int32_t entry = dict_find(dict, key, hash);
  if (entry >= 0) {
    dict_set_value(heap, dict, (uint32_t)entry, value);
    dict->entries[entry].attrs = attrs;
  } else if (object->flags & OBJ_FLAG_NOT_EXTENSIBLE) {
    *out_ok = false;
    return 0;
  } else {
    int status = dict_add(heap, &object->cell, &object->properties, key, hash, value, attrs);
    if (status != 0) return status;
  }
  *out_ok = true;
  return 0;
}

static int named_delete(ObjContext *cx, JSObject *object, JSValue key, bool *out_deleted) {
  JSValue value;
  uint32_t attrs;
  *out_deleted = true;
  if (!named_get(object, key, &value, &attrs)) return 0;
  if (!(attrs & PROP_CONFIGURABLE)) {
    *out_deleted = false;
    return 0;
  }
  int status = obj_to_dictionary(cx, js_from_cell(JS_TAG_OBJECT, object));
  if (status != 0) return status;
  Dictionary *dict = dict_cell(object->properties);
  dict_remove(dict, (uint32_t)dict_find(dict, key, shape_key_hash(key)));
  return 0;
}

/* --- the array length ---------------------------------------------------------------------- */

static uint32_t length_attrs(JSObject *object) {
  return (object->flags & OBJ_FLAG_LENGTH_READONLY) ? 0 : PROP_WRITABLE;
}

/* 10.4.2.4 ArraySetLength for an already-converted length (the caller did ToUint32 and
 * threw the RangeError): a non-number or non-uint32 value is PT_EINVAL here. */
static int define_length(ObjContext *cx, JSObject *object, JSValue value, uint32_t attrs, bool *out_ok) {
  if (!js_is_number(value)) return PT_EINVAL;
  double number = js_number_value(value);
  if (!(number >= 0 && number <= 4294967295.0) || number != (double)(uint32_t)number) return PT_EINVAL;
  if (attrs & (PROP_ENUMERABLE | PROP_CONFIGURABLE | PROP_ACCESSOR)) {
    *out_ok = false; /* length is a non-enumerable, non-configurable data property */
    return 0;
  }
  if ((object->flags & OBJ_FLAG_LENGTH_READONLY) && (attrs & PROP_WRITABLE)) {
    *out_ok = false;
    return 0;
  }
  int status = elem_set_length(cx->heap, object, (uint32_t)number, out_ok);
  if (status != 0) return status;
  /* Step 19/20: a length made read-only stays so even when truncation stopped early. */
  if (!(attrs & PROP_WRITABLE)) object->flags |= OBJ_FLAG_LENGTH_READONLY;
  return 0;
}

/* --- the public operations ----------------------------------------------------------------- */

int obj_binding_ref_new(Heap *heap, JSValue context, uint32_t slot, JSValue *out) {
  GcCell *cell = heap_alloc_slots(heap, 2, 0, false);
  if (cell == NULL) return PT_ENOMEM;
  gc_slots(cell)->slots[0] = context;
  gc_slots(cell)->slots[1] = js_from_int32((int32_t)slot);
  *out = js_from_cell(JS_TAG_CELL, cell);
  return 0;
}

/* 10.4.6.5 [[GetOwnProperty]] of a module namespace, 10.4.4.1 of mapped arguments: a value
 * that is a binding reference reads the binding's current value. */
static bool namespace_get_own(bool found, JSValue *out_value, uint32_t attrs) {
  if (found && !(attrs & PROP_ACCESSOR) && js_tag(*out_value) == JS_TAG_CELL) {
    *out_value = obj_binding_ref_get(*out_value);
  }
  return found;
}

static void binding_ref_set(Heap *heap, JSValue ref, JSValue value) {
  JSValue *pair = gc_slots((GcCell *)js_to_cell(ref))->slots;
  GcCell *target = (GcCell *)js_to_cell(pair[0]);
  gc_store_value(heap, target, &gc_slots(target)->slots[js_to_int32(pair[1])], value);
}

bool obj_get_own(ObjContext *cx, JSValue object, JSValue key, JSValue *out_value, uint32_t *out_attrs) {
  uint32_t index;
  JSObject *cell = obj_cell(object);
  if (cell->flags & (OBJ_FLAG_MODULE_NAMESPACE | OBJ_FLAG_MAPPED_ARGUMENTS)) {
    uint32_t saved = cell->flags;
    cell->flags &= ~(OBJ_FLAG_MODULE_NAMESPACE | OBJ_FLAG_MAPPED_ARGUMENTS);
    bool found = obj_get_own(cx, object, key, out_value, out_attrs);
    cell->flags = saved;
    return namespace_get_own(found, out_value, found ? *out_attrs : 0);
  }
  switch (classify(cx, object, key, &index)) {
    case KEY_INDEX: return elem_get(cell, index, out_value, out_attrs);
    case KEY_NAMED: return named_get(cell, key, out_value, out_attrs);
    case KEY_LENGTH:
      *out_value = js_from_number((double)cell->length);
      *out_attrs = length_attrs(cell);
      return true;
    case KEY_INVALID: break;
  }
  return false;
}

bool obj_lookup(ObjContext *cx, JSValue object, JSValue key, JSValue *out_holder, JSValue *out_value,
                uint32_t *out_attrs) {
  /* obj_set_prototype refuses cycles, so the walk ends at a null prototype. */
  for (JSValue holder = object; js_is_object(holder); holder = obj_prototype(holder)) {
    if (obj_get_own(cx, holder, key, out_value, out_attrs)) {
      *out_holder = holder;
      return true;
    }
  }
  return false;
}

int obj_define_own(ObjContext *cx, JSValue object, JSValue key, JSValue value, uint32_t attrs, bool *out_ok) {
  uint32_t index;
  JSObject *cell = obj_cell(object);
  JSValue ref;
  uint32_t ref_attrs;
  if ((cell->flags & OBJ_FLAG_MAPPED_ARGUMENTS) && classify(cx, object, key, &index) == KEY_INDEX &&
      elem_get(cell, index, &ref, &ref_attrs) && js_tag(ref) == JS_TAG_CELL) {
    /* 10.4.4.2 [[DefineOwnProperty]] of a mapped argument: a data value also goes to the
     * parameter; the mapping stays only while the element is a writable data property */
    note_prototype_change(cx, cell);
    if (attrs & PROP_ACCESSOR) return elem_define(cx->heap, cell, index, value, attrs & PROP_ATTRS_MASK, out_ok);
    binding_ref_set(cx->heap, ref, value);
    return elem_define(cx->heap, cell, index, (attrs & PROP_WRITABLE) ? ref : value, attrs & PROP_ATTRS_MASK, out_ok);
  }
  if ((cell->flags & OBJ_FLAG_MODULE_NAMESPACE) && !js_is_symbol(key)) {
    /* 10.4.6.6: only a descriptor the property already satisfies is accepted (the caller
     * validated it against obj_get_own's view, so what is left is the value itself) */
    JSValue current;
    uint32_t current_attrs;
    bool same = false;
    if (obj_get_own(cx, object, key, &current, &current_attrs) && (attrs & PROP_ATTRS_MASK) == current_attrs) {
      if (js_is_number(current) && js_is_number(value)) {
        double a = js_number_value(current), b = js_number_value(value);
        same = (a == b && signbit(a) == signbit(b)) || (a != a && b != b);
      } else if (js_is_string(current) && js_is_string(value)) {
        int status = str_equals(cx->heap, current, value, &same);
        if (status != 0) return status;
      } else {
        same = js_same_bits(current, value);
      }
    }
    *out_ok = same;
    return 0;
  }
  note_prototype_change(cx, cell);
  attrs &= PROP_ATTRS_MASK;
  switch (classify(cx, object, key, &index)) {
    case KEY_INDEX: return elem_define(cx->heap, cell, index, value, attrs, out_ok);
    case KEY_NAMED: return named_define(cx, cell, key, value, attrs, out_ok);
    case KEY_LENGTH: return define_length(cx, cell, value, attrs, out_ok);
    case KEY_INVALID: break;
  }
  return PT_EINVAL;
}

int obj_set_own(ObjContext *cx, JSValue object, JSValue key, JSValue value, bool *out_ok) {
  uint32_t index;
  JSObject *cell = obj_cell(object);
  if (cell->flags & OBJ_FLAG_MODULE_NAMESPACE) { /* 10.4.6.9 [[Set]] */
    *out_ok = false;
    return 0;
  }
  JSValue ref;
  uint32_t ref_attrs;
  if ((cell->flags & OBJ_FLAG_MAPPED_ARGUMENTS) && classify(cx, object, key, &index) == KEY_INDEX &&
      elem_get(cell, index, &ref, &ref_attrs) && js_tag(ref) == JS_TAG_CELL && (ref_attrs & PROP_WRITABLE)) {
    /* 10.4.4.5 [[Set]] of a mapped argument writes the parameter */
    binding_ref_set(cx->heap, ref, value);
    *out_ok = true;
    return 0;
  }
  note_prototype_change(cx, cell);
  switch (classify(cx, object, key, &index)) {
    case KEY_INDEX: return elem_set(cx->heap, cell, index, value, out_ok);
    case KEY_LENGTH: return define_length(cx, cell, value, length_attrs(cell), out_ok);
    case KEY_NAMED: {
      JSValue existing;
      uint32_t attrs;
      if (!named_get(cell, key, &existing, &attrs)) return named_define(cx, cell, key, value, PROP_DEFAULT, out_ok);
      if ((attrs & PROP_ACCESSOR) || !(attrs & PROP_WRITABLE)) {
        *out_ok = false;
        return 0;
      }
      return named_define(cx, cell, key, value, attrs, out_ok);
    }
    case KEY_INVALID: break;
  }
  return PT_EINVAL;
}

int obj_delete(ObjContext *cx, JSValue object, JSValue key, bool *out_deleted) {
  uint32_t index;
  JSObject *cell = obj_cell(object);
  note_prototype_change(cx, cell);
  switch (classify(cx, object, key, &index)) {
    case KEY_INDEX: return elem_delete(cx->heap, cell, index, out_deleted);
    case KEY_NAMED: return named_delete(cx, cell, key, out_deleted);
    case KEY_LENGTH: *out_deleted = false; return 0;
    case KEY_INVALID: break;
  }
  return PT_EINVAL;
}

int obj_set_prototype(ObjContext *cx, JSValue object, JSValue prototype, bool *out_ok) {
  JSObject *cell = obj_cell(object);
  Shape *shape = (Shape *)cell->shape;
  *out_ok = true;
  if (js_same_bits(shape->prototype, prototype)) return 0;
  if (cell->flags & OBJ_FLAG_NOT_EXTENSIBLE) {
    *out_ok = false;
    return 0;
  }
  /* Step 8: no cycles (every object is ordinary until proxies exist). */
  for (JSValue p = prototype; js_is_object(p); p = obj_prototype(p)) {
    if (js_same_bits(p, object)) {
      *out_ok = false;
      return 0;
    }
  }
  Shape *next;
  int status = shape_is_dictionary(shape) ? shape_new_dictionary(cx, prototype, obj_is_array(object), &next)
                                          : shape_set_prototype(cx, shape, prototype, &next);
  if (status != 0) return status;
  gc_store_cell(cx->heap, &cell->cell, &cell->shape, &next->cell);
  if (js_is_object(prototype)) obj_cell(prototype)->flags |= OBJ_FLAG_PROTOTYPE;
  cx->prototype_epoch++;
  return 0;
}

void obj_prevent_extensions(JSValue object) { obj_cell(object)->flags |= OBJ_FLAG_NOT_EXTENSIBLE; }

uint32_t obj_named_count(JSValue object) {
  JSObject *cell = obj_cell(object);
  Shape *shape = (Shape *)cell->shape;
  return shape_is_dictionary(shape) ? dict_cell(cell->properties)->count : shape->property_count;
}

/* Writes the named keys of one kind (strings or symbols) in insertion order; returns how
 * many. Private symbols are never keys. */
static uint32_t write_named_keys(JSObject *object, bool symbols, JSValue *keys) {
  Shape *shape = (Shape *)object->shape;
  uint32_t written = 0;
  bool dictionary = shape_is_dictionary(shape);
  uint32_t count = dictionary ? dict_cell(object->properties)->used : shape->property_count;
  for (uint32_t i = 0; i < count; i++) {
    JSValue key;
    if (dictionary) {
      if (!dict_entry_is_live(dict_cell(object->properties), i)) continue;
      key = dict_cell(object->properties)->entries[i].key;
    } else {
      key = shape_descriptor(shape, i)->key;
    }
    if (js_is_symbol(key) != symbols) continue;
    if (symbols && (symbol_cell(key)->flags & SYMBOL_FLAG_PRIVATE)) continue;
    if (keys != NULL) keys[written] = key;
    written++;
  }
  return written;
}

int obj_own_keys(ObjContext *cx, JSValue object, JSValue *out_list) {
  JSObject *cell = obj_cell(object);
  uint32_t elements = elem_count(cell);
  uint32_t length_key = obj_is_array(object) ? 1 : 0;
  uint32_t strings = write_named_keys(cell, false, NULL);
  uint32_t symbols = write_named_keys(cell, true, NULL);
  GcCell *list = heap_alloc_slots(cx->heap, elements + length_key + strings + symbols, 0, false);
  if (list == NULL) return PT_ENOMEM;
  JSValue *keys = gc_slots(list)->slots;
  /* Plain stores: a fresh cell is young, or old and remembered from birth (heap.md). */
  elem_write_keys(cell, keys);
  if (length_key) keys[elements] = cx->length_atom;
  write_named_keys(cell, false, keys + elements + length_key);
  write_named_keys(cell, true, keys + elements + length_key + strings);
  *out_list = js_from_cell(JS_TAG_CELL, list);
  return 0;
}

/* --- GC ------------------------------------------------------------------------------------ */

void obj_trace(GcCell *cell, GcVisitor *visitor) {
  JSObject *object = (JSObject *)cell;
  gc_visit_cell(visitor, &object->shape);
  gc_visit_cell(visitor, &object->properties);
  gc_visit_cell(visitor, &object->elements);
  gc_visit_range(visitor, object->inobject, object->inobject_count + object->internal_count);
}

void obj_trace_accessor_pair(GcCell *cell, GcVisitor *visitor) {
  AccessorPair *pair = (AccessorPair *)cell;
  gc_visit_value(visitor, &pair->getter);
  gc_visit_value(visitor, &pair->setter);
}
