# date: time-value arithmetic, zones, formats and Date.parse (src/date).
petrel_unit_test(test_date)
# The driver tests/host/date.test.mjs feeds generated operations to (stdin -> stdout), native
# only (it reads the host's TZ and zone files); a tool, not a ctest test.
if(PETREL_TARGET STREQUAL "native")
  petrel_executable(date_driver tests/date/date_driver.c)
endif()
