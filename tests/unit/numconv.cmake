# numconv: exact number <-> string conversion (src/numconv).
petrel_unit_test(test_numconv)
# The driver tests/host/numconv.test.mjs feeds its generated cases to (stdin -> stdout), on
# native and wasi; a tool, not a ctest test.
if(PETREL_TARGET STREQUAL "native" OR PETREL_TARGET STREQUAL "wasi")
  petrel_executable(numconv_driver tests/unit/numconv_driver.c)
endif()
