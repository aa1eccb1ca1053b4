list(APPEND PETREL_SOURCES
  src/compiler/scope.c
  src/compiler/emit.c
  src/compiler/compile_expression.c
  src/compiler/compile_statement.c
  src/compiler/compile_function.c
  src/compiler/compile_iteration.c
  src/compiler/compile_module.c)
