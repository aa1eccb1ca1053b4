/* Symbol cells (see symbol.h). The hash is an identity hash (identity.h), fixed for the
 * symbol's life; collisions are harmless, identity is what makes two symbol keys equal. */
#include "objects/symbol.h"

#include "base/errors.h"
#include "objects/cell_trace.h"
#include "objects/identity.h"

int symbol_new(Heap *heap, JSValue description, uint32_t flags, JSValue *out) {
  GcCell *cell = heap_alloc(heap, CELL_SYMBOL, sizeof(JSSymbol));
  if (cell == NULL) return PT_ENOMEM;
  JSSymbol *symbol = (JSSymbol *)cell;
  gc_store_value(heap, cell, &symbol->description, description);
  symbol->hash = identity_hash_new(cell);
  symbol->flags = flags;
  *out = js_from_cell(JS_TAG_SYMBOL, cell);
  return 0;
}

void symbol_trace(GcCell *cell, GcVisitor *visitor) {
  gc_visit_value(visitor, &((JSSymbol *)cell)->description);
}
