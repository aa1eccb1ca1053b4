/* The object layer's per-heap state: the atom table, the root of the shape tree and the
 * atoms the layer itself needs. One per heap; the interpreter's runtime will own it.
 * Invariant: every JSValue field is a registered heap root, so it survives and follows
 * every collection. */
#ifndef PETREL_OBJECTS_CONTEXT_H
#define PETREL_OBJECTS_CONTEXT_H

#include <stdint.h>

#include "heap/heap.h"
#include "objects/atom.h"
#include "objects/value.h"

typedef struct ObjContext {
  Heap *heap;
  AtomTable *atoms;
  JSValue root_shape;    /* the empty shape with a null prototype: the shape tree's root */
  JSValue length_atom;   /* "length": arrays answer it from their length field */
  /* Bumped whenever a named property of an object used as a prototype is added, changed or
   * deleted, or any prototype link changes: inline caches that looked past the receiver
   * (prototype loads, transitions) are valid only while it stays the same. */
  uint32_t prototype_epoch;
  uint32_t next_shape_id; /* ids for traces and the playground; identity is the pointer */
} ObjContext;

/* Creates the context for a heap (atom table, root shape, roots). 0 or PT_ENOMEM. */
int obj_context_new(Heap *heap, ObjContext **out);
/* Unregisters the roots and frees the context; the heap must still exist. */
void obj_context_free(ObjContext *cx);

#endif
