/* Inline caches for named property loads and stores (GetNamed/SetNamed sites).
 *
 * Each site owns IC_SLOT_SIZE values of its function's feedback vector: a state word, then up
 * to IC_MAX_SHAPES entries of (shape, holder, slot, epoch). A load entry reads `slot` of the
 * receiver (holder undefined) or of a prototype `holder`; a store entry writes the receiver's
 * own slot, or — when `holder` is a shape — adds the property by moving the receiver to that
 * shape (a transition). Entries that looked past the receiver hold the ObjContext's
 * prototype epoch and are valid only while it is unchanged. States go uninitialized →
 * monomorphic → polymorphic (up to IC_MAX_SHAPES shapes) → megamorphic, where a global stub
 * cache keyed by (shape, key) takes over. --trace-ic prints each transition.
 * Invariant: a hit performs exactly what the generic path would (no getters, setters or
 * dictionary-mode objects are ever cached). */
#ifndef PETREL_INTERP_IC_H
#define PETREL_INTERP_IC_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/vm.h"
#include "objects/shape.h"

enum { IC_MAX_SHAPES = 4, IC_ENTRY_SIZE = 4, IC_SLOT_SIZE = 1 + IC_MAX_SHAPES * IC_ENTRY_SIZE };

typedef enum IcState { IC_UNINITIALIZED, IC_MONOMORPHIC, IC_POLYMORPHIC, IC_MEGAMORPHIC } IcState;

/* A load hit: *out is the property's value. False: take the generic path, then ic_load_miss. */
bool ic_load(Vm *vm, FunctionCode *code, uint32_t slot, JSValue receiver, JSValue key, JSValue *out);
/* Records what the generic load just found, when it is cacheable. pc is for --trace-ic. */
void ic_load_miss(Vm *vm, FunctionCode *code, uint32_t slot, uint32_t pc, JSValue receiver, JSValue key);

/* A store hit (value written). False: take the generic path, then ic_store_miss with the
 * receiver's shape from before the store. */
bool ic_store(Vm *vm, FunctionCode *code, uint32_t slot, JSValue receiver, JSValue key, JSValue value);
void ic_store_miss(Vm *vm, FunctionCode *code, uint32_t slot, uint32_t pc, JSValue receiver, JSValue key,
                   Shape *shape_before);

/* The megamorphic stub cache (one per VM); its entries are GC roots. */
int ic_stub_cache_new(Vm *vm);
void ic_stub_cache_free(Vm *vm);

#endif
