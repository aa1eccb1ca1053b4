/* The ordered dictionary: a hash table of key → value + attributes that remembers insertion
 * order (entries are appended; buckets index them). Dictionary-mode objects keep their named
 * properties in one, keyed by atoms and symbols; sparse elements keep index → value in one,
 * keyed by js_from_number(index). Keys compare by bits: atoms are unique per content,
 * symbols per identity, and an index has exactly one boxed form.
 * Invariants: `hash` of every entry is the caller's hash of its key, fixed (it never depends
 * on an address); a deleted entry keeps its place with key JS_HOLE until the table is
 * rebuilt, so the order of the rest never changes. */
#ifndef PETREL_OBJECTS_DICTIONARY_H
#define PETREL_OBJECTS_DICTIONARY_H

#include <stdbool.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/value.h"

typedef struct DictEntry {
  JSValue key;   /* JS_HOLE: deleted */
  JSValue value;
  uint32_t hash;
  uint32_t attrs; /* PROP_* (shape.h) */
} DictEntry;

typedef struct Dictionary {
  GcCell cell;
  uint32_t capacity;    /* entries room */
  uint32_t used;        /* entries appended so far, deleted ones included */
  uint32_t count;       /* live entries */
  uint32_t bucket_mask; /* buckets - 1; buckets follow the entries: 0 empty, else entry + 1 */
  DictEntry entries[];
} Dictionary;

/* The table behind a CELL_DICTIONARY cell, its bucket array, and whether entry i is live. */
static inline Dictionary *dict_cell(GcCell *cell) { return (Dictionary *)cell; }
static inline uint32_t *dict_buckets(Dictionary *dict) { return (uint32_t *)(dict->entries + dict->capacity); }
static inline bool dict_entry_is_live(const Dictionary *dict, uint32_t entry) {
  return !js_is_hole(dict->entries[entry].key);
}

/* An empty dictionary with room for `capacity` entries (young). 0 or PT_ENOMEM. */
int dict_new(Heap *heap, uint32_t capacity, GcCell **out);

/* The entry holding `key`, or -1. */
int32_t dict_find(Dictionary *dict, JSValue key, uint32_t hash);

/* Appends key (absent) → value + attrs. When the table is full it is rebuilt larger, and
 * the new table is stored into *slot of `owner` through the barrier. 0 or PT_ENOMEM (then
 * nothing changed). */
int dict_add(Heap *heap, GcCell *owner, GcCell **slot, JSValue key, uint32_t hash, JSValue value,
             uint32_t attrs);

/* Replaces an entry's value (through the barrier). */
void dict_set_value(Heap *heap, Dictionary *dict, uint32_t entry, JSValue value);

/* Deletes an entry; its place stays (key JS_HOLE) so the other entries keep their order. */
void dict_remove(Dictionary *dict, uint32_t entry);

/* The hash for an index key, and the boxed key itself (int32 below 2^31, else a double). */
uint32_t dict_index_hash(uint32_t index);
static inline JSValue dict_index_key(uint32_t index) { return js_from_number((double)index); }
static inline uint32_t dict_key_index(JSValue key) { return (uint32_t)js_number_value(key); }

#endif
