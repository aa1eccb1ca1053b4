/* The ordered hash table behind Map, Set, WeakMap and WeakSet (ECMA-262 §24): entries in
 * insertion order, each bucket the head of a chain of entry numbers. Keys compare by
 * SameValueZero (hashmap_normalize_key folds -0 into +0 and every integral double into its
 * int32 form, so equal numbers have equal bits; strings compare by content).
 *
 * Live iteration: a deleted entry stays in place (key JS_HOLE) until the table is rebuilt,
 * so an iterator's position — an entry number — stays meaningful. A rebuild (growth, shrink,
 * clear) makes a new table and leaves the old one obsolete, pointing at its replacement,
 * with each old entry reduced to "was live" (JS_TRUE) or "was deleted" (JS_HOLE) and its
 * references dropped. An iterator holding an obsolete table moves to the new one at the
 * number of live entries before its position (rebuilding keeps the live entries' order;
 * clear leaves none), exactly as V8's OrderedHashTable transitions do.
 *
 * Weak tables (WeakMap, WeakSet) keep in each entry's key slot a CELL_EPHEMERON holding the
 * real key weakly and the value (heap.h): the collector clears a dead key's ephemeron, and
 * such entries count as deleted from then on (they are dropped at the next rebuild).
 *
 * Every function is a C leaf: it may allocate but never collects or calls JS; a table
 * replaced by growth is stored back into the owner's slot through the barrier. Functions
 * return 0 or PT_ENOMEM (nothing changed). */
#ifndef PETREL_OBJECTS_HASHMAP_H
#define PETREL_OBJECTS_HASHMAP_H

#include <stdbool.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/value.h"

typedef struct HashEntry {
  JSValue key;   /* JS_HOLE: deleted; weak tables: the entry's ephemeron (a cell value) */
  JSValue value; /* weak tables: unused (the ephemeron holds it) */
  uint32_t hash;
  uint32_t next; /* the next entry of the chain + 1; 0 ends it */
} HashEntry;

enum {
  HASHMAP_WEAK = 1u << 0,     /* keys and values live in ephemerons */
  HASHMAP_OBSOLETE = 1u << 1  /* replaced by `next_table`; entries only say live/deleted */
};

typedef struct HashTable {
  GcCell cell;
  uint32_t capacity;    /* entries room */
  uint32_t used;        /* entries appended so far, deleted ones included */
  uint32_t count;       /* live entries (weak tables: an upper bound) */
  uint32_t bucket_mask; /* buckets - 1; the bucket array follows the entries */
  uint32_t flags;       /* HASHMAP_* */
  uint32_t reserved;
  GcCell *next_table;   /* HASHMAP_OBSOLETE: the table that replaced this one */
  HashEntry entries[];
} HashTable;

static inline HashTable *hashmap_cell(GcCell *cell) { return (HashTable *)cell; }
static inline HashTable *hashmap_of(JSValue table) { return (HashTable *)js_to_cell(table); }

/* The key as the table stores it: -0 → +0, integral doubles in int32 range → int32. */
JSValue hashmap_normalize_key(JSValue key);

/* A new empty table (weak or not), as a cell value. */
int hashmap_new(Heap *heap, bool weak, uint32_t capacity, JSValue *out);

/* The live entry holding a (normalized) key, or -1. May flatten a string key (allocation). */
int hashmap_find(Heap *heap, JSValue table, JSValue key, int32_t *out_entry);

/* The key and value of live entry i. */
JSValue hashmap_entry_key(JSValue table, uint32_t entry);
JSValue hashmap_entry_value(JSValue table, uint32_t entry);

/* Sets key → value (adding the key when absent). *slot (a JSValue field of `owner`) holds
 * the table; growth stores the new one there. */
int hashmap_set(Heap *heap, GcCell *owner, JSValue *slot, JSValue key, JSValue value);

/* Deletes the key; *out_deleted says whether it was there. May shrink (through *slot). */
int hashmap_delete(Heap *heap, GcCell *owner, JSValue *slot, JSValue key, bool *out_deleted);

/* Removes every entry: *slot gets a fresh empty table, the old one becomes obsolete. */
int hashmap_clear(Heap *heap, GcCell *owner, JSValue *slot);

/* Live entries (strong tables). */
static inline uint32_t hashmap_size(JSValue table) { return hashmap_of(table)->count; }

/* Advances an iterator: *table and *position are its state (position: the next entry to
 * look at). Follows obsolete tables to the current one, then returns the next live entry at
 * or after the position (and moves past it), or -1 at the end. */
int32_t hashmap_iterate(JSValue *table, uint32_t *position);

/* The collector's view (cell_types.def). */
void hashmap_trace(GcCell *cell, GcVisitor *visitor);

#endif
