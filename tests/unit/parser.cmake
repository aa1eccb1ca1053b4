# The front end's tests: Unicode tables, the arena, the lexer, the parser, the RegExp syntax checker.
# petrel_parse is the parse-only driver tests/host/parser-tests.test.mjs runs over the
# test262-parser-tests package (native and debug builds only: it reads many files fast).
petrel_unit_test(test_unicode_id)
petrel_unit_test(test_arena)
petrel_unit_test(test_lexer)
petrel_unit_test(test_parser)
petrel_unit_test(test_regexp_syntax)
if(PETREL_TARGET STREQUAL "native")
  petrel_executable(petrel_parse tests/parser/petrel_parse.c)
endif()

# libFuzzer over the parser (clang only; scripts/fuzz-parser.sh configures a build for it).
option(PETREL_FUZZ "Build the libFuzzer parser target fuzz_parser (clang)" OFF)
if(PETREL_FUZZ AND PETREL_TARGET STREQUAL "native")
  add_executable(fuzz_parser tests/parser/fuzz_parser.c)
  target_link_libraries(fuzz_parser PRIVATE petrel_core)
  target_compile_options(fuzz_parser PRIVATE -fsanitize=fuzzer)
  target_link_options(fuzz_parser PRIVATE -fsanitize=fuzzer)
endif()
