/* The ordered hash table of Map, Set, WeakMap and WeakSet (see hashmap.h): entries appended
 * in insertion order and chained per bucket; deletion leaves a hole; a rebuild compacts into
 * a new table and leaves the old one as a forwarding record for live iterators.
 * Invariants: the bucket count is a power of two no smaller than the capacity; every live
 * entry is on exactly the chain of its hash's bucket; an obsolete table is never modified
 * again and holds no references but its successor. */
#include "objects/hashmap.h"

#include <string.h>

#include "base/errors.h"
#include "objects/bigint_cell.h"
#include "objects/cell_trace.h"
#include "objects/identity.h"
#include "objects/object.h"
#include "objects/string.h"
#include "objects/symbol.h"

enum { MIN_CAPACITY = 8 };

static uint32_t mix64(uint64_t value) { return identity_mix32((uint32_t)value ^ identity_mix32((uint32_t)(value >> 32))); }

static uint32_t *buckets_of(HashTable *table) { return (uint32_t *)(table->entries + table->capacity); }

static uint32_t round_capacity(uint32_t wanted) {
  uint32_t capacity = MIN_CAPACITY;
  while (capacity < wanted) capacity *= 2;
  return capacity;
}

JSValue hashmap_normalize_key(JSValue key) {
  if (js_is_double(key)) {
    double number = js_to_double(key);
    if (number == 0) return js_from_int32(0); /* -0 and +0 are one key (SameValueZero) */
    return js_from_number(number);
  }
  return key;
}

/* The hash of a normalized key: content for strings and BigInts, the stored identity hash
 * for objects and symbols (it survives moves), the bits for everything else. */
static int hash_key(Heap *heap, JSValue key, uint32_t *out_hash) {
  if (js_is_string(key)) return str_hash(heap, key, out_hash);
  if (js_is_object(key)) {
    *out_hash = obj_identity_hash(key);
  } else if (js_is_symbol(key)) {
    *out_hash = symbol_hash(key);
  } else if (js_is_bigint(key)) {
    JSBigInt *big = bigint_cell(key);
    uint32_t h = big->negative ? 0x9E3779B9u : 0;
    for (uint32_t i = 0; i < big->length; i++) h = mix64(((uint64_t)h << 32) | big->digits[i]);
    *out_hash = mix64(((uint64_t)h << 32) | big->length);
  } else {
    *out_hash = mix64(key.bits);
  }
  return 0;
}

/* The key an entry holds (the ephemeron's for weak tables; undefined once it died). */
static JSValue stored_key(const HashTable *table, const HashEntry *entry) {
  if (js_is_hole(entry->key)) return JS_HOLE;
  if (table->flags & HASHMAP_WEAK) return gc_ephemeron((GcCell *)js_to_cell(entry->key))->key;
  return entry->key;
}

static bool entry_is_live(const HashTable *table, const HashEntry *entry) {
  JSValue key = stored_key(table, entry);
  return !js_is_hole(key) && !js_is_undefined(key);
}

static int keys_equal(Heap *heap, JSValue a, JSValue b, bool *out_equal) {
  if (js_same_bits(a, b)) {
    *out_equal = true;
    return 0;
  }
  if (js_is_string(a) && js_is_string(b)) return str_equals(heap, a, b, out_equal);
  *out_equal = js_is_bigint(a) && js_is_bigint(b) && bigint_cell_equal(a, b);
  return 0;
}

static int allocate(Heap *heap, uint32_t flags, uint32_t capacity, JSValue *out) {
  size_t size = sizeof(HashTable) + (size_t)capacity * sizeof(HashEntry) + (size_t)capacity * sizeof(uint32_t);
  GcCell *cell = heap_alloc(heap, CELL_HASH_TABLE, size);
  if (cell == NULL) return PT_ENOMEM;
  HashTable *table = hashmap_cell(cell);
  table->capacity = capacity;
  table->bucket_mask = capacity - 1; /* capacity is a power of two; entries and buckets are zero */
  table->flags = flags;
  *out = js_from_cell(JS_TAG_CELL, cell);
  return 0;
}

int hashmap_new(Heap *heap, bool weak, uint32_t capacity, JSValue *out) {
  return allocate(heap, weak ? HASHMAP_WEAK : 0, round_capacity(capacity), out);
}

/* Appends without checking room (used < capacity). */
static void append(Heap *heap, HashTable *table, JSValue key, uint32_t hash, JSValue value) {
  uint32_t index = table->used++;
  HashEntry *entry = &table->entries[index];
  gc_store_value(heap, &table->cell, &entry->key, key);
  gc_store_value(heap, &table->cell, &entry->value, value);
  entry->hash = hash;
  uint32_t *bucket = &buckets_of(table)[hash & table->bucket_mask];
  entry->next = *bucket;
  *bucket = index + 1;
  table->count++;
}

/* Leaves `old` as a forwarding record: entries say only whether they were live (JS_TRUE)
 * or not (JS_HOLE), so iterators can find their place in `replacement`. */
static void make_obsolete(Heap *heap, HashTable *old, JSValue replacement, bool keep_live) {
  for (uint32_t i = 0; i < old->used; i++) {
    HashEntry *entry = &old->entries[i];
    entry->key = keep_live && entry_is_live(old, entry) ? JS_TRUE : JS_HOLE;
    entry->value = JS_UNDEFINED;
  }
  old->flags |= HASHMAP_OBSOLETE;
  gc_store_cell(heap, &old->cell, &old->next_table, (GcCell *)js_to_cell(replacement));
}

/* Rebuilds the table in *slot with room for `wanted` entries, dropping holes (and dead
 * weak entries). */
static int rebuild(Heap *heap, GcCell *owner, JSValue *slot, uint32_t wanted) {
  HashTable *old = hashmap_of(*slot);
  JSValue fresh;
  int status = allocate(heap, old->flags & HASHMAP_WEAK, round_capacity(wanted), &fresh);
  if (status != 0) return status;
  HashTable *table = hashmap_of(fresh);
  for (uint32_t i = 0; i < old->used; i++) {
    HashEntry *entry = &old->entries[i];
    if (entry_is_live(old, entry)) append(heap, table, entry->key, entry->hash, entry->value);
  }
  make_obsolete(heap, old, fresh, true);
  gc_store_value(heap, owner, slot, fresh);
  return 0;
}

int hashmap_find(Heap *heap, JSValue table_value, JSValue key, int32_t *out_entry) {
  HashTable *table = hashmap_of(table_value);
  *out_entry = -1;
  uint32_t hash;
  int status = hash_key(heap, key, &hash);
  if (status != 0) return status;
  for (uint32_t next = buckets_of(table)[hash & table->bucket_mask]; next != 0;) {
    HashEntry *entry = &table->entries[next - 1];
    if (entry->hash == hash) {
      JSValue candidate = stored_key(table, entry);
      if (!js_is_hole(candidate)) {
        bool equal;
        status = keys_equal(heap, candidate, key, &equal);
        if (status != 0) return status;
        if (equal) {
          *out_entry = (int32_t)(next - 1);
          return 0;
        }
      }
    }
    next = entry->next;
  }
  return 0;
}

JSValue hashmap_entry_key(JSValue table, uint32_t entry) {
  return stored_key(hashmap_of(table), &hashmap_of(table)->entries[entry]);
}

JSValue hashmap_entry_value(JSValue table_value, uint32_t entry) {
  HashTable *table = hashmap_of(table_value);
  if (table->flags & HASHMAP_WEAK) return gc_ephemeron((GcCell *)js_to_cell(table->entries[entry].key))->value;
  return table->entries[entry].value;
}

int hashmap_set(Heap *heap, GcCell *owner, JSValue *slot, JSValue key, JSValue value) {
  int32_t found;
  int status = hashmap_find(heap, *slot, key, &found);
  if (status != 0) return status;
  HashTable *table = hashmap_of(*slot);
  if (found >= 0) {
    if (table->flags & HASHMAP_WEAK) {
      GcCell *ephemeron = (GcCell *)js_to_cell(table->entries[found].key);
      gc_store_value(heap, ephemeron, &gc_ephemeron(ephemeron)->value, value);
    } else {
      gc_store_value(heap, &table->cell, &table->entries[found].value, value);
    }
    return 0;
  }
  uint32_t hash;
  status = hash_key(heap, key, &hash);
  if (status != 0) return status;
  JSValue stored = key, stored_value = value;
  if (table->flags & HASHMAP_WEAK) {
    GcCell *ephemeron = heap_alloc_ephemeron(heap, key, value);
    if (ephemeron == NULL) return PT_ENOMEM;
    stored = js_from_cell(JS_TAG_CELL, ephemeron);
    stored_value = JS_UNDEFINED;
  }
  if (table->used == table->capacity) {
    /* Weak tables may hold dead entries the collector cleared: count the live ones. */
    uint32_t live = 0;
    for (uint32_t i = 0; i < table->used; i++) live += entry_is_live(table, &table->entries[i]);
    status = rebuild(heap, owner, slot, live * 2 > MIN_CAPACITY ? live * 2 : live + 1);
    if (status != 0) return status;
    table = hashmap_of(*slot);
  }
  append(heap, table, stored, hash, stored_value);
  return 0;
}

int hashmap_delete(Heap *heap, GcCell *owner, JSValue *slot, JSValue key, bool *out_deleted) {
  int32_t found;
  *out_deleted = false;
  int status = hashmap_find(heap, *slot, key, &found);
  if (status != 0 || found < 0) return status;
  HashTable *table = hashmap_of(*slot);
  HashEntry *entry = &table->entries[found];
  if (table->flags & HASHMAP_WEAK) {
    GcEphemeron *ephemeron = gc_ephemeron((GcCell *)js_to_cell(entry->key));
    ephemeron->key = JS_UNDEFINED;
    ephemeron->value = JS_UNDEFINED;
  }
  entry->key = JS_HOLE;
  entry->value = JS_UNDEFINED;
  table->count--;
  *out_deleted = true;
  /* Shrink a mostly empty table (failure to shrink changes nothing visible). */
  if (table->capacity > 4 * MIN_CAPACITY && table->count < table->capacity / 4) {
    (void)rebuild(heap, owner, slot, table->count * 2);
  }
  return 0;
}

int hashmap_clear(Heap *heap, GcCell *owner, JSValue *slot) {
  HashTable *old = hashmap_of(*slot);
  JSValue fresh;
  int status = allocate(heap, old->flags & HASHMAP_WEAK, MIN_CAPACITY, &fresh);
  if (status != 0) return status;
  make_obsolete(heap, old, fresh, false);
  gc_store_value(heap, owner, slot, fresh);
  return 0;
}

int32_t hashmap_iterate(JSValue *table_value, uint32_t *position) {
  HashTable *table = hashmap_of(*table_value);
  uint32_t at = *position;
  while (table->flags & HASHMAP_OBSOLETE) {
    uint32_t live_before = 0;
    for (uint32_t i = 0; i < at && i < table->used; i++) live_before += js_same_bits(table->entries[i].key, JS_TRUE);
    at = live_before;
    table = hashmap_cell(table->next_table);
  }
  *table_value = js_from_cell(JS_TAG_CELL, table);
  while (at < table->used) {
    HashEntry *entry = &table->entries[at++];
    if (entry_is_live(table, entry)) {
      *position = at;
      return (int32_t)(at - 1);
    }
  }
  *position = at;
  return -1;
}

void hashmap_trace(GcCell *cell, GcVisitor *visitor) {
  HashTable *table = hashmap_cell(cell);
  for (uint32_t i = 0; i < table->used; i++) {
    gc_visit_value(visitor, &table->entries[i].key);
    gc_visit_value(visitor, &table->entries[i].value);
  }
  gc_visit_cell(visitor, &table->next_table);
}
