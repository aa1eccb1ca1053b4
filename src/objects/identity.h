/* Identity hashes for objects and symbols: hash tables keyed by identity (prototype
 * transitions, later Map, Set and WeakMap) need a hash that survives the cell moving, so it
 * is computed once at birth and stored in the cell. */
#ifndef PETREL_OBJECTS_IDENTITY_H
#define PETREL_OBJECTS_IDENTITY_H

#include <stdint.h>

#include "heap/heap.h"

/* A 32-bit finalizer (murmur3's): spreads every input bit over the result. */
static inline uint32_t identity_mix32(uint32_t value) {
  value ^= value >> 16;
  value *= 0x85EBCA6Bu;
  value ^= value >> 13;
  value *= 0xC2B2AE35u;
  value ^= value >> 16;
  return value;
}

/* A fresh identity hash for a cell just allocated: its birth address mixed with a
 * per-process counter, spread over all 32 bits (collisions are harmless). */
uint32_t identity_hash_new(const GcCell *cell);

#endif
