/* Atoms: interned strings, the property keys of named properties. An atom table maps string
 * content to the one flat string cell (flagged STR_FLAG_ATOM) that stands for it, so keys
 * compare by identity and their hash is already cached. Whether an atom is an array index
 * ("12") is decided when it is interned and cached in the cell.
 * The table is a heap cell whose slots are weak (cell_types.def's trace_weak): an atom
 * nothing else references dies at the next collection that can prove it dead (a scavenge
 * for young atoms, a mark-compact for old ones) and its slot is reused.
 * Invariant: at most one live atom per content in a table; an atom's units never change. */
#ifndef PETREL_OBJECTS_ATOM_H
#define PETREL_OBJECTS_ATOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/string.h"
#include "objects/value.h"

typedef struct AtomTable AtomTable;

/* A table for one heap; its cell is a heap root (the atoms in it are not). 0 or PT_ENOMEM. */
int atom_table_new(Heap *heap, AtomTable **out);
/* Unregisters and frees the table (not the atoms: they are heap cells, and keep their
 * STR_FLAG_ATOM). One table serves a heap for the heap's whole life: str_equals trusts
 * that two distinct atoms differ. */
void atom_table_free(AtomTable *table);

/* The atom for a string's content: the string's own flat cell when it is new, else the
 * existing atom. 0 or PT_ENOMEM / PT_E2BIG. */
int atom_intern(AtomTable *table, JSValue string, JSValue *out_atom);
/* The atom for UTF-8 text (looked up without allocating when it is ASCII and known). */
int atom_from_utf8(AtomTable *table, const char *bytes, size_t length, JSValue *out_atom);
int atom_from_cstring(AtomTable *table, const char *text, JSValue *out_atom);

/* Whether a value is an atom (an interned string). */
static inline bool atom_is_atom(JSValue value) {
  return js_is_string(value) && (str_cell(value)->flags & STR_FLAG_ATOM) != 0;
}
/* Whether an atom is a canonical array index, and which (decided when interned). */
static inline bool atom_is_index(JSValue atom, uint32_t *out_index) {
  JSString *string = str_cell(atom);
  if (!(string->flags & STR_FLAG_IS_INDEX)) return false;
  *out_index = string->index;
  return true;
}
/* An atom's cached content hash. */
static inline uint32_t atom_hash(JSValue atom) { return str_cell(atom)->hash; }

/* Live atoms in the table (entries whose atom has not died): for tests and statistics. */
size_t atom_table_count(const AtomTable *table);

#endif
