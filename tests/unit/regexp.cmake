# The RegExp engine (src/regexp): compiler, matcher, case folding, property escapes.
petrel_unit_test(test_regexp_match)
petrel_unit_test(test_regexp_unicode)
# The driver tests/host/regexp.test.mjs feeds its cases to (stdin -> stdout), comparing
# with node's RegExp#exec; a tool, not a ctest test.
if(PETREL_TARGET STREQUAL "native")
  petrel_executable(regexp_driver tests/regexp/regexp_driver.c)
endif()
