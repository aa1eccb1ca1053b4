list(APPEND PETREL_SOURCES
  src/heap/barrier.c
  src/heap/cell_types.c
  src/heap/compact.c
  src/heap/handles.c
  src/heap/heap.c
  src/heap/large_object.c
  src/heap/mark_sweep.c
  src/heap/new_space.c
  src/heap/old_space.c
  src/heap/page.c
  src/heap/roots.c
  src/heap/scavenge.c
  src/heap/trace.c
  src/heap/verify.c
  src/heap/weak.c)
