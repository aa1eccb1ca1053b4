/* Identity hashes for objects and symbols: hash tables keyed by identity (prototype
 * transitions, later Map, Set and WeakMap) need a hash that survives the cell moving, so it
 * is computed once at birth and stored in the cell. */
#ifndef PETREL_OBJECTS_IDENTITY_H
#define PETREL_OBJECTS_IDENTITY_H

#include <stdint.h>

#include "heap/heap.h"

/* A fresh identity hash for a cell just allocated: its birth address mixed with a
 * per-process counter, spread over all 32 bits (collisions are harmless). */
uint32_t identity_hash_new(const GcCell *cell);

#endif
