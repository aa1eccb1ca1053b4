/* The atom table (see atom.h): open addressing with linear probing over one heap cell
 * (CELL_ATOM_TABLE, allocated tenured) whose atom slots are weak: the collector clears the
 * slot of an atom that died to undefined and updates the slot of one that moved. A slot is
 * JS_HOLE (never used: ends a probe), undefined (its atom died: probing steps over it and
 * insertion reuses it) or the atom. Each slot's hash sits beside it, so probing never touches
 * a non-matching atom and a rebuild needs no string. The C side keeps the cell in a root.
 * Invariant: at least a quarter of the slots are JS_HOLE, so every probe ends. */
#include "objects/atom.h"

#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "objects/cell_trace.h"

typedef struct AtomTableCell {
  GcCell cell;
  uint32_t capacity; /* a power of two */
  uint32_t used;     /* slots that are not JS_HOLE, dead ones included */
  JSValue atoms[];   /* capacity slots, then capacity uint32_t hashes */
} AtomTableCell;

struct AtomTable {
  Heap *heap;
  JSValue cell; /* a heap root: the AtomTableCell */
};

static AtomTableCell *table_cell(const AtomTable *table) { return (AtomTableCell *)js_to_cell(table->cell); }
static uint32_t *table_hashes(AtomTableCell *cell) { return (uint32_t *)(cell->atoms + cell->capacity); }

static AtomTableCell *alloc_table(Heap *heap, uint32_t capacity) {
  GcCell *cell = heap_alloc_tenured(heap, CELL_ATOM_TABLE,
                                    sizeof(AtomTableCell) + (size_t)capacity * (sizeof(JSValue) + sizeof(uint32_t)));
  if (cell == NULL) return NULL;
  AtomTableCell *atoms = (AtomTableCell *)cell;
  atoms->capacity = capacity;
  for (uint32_t i = 0; i < capacity; i++) atoms->atoms[i] = JS_HOLE;
  return atoms;
}

int atom_table_new(Heap *heap, AtomTable **out) {
  AtomTable *table = calloc(1, sizeof *table);
  if (table == NULL) return PT_ENOMEM;
  table->heap = heap;
  table->cell = JS_UNDEFINED;
  AtomTableCell *cell = alloc_table(heap, 256);
  if (cell == NULL || heap_add_root(heap, &table->cell) != 0) {
    free(table);
    return PT_ENOMEM;
  }
  table->cell = js_from_cell(JS_TAG_CELL, cell);
  *out = table;
  return 0;
}

void atom_table_free(AtomTable *table) {
  if (table == NULL) return;
  heap_remove_root(table->heap, &table->cell);
  free(table);
}

static bool view_equals(StrView a, StrView b) {
  if (a.length != b.length) return false;
  for (uint32_t i = 0; i < a.length; i++) {
    if (str_view_at(a, i) != str_view_at(b, i)) return false;
  }
  return true;
}

static JSValue lookup(const AtomTable *table, StrView view, uint32_t hash) {
  AtomTableCell *cell = table_cell(table);
  uint32_t *hashes = table_hashes(cell);
  uint32_t mask = cell->capacity - 1;
  for (uint32_t at = hash & mask;; at = (at + 1) & mask) {
    JSValue atom = cell->atoms[at];
    if (js_is_hole(atom)) return JS_UNDEFINED;
    if (hashes[at] == hash && js_is_string(atom) && view_equals(str_view(atom), view)) return atom;
  }
}

/* Puts an atom at the first free or dead slot of its probe sequence. */
static void place(Heap *heap, AtomTableCell *cell, JSValue atom, uint32_t hash) {
  uint32_t mask = cell->capacity - 1;
  uint32_t at = hash & mask;
  while (js_is_string(cell->atoms[at])) at = (at + 1) & mask;
  if (js_is_hole(cell->atoms[at])) cell->used++;
  gc_store_value(heap, &cell->cell, &cell->atoms[at], atom);
  table_hashes(cell)[at] = hash;
}

/* Replaces the table by one without the dead slots, at a capacity that leaves room to grow. */
static int rebuild(AtomTable *table) {
  AtomTableCell *old = table_cell(table);
  uint32_t live = (uint32_t)atom_table_count(table);
  uint32_t capacity = 256;
  while (capacity < (live + 1) * 2) capacity *= 2;
  AtomTableCell *fresh = alloc_table(table->heap, capacity);
  if (fresh == NULL) return PT_ENOMEM;
  for (uint32_t i = 0; i < old->capacity; i++) {
    if (js_is_string(old->atoms[i])) place(table->heap, fresh, old->atoms[i], table_hashes(old)[i]);
  }
  table->cell = js_from_cell(JS_TAG_CELL, fresh);
  return 0;
}

/* Adds a flat string known to be absent as the atom for its content. */
static int insert(AtomTable *table, JSValue flat, uint32_t hash) {
  AtomTableCell *cell = table_cell(table);
  if ((cell->used + 1) * 4 > cell->capacity * 3) {
    int status = rebuild(table);
    if (status != 0) return status;
  }
  place(table->heap, table_cell(table), flat, hash);
  return 0;
}

int atom_intern(AtomTable *table, JSValue string, JSValue *out_atom) {
  Heap *heap = table->heap;
  JSValue flat;
  int status = str_flatten(heap, string, &flat);
  if (status != 0) return status;
  if (str_cell(flat)->flags & STR_FLAG_ATOM) {
    *out_atom = flat;
    return 0;
  }
  uint32_t hash, index;
  bool is_index;
  status = str_hash(heap, flat, &hash);
  if (status == 0) status = str_array_index(heap, flat, &is_index, &index);
  if (status != 0) return status;
  JSValue existing = lookup(table, str_view(flat), hash);
  if (js_is_string(existing)) {
    *out_atom = existing;
    return 0;
  }
  status = insert(table, flat, hash);
  if (status != 0) return status;
  str_cell(flat)->flags |= STR_FLAG_ATOM;
  *out_atom = flat;
  return 0;
}

int atom_from_utf8(AtomTable *table, const char *bytes, size_t length, JSValue *out_atom) {
  bool ascii = length <= STR_MAX_LENGTH;
  for (size_t i = 0; i < length && ascii; i++) ascii = (unsigned char)bytes[i] < 0x80;
  if (ascii) {
    StrView view = {(const uint8_t *)bytes, NULL, (uint32_t)length};
    JSValue existing = lookup(table, view, str_hash_view(view));
    if (js_is_string(existing)) {
      *out_atom = existing;
      return 0;
    }
  }
  JSValue string;
  int status = str_from_utf8(table->heap, bytes, length, &string);
  if (status != 0) return status;
  return atom_intern(table, string, out_atom);
}

int atom_from_cstring(AtomTable *table, const char *text, JSValue *out_atom) {
  return atom_from_utf8(table, text, strlen(text), out_atom);
}

size_t atom_table_count(const AtomTable *table) {
  AtomTableCell *cell = table_cell(table);
  size_t live = 0;
  for (uint32_t i = 0; i < cell->capacity; i++) live += js_is_string(cell->atoms[i]);
  return live;
}

void atom_trace_table_weak(GcCell *cell, GcVisitor *visitor) {
  AtomTableCell *table = (AtomTableCell *)cell;
  gc_visit_range(visitor, table->atoms, table->capacity);
}
