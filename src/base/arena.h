/* An arena for short-lived compiler data (tokens' decoded values, the AST, scopes): many
 * small allocations freed all at once. arena_new returns an arena the caller frees with
 * arena_free; every pointer arena_alloc returned dies with it. Not for JS heap cells. */
#ifndef PETREL_BASE_ARENA_H
#define PETREL_BASE_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

/* A new empty arena; chunk_size is the usual chunk (0 picks 64 KiB). NULL when out of memory. */
Arena *arena_new(size_t chunk_size);

/* size bytes aligned for any scalar type, zero-filled, valid until arena_free; NULL when
 * out of memory (or size overflows), so callers check like malloc. */
void *arena_alloc(Arena *arena, size_t size);

/* A copy of data[0..length) followed by a NUL, in the arena; NULL when out of memory. */
char *arena_strndup(Arena *arena, const char *data, size_t length);

/* Total bytes handed out so far (for tests and statistics). */
size_t arena_bytes_used(const Arena *arena);

/* Frees the arena and everything allocated from it; NULL is ignored. */
void arena_free(Arena *arena);

#endif
