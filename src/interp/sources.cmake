# The VM: compiled-code cells and the disassembler, VM set-up, errors and stacks.
# interp.c (the dispatch loop) is not built yet: it lands with the library bootstrap.
list(APPEND PETREL_SOURCES
  src/interp/code.c
  src/interp/vm.c)
