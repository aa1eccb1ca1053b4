/* Identity hashes (see identity.h): Murmur3's finalizer over the birth address and a
 * counter, so neighbouring cells and successive births land far apart. */
#include "objects/identity.h"

#include <stdint.h>

static uint32_t mix32(uint32_t value) {
  value ^= value >> 16;
  value *= 0x85EBCA6Bu;
  value ^= value >> 13;
  value *= 0xC2B2AE35u;
  value ^= value >> 16;
  return value;
}

uint32_t identity_hash_new(const GcCell *cell) {
  static uint32_t counter;
  return mix32((uint32_t)((uintptr_t)cell >> 3) ^ (++counter * 0x9E3779B9u));
}
