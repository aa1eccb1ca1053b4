/* The cell-type table: cell_types.def expanded into the collector's dispatch arrays, and the
 * trace functions of the heap's own generic types. A trace function visits every reference
 * slot of its cell exactly once; weak slots go to trace_weak instead. */
#include "heap/heap_internal.h"
#include "objects/cell_trace.h"
#include "interp/code.h"

const GcTraceFn gc_trace_table[CELL_TYPE_COUNT] = {
#define X(name, trace, trace_weak) trace,
#include "heap/cell_types.def"
#undef X
};

const GcTraceFn gc_trace_weak_table[CELL_TYPE_COUNT] = {
#define X(name, trace, trace_weak) trace_weak,
#include "heap/cell_types.def"
#undef X
};

static const char *const cell_type_names[CELL_TYPE_COUNT] = {
#define X(name, trace, trace_weak) #name,
#include "heap/cell_types.def"
#undef X
};

const char *heap_cell_type_name(CellType type) {
  return (unsigned)type < CELL_TYPE_COUNT ? cell_type_names[type] : "INVALID";
}

/* Leaf cells: nothing to visit. */
void gc_trace_none(GcCell *cell, GcVisitor *visitor) {
  (void)cell;
  (void)visitor;
}

void gc_trace_slots(GcCell *cell, GcVisitor *visitor) {
  GcSlots *slots = gc_slots(cell);
  gc_visit_range(visitor, slots->slots, slots->count);
}

void gc_trace_weak_ref(GcCell *cell, GcVisitor *visitor) {
  gc_visit_value(visitor, &((GcWeakRef *)cell)->target);
}

/* The key is weak; the value is visited only while the key lives: when the key was cleared
 * (its target died) the value is dropped unvisited, so it never dangles either. */
void gc_trace_ephemeron_weak(GcCell *cell, GcVisitor *visitor) {
  GcEphemeron *ephemeron = gc_ephemeron(cell);
  bool had_key = js_is_cell(ephemeron->key);
  gc_visit_value(visitor, &ephemeron->key);
  if (had_key && js_is_undefined(ephemeron->key)) {
    ephemeron->value = JS_UNDEFINED;
    return;
  }
  gc_visit_value(visitor, &ephemeron->value);
}
