/* Handle scopes: a stack of JSValue slots in fixed-size blocks that never move, so a
 * handle (a pointer to its slot) stays valid while the GC updates what it holds.
 * Invariant: slots below handle_depth are roots; closing a scope lowers the depth to what
 * it was at opening, dropping every handle made since. */
#include <stdlib.h>

#include "heap/heap_internal.h"

void heap_scope_open(Heap *heap, HandleScope *scope) { scope->depth = heap->handle_depth; }

void heap_scope_close(Heap *heap, HandleScope *scope) { heap->handle_depth = scope->depth; }

JSValue *heap_handle_new(Heap *heap, JSValue value) {
  size_t block_index = heap->handle_depth / HANDLE_BLOCK_SIZE;
  HandleBlock **link = &heap->handle_blocks;
  for (size_t i = 0; i < block_index && *link != NULL; i++) link = &(*link)->next;
  if (*link == NULL) {
    *link = malloc(sizeof(HandleBlock));
    if (*link == NULL) return NULL;
    (*link)->next = NULL;
  }
  JSValue *slot = &(*link)->slots[heap->handle_depth % HANDLE_BLOCK_SIZE];
  *slot = value;
  heap->handle_depth++;
  return slot;
}

void handles_visit(Heap *heap, GcVisitor *visitor) {
  size_t remaining = heap->handle_depth;
  for (HandleBlock *block = heap->handle_blocks; block != NULL && remaining > 0; block = block->next) {
    size_t count = remaining < HANDLE_BLOCK_SIZE ? remaining : HANDLE_BLOCK_SIZE;
    gc_visit_range(visitor, block->slots, count);
    remaining -= count;
  }
}

void handles_destroy(Heap *heap) {
  HandleBlock *block = heap->handle_blocks;
  while (block != NULL) {
    HandleBlock *next = block->next;
    free(block);
    block = next;
  }
  heap->handle_blocks = NULL;
}
