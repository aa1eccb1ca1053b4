/* The object layer's cell types seen from the collector: the trace functions named in
 * src/heap/cell_types.def (the rows after the heap's own). heap/cell_types.c includes this
 * header and nothing else from src/objects/. Each function visits every strong reference of
 * its cell exactly once; the *_weak functions visit the weak slots of the two tables that
 * must not keep their entries alive (atoms, shape transitions). */
#ifndef PETREL_OBJECTS_CELL_TRACE_H
#define PETREL_OBJECTS_CELL_TRACE_H

#include "heap/heap.h"

void str_trace_rope(GcCell *cell, GcVisitor *visitor);           /* string.c */
void symbol_trace(GcCell *cell, GcVisitor *visitor);             /* symbol.c */
void shape_trace(GcCell *cell, GcVisitor *visitor);              /* shape.c */
void shape_trace_descriptors(GcCell *cell, GcVisitor *visitor);  /* shape.c */
void dict_trace(GcCell *cell, GcVisitor *visitor);               /* dictionary.c */
void hashmap_trace(GcCell *cell, GcVisitor *visitor);            /* hashmap.c */
void obj_trace(GcCell *cell, GcVisitor *visitor);                /* object.c */
void obj_trace_accessor_pair(GcCell *cell, GcVisitor *visitor);  /* object.c */
void atom_trace_table_weak(GcCell *cell, GcVisitor *visitor);    /* atom.c */
void shape_trace_transitions_weak(GcCell *cell, GcVisitor *visitor); /* shape.c */

#endif
