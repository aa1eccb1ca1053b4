/* The ordered dictionary (see dictionary.h): entries in insertion order, buckets of entry
 * numbers with linear probing. Deleting leaves a JS_HOLE key behind, which probing steps
 * over; a full table is rebuilt at twice its live size, which drops the holes.
 * Invariant: bucket count is a power of two at least twice the entry capacity, so a probe
 * always ends at an empty bucket. */
#include "objects/dictionary.h"

#include "base/errors.h"
#include "objects/cell_trace.h"

static uint32_t bucket_count_for(uint32_t capacity) {
  uint32_t buckets = 8;
  while (buckets < capacity * 2) buckets *= 2;
  return buckets;
}

int dict_new(Heap *heap, uint32_t capacity, GcCell **out) {
  if (capacity < 4) capacity = 4;
  uint32_t buckets = bucket_count_for(capacity);
  size_t size = sizeof(Dictionary) + (size_t)capacity * sizeof(DictEntry) + (size_t)buckets * sizeof(uint32_t);
  GcCell *cell = heap_alloc(heap, CELL_DICTIONARY, size);
  if (cell == NULL) return PT_ENOMEM;
  Dictionary *dict = dict_cell(cell);
  dict->capacity = capacity;
  dict->bucket_mask = buckets - 1; /* entries and buckets are zero-filled: all empty */
  *out = cell;
  return 0;
}

int32_t dict_find(Dictionary *dict, JSValue key, uint32_t hash) {
  uint32_t *buckets = dict_buckets(dict);
  for (uint32_t at = hash & dict->bucket_mask;; at = (at + 1) & dict->bucket_mask) {
    uint32_t entry = buckets[at];
    if (entry == 0) return -1;
    if (dict->entries[entry - 1].hash == hash && js_same_bits(dict->entries[entry - 1].key, key)) {
      return (int32_t)(entry - 1);
    }
  }
}

/* Appends without checking room; the caller made sure used < capacity. */
static void append(Heap *heap, Dictionary *dict, JSValue key, uint32_t hash, JSValue value, uint32_t attrs) {
  uint32_t entry = dict->used++;
  DictEntry *slot = &dict->entries[entry];
  gc_store_value(heap, &dict->cell, &slot->key, key);
  gc_store_value(heap, &dict->cell, &slot->value, value);
  slot->hash = hash;
  slot->attrs = attrs;
  dict->count++;
  uint32_t *buckets = dict_buckets(dict);
  uint32_t at = hash & dict->bucket_mask;
  while (buckets[at] != 0) at = (at + 1) & dict->bucket_mask;
  buckets[at] = entry + 1;
}

int dict_add(Heap *heap, GcCell *owner, GcCell **slot, JSValue key, uint32_t hash, JSValue value,
             uint32_t attrs) {
  Dictionary *dict = dict_cell(*slot);
  if (dict->used == dict->capacity) {
    GcCell *grown_cell;
    int status = dict_new(heap, dict->count * 2 + 4, &grown_cell);
    if (status != 0) return status;
    Dictionary *grown = dict_cell(grown_cell);
    for (uint32_t i = 0; i < dict->used; i++) {
      DictEntry *entry = &dict->entries[i];
      if (!js_is_hole(entry->key)) append(heap, grown, entry->key, entry->hash, entry->value, entry->attrs);
    }
    gc_store_cell(heap, owner, slot, grown_cell);
    dict = grown;
  }
  append(heap, dict, key, hash, value, attrs);
  return 0;
}

void dict_set_value(Heap *heap, Dictionary *dict, uint32_t entry, JSValue value) {
  gc_store_value(heap, &dict->cell, &dict->entries[entry].value, value);
}

void dict_remove(Dictionary *dict, uint32_t entry) {
  dict->entries[entry].key = JS_HOLE;
  dict->entries[entry].value = JS_UNDEFINED;
  dict->entries[entry].attrs = 0;
  dict->count--;
}

uint32_t dict_index_hash(uint32_t index) {
  index ^= index >> 16;
  index *= 0x7FEB352Du;
  index ^= index >> 15;
  index *= 0x846CA68Bu;
  index ^= index >> 16;
  return index;
}

void dict_trace(GcCell *cell, GcVisitor *visitor) {
  Dictionary *dict = dict_cell(cell);
  for (uint32_t i = 0; i < dict->used; i++) {
    gc_visit_value(visitor, &dict->entries[i].key);
    gc_visit_value(visitor, &dict->entries[i].value);
  }
}
