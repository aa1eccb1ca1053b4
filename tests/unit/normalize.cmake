# Unicode normalization (src/unicode/normalize.c, UAX #15).
petrel_unit_test(test_normalize)
# The conformance driver tests/host/normalize.test.mjs feeds NormalizationTest.txt to
# (stdin -> stdout); a tool, not a ctest test.
if(PETREL_TARGET STREQUAL "native")
  petrel_executable(normalize_driver tests/unicode/normalize_driver.c)
endif()
