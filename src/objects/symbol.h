/* Symbols: unique property keys with an optional description (19.4 Symbol Objects).
 * A symbol is equal only to itself, so property lookups compare symbol keys by identity.
 * Invariant: `hash` is fixed at creation (it does not follow the cell when it moves), so
 * hash tables keyed by symbols stay valid across collections. */
#ifndef PETREL_OBJECTS_SYMBOL_H
#define PETREL_OBJECTS_SYMBOL_H

#include <stdint.h>

#include "heap/heap.h"
#include "objects/value.h"

enum {
  SYMBOL_FLAG_WELL_KNOWN = 1u << 0, /* Symbol.iterator and the other spec symbols */
  SYMBOL_FLAG_REGISTERED = 1u << 1, /* made by Symbol.for: lives in the global registry */
  SYMBOL_FLAG_PRIVATE = 1u << 2     /* a private name (#x): never enumerated as a key */
};

typedef struct JSSymbol {
  GcCell cell;
  JSValue description; /* a string, or undefined for Symbol() */
  uint32_t hash;
  uint32_t flags;      /* SYMBOL_FLAG_* */
} JSSymbol;

/* The cell behind a symbol value. */
static inline JSSymbol *symbol_cell(JSValue symbol) { return (JSSymbol *)js_to_cell(symbol); }
/* The hash that tables keyed by symbols use (stable across moves). */
static inline uint32_t symbol_hash(JSValue symbol) { return symbol_cell(symbol)->hash; }
/* [[Description]]: a string or undefined. */
static inline JSValue symbol_description(JSValue symbol) { return symbol_cell(symbol)->description; }

/* A new symbol; description is a string or undefined. Returns 0 or PT_ENOMEM. */
int symbol_new(Heap *heap, JSValue description, uint32_t flags, JSValue *out);

#endif
