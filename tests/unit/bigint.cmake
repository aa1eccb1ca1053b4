# bigint: arbitrary-precision integer arithmetic (src/bigint).
petrel_unit_test(test_bigint)
# The driver tests/host/bigint.test.mjs feeds its generated cases to (stdin -> stdout), on
# native and wasi, comparing with node's BigInt; a tool, not a ctest test.
if(PETREL_TARGET STREQUAL "native" OR PETREL_TARGET STREQUAL "wasi")
  petrel_executable(bigint_driver tests/bigint/bigint_driver.c)
endif()
