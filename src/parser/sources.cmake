# The front end: lexer, parser (split by grammar area), AST and errors.
list(APPEND PETREL_SOURCES
  src/parser/ast.c
  src/parser/lexer.c
  src/parser/parse_error.c
  src/parser/parse_expression.c
  src/parser/parse_function.c
  src/parser/parse_module.c
  src/parser/parse_scope.c
  src/parser/parse_statement.c
  src/parser/parser.c
  src/parser/regexp_syntax.c)
