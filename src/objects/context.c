/* Creating and freeing the object layer's per-heap state (see context.h). */
#include "objects/context.h"

#include <stdlib.h>

#include "base/errors.h"
#include "objects/shape.h"

int obj_context_new(Heap *heap, ObjContext **out) {
  ObjContext *cx = calloc(1, sizeof *cx);
  if (cx == NULL) return PT_ENOMEM;
  cx->heap = heap;
  cx->root_shape = JS_UNDEFINED;
  cx->length_atom = JS_UNDEFINED;
  cx->next_shape_id = 1;
  int status = heap_add_root(heap, &cx->root_shape);
  if (status == 0) {
    status = heap_add_root(heap, &cx->length_atom);
    if (status != 0) heap_remove_root(heap, &cx->root_shape);
  }
  if (status != 0) {
    free(cx);
    return status;
  }
  Shape *root = NULL;
  status = atom_table_new(heap, &cx->atoms);
  if (status == 0) status = atom_from_cstring(cx->atoms, "length", &cx->length_atom);
  if (status == 0) status = shape_new_root(cx, JS_NULL, &root);
  if (status != 0) {
    obj_context_free(cx);
    return status;
  }
  cx->root_shape = shape_value(root);
  *out = cx;
  return 0;
}

void obj_context_free(ObjContext *cx) {
  if (cx == NULL) return;
  heap_remove_root(cx->heap, &cx->root_shape);
  heap_remove_root(cx->heap, &cx->length_atom);
  atom_table_free(cx->atoms);
  free(cx);
}
