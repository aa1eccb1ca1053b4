list(APPEND PETREL_SOURCES
  src/objects/value.c
  src/objects/string.c
  src/objects/atom.c
  src/objects/symbol.c
  src/objects/bigint_cell.c
  src/objects/identity.c
  src/objects/dictionary.c
  src/objects/hashmap.c
  src/objects/shape.c
  src/objects/context.c
  src/objects/object.c
  src/objects/elements.c)
