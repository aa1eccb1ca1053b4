/* Identity hashes (see identity.h): Murmur3's finalizer over the birth address and a
 * counter, so neighbouring cells and successive births land far apart. */
#include "objects/identity.h"

#include <stdint.h>

uint32_t identity_hash_new(const GcCell *cell) {
  static uint32_t counter;
  return identity_mix32((uint32_t)((uintptr_t)cell >> 3) ^ (++counter * 0x9E3779B9u));
}
