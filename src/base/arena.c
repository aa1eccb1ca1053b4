/* Bump allocation over a list of malloc'ed chunks. Invariant: `top` points at the newest
 * chunk and every allocation lies wholly inside one chunk; an allocation larger than the
 * chunk size gets a chunk of its own, so no request ever fails for being big. */
#include "base/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_ALIGN = 16, ARENA_DEFAULT_CHUNK = 64 * 1024 };

/* A chunk header; its data starts at the next ARENA_ALIGN boundary after it, aligned by
 * hand because malloc's own alignment differs by target (8 bytes under Emscripten). */
typedef struct ArenaChunk {
  struct ArenaChunk *next;
  size_t capacity, used;
  unsigned char *data;
} ArenaChunk;

struct Arena {
  ArenaChunk *top;
  size_t chunk_size;
  size_t bytes_used;
};

Arena *arena_new(size_t chunk_size) {
  Arena *arena = calloc(1, sizeof *arena);
  if (arena == NULL) return NULL;
  arena->chunk_size = chunk_size ? chunk_size : ARENA_DEFAULT_CHUNK;
  return arena;
}

void *arena_alloc(Arena *arena, size_t size) {
  if (size > SIZE_MAX / 2) return NULL;
  size_t rounded = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  if (rounded == 0) rounded = ARENA_ALIGN;
  ArenaChunk *chunk = arena->top;
  if (chunk == NULL || chunk->capacity - chunk->used < rounded) {
    size_t capacity = rounded > arena->chunk_size ? rounded : arena->chunk_size;
    ArenaChunk *fresh = malloc(sizeof *fresh + ARENA_ALIGN + capacity);
    if (fresh == NULL) return NULL;
    uintptr_t data = ((uintptr_t)(fresh + 1) + ARENA_ALIGN - 1) & ~(uintptr_t)(ARENA_ALIGN - 1);
    fresh->data = (unsigned char *)data;
    fresh->capacity = capacity;
    fresh->used = 0;
    /* A big one-off chunk goes behind the current one so the current keeps filling. */
    if (chunk != NULL && capacity > arena->chunk_size) {
      fresh->next = chunk->next;
      chunk->next = fresh;
    } else {
      fresh->next = chunk;
      arena->top = fresh;
    }
    chunk = fresh;
  }
  void *result = chunk->data + chunk->used;
  chunk->used += rounded;
  arena->bytes_used += rounded;
  memset(result, 0, rounded);
  return result;
}

char *arena_strndup(Arena *arena, const char *data, size_t length) {
  if (length == SIZE_MAX) return NULL;
  char *copy = arena_alloc(arena, length + 1);
  if (copy == NULL) return NULL;
  if (length) memcpy(copy, data, length);
  copy[length] = '\0';
  return copy;
}

size_t arena_bytes_used(const Arena *arena) { return arena->bytes_used; }

void arena_free(Arena *arena) {
  if (arena == NULL) return;
  ArenaChunk *chunk = arena->top;
  while (chunk != NULL) {
    ArenaChunk *next = chunk->next;
    free(chunk);
    chunk = next;
  }
  free(arena);
}
