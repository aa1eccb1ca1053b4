/* Symbol cells (see symbol.h). The hash mixes the cell's birth address with a per-process
 * counter: cheap, fixed for the symbol's life, and spread well enough for open addressing.
 * Collisions are harmless; identity is what makes two symbol keys equal. */
#include "objects/symbol.h"

#include "base/errors.h"
#include "objects/cell_trace.h"

/* Murmur3's finalizer: spreads nearby addresses and counters over all 32 bits. */
static uint32_t mix32(uint32_t value) {
  value ^= value >> 16;
  value *= 0x85EBCA6Bu;
  value ^= value >> 13;
  value *= 0xC2B2AE35u;
  value ^= value >> 16;
  return value;
}

int symbol_new(Heap *heap, JSValue description, uint32_t flags, JSValue *out) {
  static uint32_t symbol_counter;
  GcCell *cell = heap_alloc(heap, CELL_SYMBOL, sizeof(JSSymbol));
  if (cell == NULL) return PT_ENOMEM;
  JSSymbol *symbol = (JSSymbol *)cell;
  gc_store_value(heap, cell, &symbol->description, description);
  symbol->hash = mix32((uint32_t)((uintptr_t)cell >> 3) ^ (++symbol_counter * 0x9E3779B9u));
  symbol->flags = flags;
  *out = js_from_cell(JS_TAG_SYMBOL, cell);
  return 0;
}

void symbol_trace(GcCell *cell, GcVisitor *visitor) {
  gc_visit_value(visitor, &((JSSymbol *)cell)->description);
}
