# The VM: compiled-code cells and the disassembler, VM set-up, errors and stacks, and the
# dispatch loop.
list(APPEND PETREL_SOURCES
  src/interp/code.c
  src/interp/vm.c
  src/interp/interp.c
  src/interp/ic.c)
