/* The arena: alignment, zero-fill, big allocations in their own chunks, string copies. */
#include <stdint.h>

#include "base/arena.h"
#include "unit.h"

static void alignment_and_zero(int argc, char **argv) {
  Arena *arena = arena_new(256);
  CHECK(arena != NULL);
  for (int i = 1; i < 100; i++) {
    unsigned char *block = arena_alloc(arena, (size_t)i);
    CHECK(block != NULL);
    CHECK(((uintptr_t)block % 16) == 0);
    for (int k = 0; k < i; k++) CHECK(block[k] == 0);
    for (int k = 0; k < i; k++) block[k] = 0xAB;
  }
  arena_free(arena);
}

static void big_blocks(int argc, char **argv) {
  Arena *arena = arena_new(128);
  char *small = arena_alloc(arena, 16);
  char *big = arena_alloc(arena, 10000);
  char *after = arena_alloc(arena, 16);
  CHECK(small && big && after);
  big[9999] = 1;
  CHECK(after != big && after + 16 <= small + 128 * 2);
  CHECK(arena_bytes_used(arena) >= 10032);
  CHECK(arena_alloc(arena, SIZE_MAX) == NULL);
  arena_free(arena);
}

static void strings(int argc, char **argv) {
  Arena *arena = arena_new(0);
  char *copy = arena_strndup(arena, "hello world", 5);
  CHECK_STR(copy, "hello");
  arena_free(arena);
  arena_free(NULL);
}

static const UnitCase cases[] = {
  {"allocations are aligned and zeroed", alignment_and_zero},
  {"large allocations get their own chunk", big_blocks},
  {"strndup copies and terminates", strings},
};
UNIT_MAIN(cases)
