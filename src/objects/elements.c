/* Elements stores and the Array length rules (see elements.h). A fast store is a CELL_SLOTS
 * cell whose count is its capacity; positions at or past elements_length hold JS_HOLE too,
 * so growing a store only copies the used prefix. A store grows by half plus 16; a write
 * that would leave most of a large store empty switches to the dictionary kind instead.
 * Invariant: element_count is the number of present elements in every kind, so sparseness
 * checks and key enumeration need no scan. */
#include "objects/elements.h"

#include <stdlib.h>

#include "base/errors.h"
#include "objects/dictionary.h"

/* Stores bigger than this are checked for sparseness before they grow. */
enum { SPARSE_CHECK_CAPACITY = 1024, SPARSE_CHECK_LENGTH = 64 };

static void set_kind(JSObject *object, ElementsKind kind) {
  object->flags = (object->flags & ~(uint32_t)OBJ_ELEMENTS_KIND_MASK) | ((uint32_t)kind << OBJ_ELEMENTS_KIND_SHIFT);
}

static uint32_t capacity_of(JSObject *object) {
  return object->elements != NULL ? gc_slots(object->elements)->count : 0;
}

/* A packed array must also have every index below length present. */
static void update_packedness(JSObject *object) {
  if (obj_elements_kind(object) == ELEMENTS_PACKED && (object->flags & OBJ_FLAG_ARRAY) &&
      object->length != object->elements_length) {
    set_kind(object, ELEMENTS_HOLEY);
  }
}

bool elem_get(JSObject *object, uint32_t index, JSValue *out_value, uint32_t *out_attrs) {
  if (object->elements == NULL) return false;
  if (obj_elements_kind(object) == ELEMENTS_DICTIONARY) {
    Dictionary *dict = dict_cell(object->elements);
    int32_t entry = dict_find(dict, dict_index_key(index), dict_index_hash(index));
    if (entry < 0) return false;
    *out_value = dict->entries[entry].value;
    *out_attrs = dict->entries[entry].attrs;
    return true;
  }
  if (index >= object->elements_length) return false;
  JSValue value = gc_slots(object->elements)->slots[index];
  if (js_is_hole(value)) return false;
  *out_value = value;
  *out_attrs = PROP_DEFAULT;
  return true;
}

int elem_to_dictionary(Heap *heap, JSObject *object) {
  if (obj_elements_kind(object) == ELEMENTS_DICTIONARY) return 0;
  GcCell *dict;
  int status = dict_new(heap, object->element_count + 4, &dict);
  if (status != 0) return status;
  GcSlots *store = object->elements != NULL ? gc_slots(object->elements) : NULL;
  for (uint32_t i = 0; i < object->elements_length; i++) {
    JSValue value = store->slots[i];
    if (js_is_hole(value)) continue;
    /* Room was reserved for every present element: this never grows, never fails. */
    status = dict_add(heap, dict, &dict, dict_index_key(i), dict_index_hash(i), value, PROP_DEFAULT);
    if (status != 0) return status;
  }
  gc_store_cell(heap, &object->cell, &object->elements, dict);
  object->elements_length = 0;
  set_kind(object, ELEMENTS_DICTIONARY);
  return 0;
}

/* A dictionary that has filled in (every element plain, indices at least half used) goes
 * back to a fast store, as V8 does, so `a[n] = x` before `a[0…n-1]` is not slow forever.
 * Checked when the element count reaches a power of two: amortized O(1) per element.
 * Failing to allocate the store only keeps the dictionary. */
static void maybe_to_fast(Heap *heap, JSObject *object) {
  uint32_t count = object->element_count;
  if (count < 16 || (count & (count - 1)) != 0) return;
  Dictionary *dict = dict_cell(object->elements);
  uint32_t end = 0;
  for (uint32_t i = 0; i < dict->used; i++) {
    if (!dict_entry_is_live(dict, i)) continue;
    if (dict->entries[i].attrs != PROP_DEFAULT) return;
    uint32_t index = dict_key_index(dict->entries[i].key);
    if (index >= end) end = index + 1;
  }
  if (end > (uint64_t)count * 2) return;
  GcCell *store_cell = heap_alloc_slots(heap, end + end / 4 + 4, 0, false);
  if (store_cell == NULL) return;
  GcSlots *store = gc_slots(store_cell);
  for (uint32_t i = 0; i < store->count; i++) store->slots[i] = JS_HOLE;
  for (uint32_t i = 0; i < dict->used; i++) {
    if (dict_entry_is_live(dict, i)) {
      gc_store_value(heap, store_cell, &store->slots[dict_key_index(dict->entries[i].key)], dict->entries[i].value);
    }
  }
  gc_store_cell(heap, &object->cell, &object->elements, store_cell);
  object->elements_length = end;
  set_kind(object, count == end ? ELEMENTS_PACKED : ELEMENTS_HOLEY);
}

/* Makes room for a fast store write at `index` (>= elements_length), or moves to the
 * dictionary kind when the store would be mostly holes. */
static int prepare_fast_write(Heap *heap, JSObject *object, uint32_t index) {
  uint32_t capacity = capacity_of(object);
  if (index - object->elements_length > ELEM_MAX_GAP) return elem_to_dictionary(heap, object);
  if (index < capacity) return 0;
  uint64_t wanted = (uint64_t)index + index / 2 + 16;
  if (wanted > SPARSE_CHECK_CAPACITY && ((uint64_t)object->element_count + 1) * 4 < wanted) {
    return elem_to_dictionary(heap, object);
  }
  if (wanted > ELEM_MAX_INDEX) wanted = (uint64_t)index + 1;
  if (wanted > (SIZE_MAX - 1024) / sizeof(JSValue)) return PT_ENOMEM; /* wasm32: size_t overflow */
  GcCell *grown = heap_alloc_slots(heap, (uint32_t)wanted, 0, false);
  if (grown == NULL) return PT_ENOMEM;
  GcSlots *to = gc_slots(grown);
  GcSlots *from = object->elements != NULL ? gc_slots(object->elements) : NULL;
  for (uint32_t i = 0; i < to->count; i++) {
    to->slots[i] = i < object->elements_length ? from->slots[i] : JS_HOLE;
  }
  gc_store_cell(heap, &object->cell, &object->elements, grown);
  return 0;
}

/* The array length an index write leaves (10.4.2.1 ArrayDefineOwnProperty, step 3.k). */
static void extend_length(JSObject *object, uint32_t index) {
  if ((object->flags & OBJ_FLAG_ARRAY) && index >= object->length) object->length = index + 1;
}

int elem_define(Heap *heap, JSObject *object, uint32_t index, JSValue value, uint32_t attrs, bool *out_ok) {
  bool is_array = (object->flags & OBJ_FLAG_ARRAY) != 0;
  /* 10.4.2.1 step 3.h: nothing may be added at or past a read-only length. */
  if (is_array && index >= object->length && (object->flags & OBJ_FLAG_LENGTH_READONLY)) {
    *out_ok = false;
    return 0;
  }
  JSValue existing;
  uint32_t existing_attrs;
  bool exists = elem_get(object, index, &existing, &existing_attrs);
  if (!exists && (object->flags & OBJ_FLAG_NOT_EXTENSIBLE)) {
    *out_ok = false;
    return 0;
  }
  int status = 0;
  if (obj_elements_kind(object) != ELEMENTS_DICTIONARY) {
    if (attrs != PROP_DEFAULT) {
      status = elem_to_dictionary(heap, object);
    } else if (index >= object->elements_length) {
      status = prepare_fast_write(heap, object, index);
    }
    if (status != 0) return status;
  }
  if (obj_elements_kind(object) != ELEMENTS_DICTIONARY) {
    GcSlots *store = gc_slots(object->elements);
    gc_store_value(heap, object->elements, &store->slots[index], value);
    if (!exists) object->element_count++;
    if (index > object->elements_length) set_kind(object, ELEMENTS_HOLEY);
    if (index >= object->elements_length) object->elements_length = index + 1;
  } else {
    Dictionary *dict = dict_cell(object->elements);
    JSValue key = dict_index_key(index);
    uint32_t hash = dict_index_hash(index);
    int32_t entry = dict_find(dict, key, hash);
    if (entry >= 0) {
      dict_set_value(heap, dict, (uint32_t)entry, value);
      dict->entries[entry].attrs = attrs;
    } else {
      status = dict_add(heap, &object->cell, &object->elements, key, hash, value, attrs);
      if (status != 0) return status;
      object->element_count++;
    }
  }
  extend_length(object, index);
  if (obj_elements_kind(object) == ELEMENTS_DICTIONARY) maybe_to_fast(heap, object);
  update_packedness(object);
  *out_ok = true;
  return 0;
}

int elem_set(Heap *heap, JSObject *object, uint32_t index, JSValue value, bool *out_ok) {
  JSValue existing;
  uint32_t attrs;
  if (!elem_get(object, index, &existing, &attrs)) return elem_define(heap, object, index, value, PROP_DEFAULT, out_ok);
  if ((attrs & PROP_ACCESSOR) || !(attrs & PROP_WRITABLE)) {
    *out_ok = false;
    return 0;
  }
  if (obj_elements_kind(object) == ELEMENTS_DICTIONARY) {
    Dictionary *dict = dict_cell(object->elements);
    int32_t entry = dict_find(dict, dict_index_key(index), dict_index_hash(index));
    dict_set_value(heap, dict, (uint32_t)entry, value);
  } else {
    gc_store_value(heap, object->elements, &gc_slots(object->elements)->slots[index], value);
  }
  *out_ok = true;
  return 0;
}

int elem_delete(Heap *heap, JSObject *object, uint32_t index, bool *out_deleted) {
  *out_deleted = true;
  if (object->elements == NULL) return 0;
  if (obj_elements_kind(object) == ELEMENTS_DICTIONARY) {
    Dictionary *dict = dict_cell(object->elements);
    int32_t entry = dict_find(dict, dict_index_key(index), dict_index_hash(index));
    if (entry < 0) return 0;
    if (!(dict->entries[entry].attrs & PROP_CONFIGURABLE)) {
      *out_deleted = false;
      return 0;
    }
    dict_remove(dict, (uint32_t)entry);
    object->element_count--;
    return 0;
  }
  GcSlots *store = gc_slots(object->elements);
  if (index >= object->elements_length || js_is_hole(store->slots[index])) return 0;
  store->slots[index] = JS_HOLE;
  object->element_count--;
  if (!(object->flags & OBJ_FLAG_ARRAY) && index + 1 == object->elements_length) {
    /* A non-array's trailing hole is simply the end of its elements. */
    while (object->elements_length > 0 && js_is_hole(store->slots[object->elements_length - 1])) {
      object->elements_length--;
    }
  } else {
    set_kind(object, ELEMENTS_HOLEY);
  }
  if (object->elements_length > SPARSE_CHECK_LENGTH && object->element_count * 8 < object->elements_length) {
    return elem_to_dictionary(heap, object); /* failing to shrink is only a missed saving */
  }
  return 0;
}

int elem_set_length(Heap *heap, JSObject *object, uint32_t new_length, bool *out_ok) {
  uint32_t old_length = object->length;
  if (new_length == old_length) {
    *out_ok = true;
    return 0;
  }
  /* 10.4.2.4 steps 13-14: a read-only length cannot change. */
  if (object->flags & OBJ_FLAG_LENGTH_READONLY) {
    *out_ok = false;
    return 0;
  }
  *out_ok = true;
  if (new_length > old_length) {
    object->length = new_length;
    update_packedness(object);
    return 0;
  }
  if (obj_elements_kind(object) != ELEMENTS_DICTIONARY) {
    if (object->elements != NULL) {
      GcSlots *store = gc_slots(object->elements);
      for (uint32_t i = new_length; i < object->elements_length; i++) {
        if (!js_is_hole(store->slots[i])) object->element_count--;
        store->slots[i] = JS_HOLE;
      }
      if (object->elements_length > new_length) object->elements_length = new_length;
    }
    object->length = new_length;
    return 0;
  }
  /* Step 17: deleting from the end stops at the first non-configurable element, so every
   * element above the highest non-configurable one goes and the length ends just past it. */
  Dictionary *dict = dict_cell(object->elements);
  uint32_t target = new_length;
  for (uint32_t i = 0; i < dict->used; i++) {
    if (!dict_entry_is_live(dict, i) || (dict->entries[i].attrs & PROP_CONFIGURABLE)) continue;
    uint32_t index = dict_key_index(dict->entries[i].key);
    if (index >= target) {
      target = index + 1;
      *out_ok = false;
    }
  }
  for (uint32_t i = 0; i < dict->used; i++) {
    if (dict_entry_is_live(dict, i) && dict_key_index(dict->entries[i].key) >= target) {
      dict_remove(dict, i);
      object->element_count--;
    }
  }
  object->length = target;
  return 0;
}

uint32_t elem_count(JSObject *object) { return object->element_count; }

static int compare_index_keys(const void *a, const void *b) {
  uint32_t left = dict_key_index(*(const JSValue *)a), right = dict_key_index(*(const JSValue *)b);
  return left < right ? -1 : left > right;
}

void elem_write_keys(JSObject *object, JSValue *keys) {
  uint32_t written = 0;
  if (object->elements == NULL) return;
  if (obj_elements_kind(object) != ELEMENTS_DICTIONARY) {
    GcSlots *store = gc_slots(object->elements);
    for (uint32_t i = 0; i < object->elements_length; i++) {
      if (!js_is_hole(store->slots[i])) keys[written++] = dict_index_key(i);
    }
    return;
  }
  Dictionary *dict = dict_cell(object->elements);
  for (uint32_t i = 0; i < dict->used; i++) {
    if (dict_entry_is_live(dict, i)) keys[written++] = dict->entries[i].key;
  }
  qsort(keys, written, sizeof *keys, compare_index_keys);
}
