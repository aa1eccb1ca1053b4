# C unit tests: one executable per mechanism, run by ctest on every target (through node
# and host-js for wasi and web: see CMAKE_CROSSCOMPILING_EMULATOR).
function(petrel_unit_test name)
  cmake_parse_arguments(UNIT "" "" "ARGS" ${ARGN})
  petrel_executable(${name} tests/unit/${name}.c)
  target_include_directories(${name} PRIVATE tests/unit)
  add_test(NAME ${name} COMMAND ${name} ${UNIT_ARGS})
endfunction()

# Core tests here; each subsystem registers its own in tests/unit/<subsystem>.cmake.
petrel_unit_test(test_errors)
petrel_unit_test(test_flags)
petrel_unit_test(test_sys ARGS ${CMAKE_CURRENT_SOURCE_DIR}/tests/unit/fixtures)
if(PETREL_TARGET STREQUAL "native")
  petrel_unit_test(test_native_libs)
endif()

file(GLOB PETREL_UNIT_TEST_LISTS CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tests/unit/*.cmake")
list(REMOVE_ITEM PETREL_UNIT_TEST_LISTS "${CMAKE_CURRENT_SOURCE_DIR}/tests/unit/tests.cmake")
foreach(test_list ${PETREL_UNIT_TEST_LISTS})
  include(${test_list})
endforeach()
